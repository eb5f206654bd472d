import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AccountInvitation } from '../accounts/account-invitation.entity';
import { UserRole } from '../accounts/account.enums';
import { RateLimitCounter } from '../accounts/rate-limit.entity';
import { Session } from '../accounts/session.entity';
import { User } from '../accounts/user.entity';
import { ormConfig } from '../database/orm-config';
import { createMailer } from '../mail/mailer';
import { systemActor } from '../shared/actor';
import { purgeInvitationsJob, purgeRateLimitsJob, purgeSessionsJob } from './housekeeping.jobs';
import type { JobDefinition } from './job-definition';

const DAY = 24 * 3600 * 1000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY);
const tag = randomBytes(4).toString('hex');

let orm: MikroORM;
let user: User;

/** Runs a job's handler as the runner would, twice: a second run must find nothing left to do. */
async function runTwice(job: JobDefinition<Record<string, never>>) {
  const mailer = createMailer({ from: 'test@maillage.test' });
  for (const id of ['first-run', 'second-run']) {
    const run = { id, attempt: 1, isLastAttempt: false };
    await job.handle(
      {},
      { em: orm.em.fork(), actor: systemActor(job.name), mailer, publicUrl: 'http://maillage.test', job: run },
    );
  }
}

beforeAll(async () => {
  orm = await MikroORM.init(ormConfig(inject('databaseUrl')));
  const em = orm.em.fork();
  user = em.create(User, { email: `purge-${tag}@exemple.fr`, displayName: 'Compte de test', role: UserRole.PARTNER });
  await em.flush();
});

afterAll(async () => {
  await orm?.em.fork().nativeDelete(User, { id: user.id });
  await orm?.close(true);
});

describe('housekeeping jobs', () => {
  it('delete sessions expired or revoked more than 30 days ago, and keep the others', async () => {
    const em = orm.em.fork();
    const session = (name: string, expiresAt: Date, revokedAt: Date | null = null) =>
      em.create(Session, { tokenHash: `${name}-${tag}`, user, expiresAt, revokedAt });
    session('expired-long-ago', daysAgo(31));
    session('revoked-long-ago', daysAgo(-10), daysAgo(31));
    session('expired-lately', daysAgo(29));
    session('revoked-lately', daysAgo(-10), daysAgo(2));
    session('live', daysAgo(-30));
    await em.flush();
    await runTwice(purgeSessionsJob);
    const left = await orm.em.fork().find(Session, { user }, { orderBy: { tokenHash: 'asc' } });
    expect(left.map((s) => s.tokenHash)).toEqual([`expired-lately-${tag}`, `live-${tag}`, `revoked-lately-${tag}`]);
  });

  it('delete invitations used or lapsed more than 30 days ago, and keep the others', async () => {
    const em = orm.em.fork();
    const invitation = (name: string, expiresAt: Date, acceptedAt: Date | null = null) =>
      em.create(AccountInvitation, {
        email: `${name}-${tag}@exemple.fr`,
        displayName: name,
        role: UserRole.PARTNER,
        tokenHash: `${name}-${tag}`,
        invitedBy: user,
        expiresAt,
        acceptedAt,
      });
    invitation('lapsed-long-ago', daysAgo(31));
    invitation('accepted-long-ago', daysAgo(30), daysAgo(40));
    invitation('lapsed-lately', daysAgo(3));
    invitation('accepted-lately', daysAgo(-10), daysAgo(1));
    invitation('pending', daysAgo(-14));
    await em.flush();
    await runTwice(purgeInvitationsJob);
    const left = await orm.em.fork().find(AccountInvitation, { invitedBy: user }, { orderBy: { displayName: 'asc' } });
    expect(left.map((i) => i.displayName)).toEqual(['accepted-lately', 'lapsed-lately', 'pending']);
  });

  it('delete expired rate-limit counters, and keep running and permanent ones', async () => {
    const em = orm.em.fork();
    const counter = (name: string, expire: number | null) =>
      em.create(RateLimitCounter, { key: `test-${tag}:${name}`, points: 3, expire: expire === null ? null : String(expire) });
    counter('expired', Date.now() - 1000);
    counter('running', Date.now() + 15 * 60 * 1000);
    counter('permanent', null);
    await em.flush();
    await runTwice(purgeRateLimitsJob);
    const left = await orm.em.fork().find(RateLimitCounter, { key: { $like: `test-${tag}:%` } }, { orderBy: { key: 'asc' } });
    expect(left.map((c) => c.key)).toEqual([`test-${tag}:permanent`, `test-${tag}:running`]);
  });
});
