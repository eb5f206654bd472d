import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO, signIn, startTestServer, type TestServer } from '../../test/test-server';
import { startSmtpTestServer, type SmtpTestServer } from '../../test/smtp-test-server';
import { UserRole } from '../accounts/account.enums';
import { ormConfig } from '../database/orm-config';
import { startJobRunner, type JobRunner } from '../jobs/job-runner';
import { defineJob } from '../jobs/job-definition';
import { sendJob } from '../jobs/send-job';
import { deliverMail } from './mail-delivery';
import { MailMessage, MailStatus } from './mail-message.entity';
import { mailSendJob } from './mail-send.job';
import { createMailer, type Mailer } from './mailer';
import { queueMail } from './queue-mail';

const FROM = 'Maillage <no-reply@maillage.test>';
const tag = randomBytes(4).toString('hex');
const address = (name: string) => `${name}-${tag}@exemple.fr`;

/**
 * Each runner here works a queue of its own, with mail.send's handler and retry policy: on the
 * shared test database, a worker of `mail.send` itself would first work through every other test
 * file's mails (each account the factories create is invited by mail).
 */
const queueOfThisFile = (purpose: string) => defineJob({ ...mailSendJob, name: `mail.send.test-${purpose}-${tag}` });
const smtpQueue = queueOfThisFile('smtp');
const outboxQueue = queueOfThisFile('outbox');

/** queueMail, with its message's job also on this file's queue (the one on mail.send stays queued, unworked). */
async function queueOn(queue: typeof mailSendJob, request: Parameters<typeof queueMail>[1]) {
  const message = await queueMail(orm.em.fork(), request);
  await sendJob(orm.em.fork(), queue, { messageId: message.id });
  return message;
}

let orm: MikroORM;
const reload = (id: string) => orm.em.fork().findOneOrFail(MailMessage, id);

beforeAll(async () => {
  orm = await MikroORM.init(ormConfig(inject('databaseUrl')));
});

afterAll(async () => {
  await orm?.close(true);
});

describe('mail over SMTP', () => {
  let smtp: SmtpTestServer;
  let mailer: Mailer;
  let runner: JobRunner;

  beforeAll(async () => {
    smtp = await startSmtpTestServer();
    mailer = createMailer({ smtpUrl: smtp.url, from: FROM });
    runner = await startJobRunner({
      orm,
      workers: true,
      mailer,
      publicUrl: 'http://maillage.test',
      definitions: [smtpQueue],
      polling: { jobsSeconds: 0.5 },
    });
  });

  afterAll(async () => {
    await runner?.stop();
    await smtp?.close();
  });

  it('sends the invitation with its text and HTML parts, the link from PUBLIC_URL and names escaped', async () => {
    const to = address('invitee');
    const message = await queueOn(smtpQueue, {
      to,
      template: 'accountInvitation',
      data: {
        publicUrl: 'https://maillage.example/',
        token: 'jeton-secret',
        displayName: 'Zoé Martin',
        inviterName: 'Camille <Coordination> & Cie',
        role: UserRole.ANIMATOR,
        expiresAt: new Date('2026-03-29T01:30:00Z'), // 03:30 in Paris: clocks went forward at 01:00 UTC
      },
    });
    await expect.poll(() => smtp.to(to).length, { timeout: 10_000, interval: 100 }).toBe(1);
    const [mail] = smtp.to(to);
    expect(mail.subject).toBe('Vous êtes invité·e sur Maillage');
    expect(mail.from?.value).toEqual([{ name: 'Maillage', address: 'no-reply@maillage.test' }]);
    expect(mail.text).toContain('Camille <Coordination> & Cie vous invite à rejoindre Maillage');
    expect(mail.text).toContain('avec le rôle « animateur·rice de réseau »');
    expect(mail.text).toContain('https://maillage.example/invitation/jeton-secret');
    expect(mail.text).toContain('jusqu’au dimanche 29 mars 2026 à 3 h 30 (heure de Paris)');
    expect(mail.html).toContain('Camille &lt;Coordination&gt; &amp; Cie vous invite');
    expect(mail.html).not.toContain('<Coordination>');
    expect(mail.html).toContain('<a href="https://maillage.example/invitation/jeton-secret"');
    await expect.poll(async () => (await reload(message.id)).status).toBe(MailStatus.SENT);
    const sent = await reload(message.id);
    expect(mail.messageId).toBe(sent.messageId);
    expect(sent.messageId).toBe(`<${message.id}@maillage.test>`);
  });

  it('sends a message once, however many times its job runs', async () => {
    const to = address('once');
    const message = await queueOn(smtpQueue, {
      to,
      subject: 'Une fois',
      text: 'Une seule fois.',
      html: '<p>Une seule fois.</p>',
    });
    // The same job delivered twice more (a retry after a crash, a duplicate): three runs, two at once.
    await sendJob(orm.em.fork(), smtpQueue, { messageId: message.id });
    await sendJob(orm.em.fork(), smtpQueue, { messageId: message.id });
    const jobsDone = async () => {
      const rows = await orm.em
        .fork()
        .getConnection()
        .execute<Array<{ state: string }>>(`select state from pgboss.job where name = ? and data->>'messageId' = ?`, [
          smtpQueue.name,
          message.id,
        ]);
      return rows.map((row) => row.state);
    };
    await expect.poll(jobsDone, { timeout: 10_000, interval: 100 }).toEqual(['completed', 'completed', 'completed']);
    expect(smtp.to(to)).toHaveLength(1);
  });

  it('sends once when deliveries of one message race', async () => {
    const to = address('race');
    const em = orm.em.fork();
    const message = em.create(MailMessage, { to, subject: 'Course', text: 'Course.', html: '<p>Course.</p>' });
    await em.flush(); // no job: only the three deliveries below
    await Promise.all([1, 2, 3].map(() => deliverMail(orm.em.fork(), message.id, mailer)));
    expect(smtp.to(to)).toHaveLength(1);
  });

  it('keeps the error when the server refuses, and marks the message failed after the last attempt', async () => {
    const em = orm.em.fork();
    const message = em.create(MailMessage, { to: address('refused'), subject: 'Refus', text: 'Refus.', html: '<p>Refus.</p>' });
    await em.flush();
    await expect(deliverMail(orm.em.fork(), message.id, mailer, { isLastAttempt: false })).rejects.toThrow(/Boîte inconnue/);
    expect(await reload(message.id)).toMatchObject({ status: MailStatus.QUEUED, error: expect.stringMatching(/Boîte inconnue/) });
    await expect(deliverMail(orm.em.fork(), message.id, mailer, { isLastAttempt: true })).rejects.toThrow();
    expect((await reload(message.id)).status).toBe(MailStatus.FAILED);
  });

  it('writes nothing, and sends nothing, when the caller’s transaction rolls back', async () => {
    const to = address('rolled-back');
    const queueThenFail = orm.em.fork().transactional(async (tx) => {
      await queueMail(tx, { to, subject: 'Jamais', text: 'Jamais.', html: '<p>Jamais.</p>' });
      throw new Error('rolled back');
    });
    await expect(queueThenFail).rejects.toThrow('rolled back');
    expect(await orm.em.fork().count(MailMessage, { to })).toBe(0);
  });
});

interface SentMailsPage {
  sentMails: {
    edges: Array<{
      node: { id: string; to: string; subject: string; text: string; status: string; createdAt: string; sentAt: string };
    }>;
  };
}

describe('mail without SMTP', () => {
  const SENT_MAILS = `query($to: String) { sentMails(first: 50, to: $to) { totalCount edges { node { id to subject text status createdAt sentAt error } } } }`;
  let server: TestServer;

  beforeAll(async () => {
    // As `npm start` without SMTP_URL: the outbox is the delivery.
    const jobs = {
      workers: true,
      mailer: createMailer({ from: FROM }),
      definitions: [outboxQueue],
      polling: { jobsSeconds: 0.5 },
    };
    server = await startTestServer({ jobs });
  });

  afterAll(async () => {
    await server?.close();
  });

  it('keeps the message in the outbox, where admins read it, newest first', async () => {
    const to = address('outbox');
    const first = await queueOn(outboxQueue, {
      to,
      subject: `Relevé ${tag}`,
      text: 'Voir https://maillage.test/annuaire',
      html: '<p>Voir</p>',
    });
    const second = await queueOn(outboxQueue, { to, subject: `Rappel ${tag}`, text: 'Rappel.', html: '<p>Rappel.</p>' });
    await expect.poll(async () => (await reload(first.id)).status, { timeout: 10_000, interval: 100 }).toBe(MailStatus.STORED);
    await expect.poll(async () => (await reload(second.id)).status, { timeout: 10_000, interval: 100 }).toBe(MailStatus.STORED);

    const { data, errors } = await server.gql<SentMailsPage>(SENT_MAILS, { to }, await signIn(server, DEMO.admin));
    expect(errors).toBeUndefined();
    const mine = data!.sentMails.edges.map((edge) => edge.node).filter((node) => node.to === to);
    expect(mine.map((node) => node.id)).toEqual([second.id, first.id]);
    expect(mine[1]).toMatchObject({
      subject: `Relevé ${tag}`,
      text: 'Voir https://maillage.test/annuaire',
      status: 'STORED',
      error: null,
    });
    expect(Date.parse(mine[1].sentAt)).toBeGreaterThanOrEqual(Date.parse(mine[1].createdAt));
  });

  it('is for admins only', async () => {
    const partner = await server.gql(SENT_MAILS, undefined, await signIn(server, DEMO.partner));
    expect(partner.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await server.gql(SENT_MAILS)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
