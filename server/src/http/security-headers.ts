import helmet from 'helmet';

/**
 * Security headers on every response (CSP, frame-ancestors, nosniff, referrer policy…). The client
 * is a Vite build: scripts, styles and fonts come from this origin only; markdown minutes may show
 * images from elsewhere over HTTPS.
 */
export function securityHeaders(isProduction: boolean) {
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
