import type { ApolloServerPlugin } from '@apollo/server';
import { RETRY_AFTER_SECONDS } from '../database/unavailable';

/**
 * While PostgreSQL is away, a response with a SERVICE_UNAVAILABLE error is an HTTP 503 with
 * Retry-After, so clients, proxies and load balancers can tell "retry soon" from a bug.
 */
export function serviceUnavailablePlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors ?? [];
          if (!errors.some((error) => error.extensions?.code === 'SERVICE_UNAVAILABLE')) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
        },
      };
    },
  };
}
