import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * Security headers on every response (CSP, frame-ancestors, nosniff, referrer policy…). The client
 * is a Vite build: scripts, styles and fonts come from this origin only; markdown minutes may show
 * images from elsewhere over HTTPS.
 */
function helmetFor(isProduction: boolean) {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'"],
        'img-src': ["'self'", 'data:', 'https:'],
        'connect-src': ["'self'"],
        'frame-ancestors': ["'none'"],
        'form-action': ["'self'"],
        // Behind HTTPS in production; a local http:// demo must not be upgraded to a port with no TLS.
        'upgrade-insecure-requests': isProduction ? [] : null,
      },
    },
    // HSTS only makes sense where TLS ends in front of us (production).
    strictTransportSecurity: isProduction,
    crossOriginEmbedderPolicy: false,
  });
}

/**
 * The same headers on every response: helmet's middlewares run once, at startup, on a stand-in
 * response, and each request gets the list they set (a dozen middlewares per request cost more
 * than the network page's whole GraphQL execution). graphql-post.ts writes the same list.
 */
export function securityHeaderList(isProduction: boolean): Array<[string, string]> {
  const headers: Array<[string, string]> = [];
  const recorder = {
    setHeader: (name: string, value: string | number | readonly string[]) => headers.push([name, String(value)]),
    removeHeader: () => {},
    getHeader: () => undefined,
  };
  helmetFor(isProduction)({} as never, recorder as never, () => {});
  return headers;
}

export function securityHeaders(headers: ReadonlyArray<readonly [string, string]>): RequestHandler {
  return (_req, res, next) => {
    for (const [name, value] of headers) res.setHeader(name, value);
    next();
  };
}
