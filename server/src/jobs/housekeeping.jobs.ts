import type { EntityManager } from '@mikro-orm/postgresql';
import { AccountInvitation } from '../accounts/account-invitation.entity';
import { RateLimitCounter } from '../accounts/rate-limit.entity';
import { Session } from '../accounts/session.entity';
import { logger } from '../shared/logger';
import { defineJob, PATIENT_RETRIES } from './job-definition';

/**
 * Used or lapsed rows stay this long, so that a recent problem (an unexpected sign-out, « my link
 * no longer works ») can still be looked into; then they are only personal data kept for nothing.
 */
export const HOUSEKEEPING_GRACE_DAYS = 30;

const graceStart = (now: Date) => new Date(now.getTime() - HOUSEKEEPING_GRACE_DAYS * 24 * 3600 * 1000);

export function purgeSessions(em: EntityManager, now = new Date()): Promise<number> {
  const before = graceStart(now);
  return em.nativeDelete(Session, { $or: [{ expiresAt: { $lt: before } }, { revokedAt: { $lt: before } }] });
}

/**
 * Accepted invitations go too: no foreign key points at them (audit entries keep their id as text),
 * and the audit trail keeps who invited whom.
 */
export function purgeInvitations(em: EntityManager, now = new Date()): Promise<number> {
  const before = graceStart(now);
  return em.nativeDelete(AccountInvitation, {
    $or: [{ acceptedAt: { $lt: before } }, { acceptedAt: null, expiresAt: { $lt: before } }],
  });
}

/**
 * rate-limiter-flexible reads an expired row as no row, and its own clean-up timer is off
 * (login-limiter.ts): expired rows are ours to delete, with no grace needed.
 */
export function purgeRateLimits(em: EntityManager, now = new Date()): Promise<number> {
  return em.nativeDelete(RateLimitCounter, { expire: { $lt: String(now.getTime()) } });
}

function purgeJob(name: string, cron: string, purge: (em: EntityManager) => Promise<number>) {
  return defineJob<Record<string, never>>({
    name,
    retry: PATIENT_RETRIES,
    schedule: { cron, data: {} },
    handle: async (_data, { em }) => {
      const deleted = await purge(em);
      logger.info({ job: name, deleted }, `${name}: ${deleted} row(s) deleted`);
    },
  });
}

// 03:15 and 03:20 Paris: the quietest hours, yet past 02:00–03:00, which clock changes skip or repeat.
export const purgeSessionsJob = purgeJob('accounts.purge-sessions', '15 3 * * *', purgeSessions);
export const purgeInvitationsJob = purgeJob('accounts.purge-invitations', '20 3 * * *', purgeInvitations);
// Hourly: failed sign-ins from many addresses leave a row each; an hour's worth stays small.
export const purgeRateLimitsJob = purgeJob('accounts.purge-rate-limits', '7 * * * *', purgeRateLimits);
