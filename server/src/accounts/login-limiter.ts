import type { MikroORM } from '@mikro-orm/postgresql';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { accountError } from './account.errors';

export const LOGIN_ATTEMPTS = 10;
export const LOGIN_WINDOW_SECONDS = 15 * 60;

export interface LoginLimiter {
  /** Counts an attempt; refuses it once the account or the address has used up its attempts. */
  attempt: (email: string, ip: string) => Promise<void>;
  /**
   * A successful sign-in clears the account's count and gives the address its attempt back: only
   * failures add up, so an office behind one address can sign everyone in.
   */
  succeeded: (email: string, ip: string) => Promise<void>;
}

/** Limits held in PostgreSQL (table rate_limit), so they hold across server instances. */
export function createLoginLimiter(orm: MikroORM): LoginLimiter {
  const options = {
    storeClient: orm.em.getKnex(),
    storeType: 'knex',
    tableName: 'rate_limit',
    tableCreated: true,
    clearExpiredByTimeout: false,
    points: LOGIN_ATTEMPTS,
    duration: LOGIN_WINDOW_SECONDS,
  };
  const byAccount = new RateLimiterPostgres({ ...options, keyPrefix: 'login-account' });
  const byAddress = new RateLimiterPostgres({ ...options, keyPrefix: 'login-ip' });
  return {
    attempt: async (email, ip) => {
      try {
        // Consuming first (atomic in PostgreSQL) holds against parallel guesses.
        await Promise.all([byAccount.consume(email), byAddress.consume(ip)]);
      } catch (error) {
        if (!(error instanceof RateLimiterRes)) throw error;
        const minutes = Math.max(1, Math.ceil(error.msBeforeNext / 60_000));
        throw accountError('TOO_MANY_ATTEMPTS', { minutes });
      }
    },
    succeeded: async (email, ip) => {
      await Promise.all([byAccount.delete(email), byAddress.reward(ip, 1)]);
    },
  };
}
