import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test/test-server';

let production: TestServer;
beforeAll(async () => {
  production = await startTestServer({ production: true, withClient: true });
});
afterAll(async () => {
  await production.close();
});

describe('the HTTP surface in production', () => {
  it('passes every MUST of the GraphQL-over-HTTP audit (graphql-http)', async () => {
    const failed: string[] = [];
    for (const audit of serverAudits({ url: `${production.url}/graphql`, fetchFn: fetch })) {
      const result = await audit.fn();
      if (audit.name.startsWith('MUST') && result.status !== 'ok') failed.push(`${audit.name}: ${result.reason}`);
    }
    expect(failed).toEqual([]);
  });

  it('sends security headers with the page, the API and the health checks', async () => {
    for (const path of ['/', '/graphql?query=%7B__typename%7D', '/health/live']) {
      const response = await fetch(`${production.url}${path}`, { headers: { 'apollo-require-preflight': 'true' } });
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("default-src 'self'");
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).toContain("script-src 'self'");
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), path).toBe('no-referrer');
      expect(response.headers.get('x-powered-by'), path).toBeNull();
    }
  });

  it('tells load balancers whether the instance is alive and ready', async () => {
    const live = await fetch(`${production.url}/health/live`);
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ status: 'live' });
    const ready = await fetch(`${production.url}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });
});
