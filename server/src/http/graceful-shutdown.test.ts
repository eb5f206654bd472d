import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ormConfig } from '../database/orm-config';
import { freePort, prepareDatabase } from '../../test/prepare-database';
import { startSmtpTestServer, type SmtpTestServer } from '../../test/smtp-test-server';

// The real `node server/src/main.ts`, stopped by a real SIGTERM, on a database of its own so that
// no other test file's job runner takes its jobs.
const ROOT = path.resolve(__dirname, '..', '..', '..');
const INVITATIONS = 6;

let databaseUrl: string;
let smtp: SmtpTestServer;
let orm: MikroORM;

beforeAll(async () => {
  const shared = new URL(inject('databaseUrl'));
  const name = `maillage_shutdown_${process.pid}`;
  const admin = await MikroORM.init(ormConfig(shared.toString()));
  await admin.em.getConnection().execute(`drop database if exists "${name}"`);
  await admin.em.getConnection().execute(`create database "${name}"`);
  await admin.close();
  shared.pathname = `/${name}`;
  databaseUrl = shared.toString();
  await prepareDatabase(databaseUrl);
  orm = await MikroORM.init(ormConfig(databaseUrl));
  // Each message takes 1.5 s to be accepted: mail jobs are running when SIGTERM arrives.
  smtp = await startSmtpTestServer({ delayMs: 1_500 });
}, 180_000);

afterAll(async () => {
  await orm?.close();
  await smtp?.close();
});

interface Started {
  child: ChildProcess;
  url: string;
  output: () => string;
  exited: Promise<number | null>;
}

async function startMaillage(): Promise<Started> {
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'server/src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      DEMO_MODE: 'true',
      WORKERS: 'on',
      SMTP_URL: smtp.url,
      MAIL_FROM: 'tests@maillage.test',
      LOG_LEVEL: 'info',
      // Connections the kernel accepted but Node has not yet taken are cut when the listener
      // closes: the grace pause (readiness 503) is when a busy process takes them.
      SHUTDOWN_GRACE_SECONDS: '3',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  for (let waited = 0; ; waited += 250) {
    if (child.exitCode !== null) throw new Error(`Maillage exited while starting:\n${output}`);
    const ready = await fetch(`${url}/health/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    if (waited > 90_000) throw new Error(`Maillage not ready after 90 s:\n${output}`);
    await sleep(250);
  }
  return { child, url, output: () => output, exited };
}

async function gql(url: string, query: string, variables: object = {}, token?: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: unknown[] } };
}

/**
 * One request on its own connection, written at once: "in flight" means the server has it. (A
 * pooled client may hold a request back, then send it on a kept-alive connection at the moment
 * the server closes it: that race belongs to HTTP keep-alive, and clients retry it.)
 */
let connected = 0;
function postOnNewConnection(url: string, query: string): Promise<{ status: number; body: { data?: any; errors?: unknown[] } }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${url}/graphql`,
      { method: 'POST', agent: false, headers: { 'content-type': 'application/json' } },
      (response) => {
        let text = '';
        response.on('data', (chunk) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) }));
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.on('socket', (socket) => socket.once('connect', () => connected++));
    request.end(JSON.stringify({ query }));
  });
}

const jobStates = async () =>
  (await orm.em
    .fork()
    .getConnection()
    .execute(`select state, count(*)::int as count from pgboss.job where name = 'mail.send' group by state`)) as Array<{
    state: string;
    count: number;
  }>;

describe('SIGTERM under load', () => {
  it('answers every request already under way, finishes running jobs, loses none, and exits cleanly', async () => {
    const first = await startMaillage();
    const login = await gql(
      first.url,
      `mutation { login(email: "coordination@cccps.demo", password: "maillage-demo") { token } }`,
    );
    const token = login.body.data.login.token as string;
    const recipients = Array.from({ length: INVITATIONS }, (_, i) => `arret-${process.pid}-${i}@exemple.fr`);
    for (const email of recipients) {
      const invited = await gql(
        first.url,
        `mutation($input: InviteUserInput!) { inviteUser(input: $input) { link } }`,
        { input: { email, displayName: 'Invitée', role: 'PARTNER' } },
        token,
      );
      expect(invited.body.errors).toBeUndefined();
    }
    await expect.poll(async () => (await jobStates()).some((s) => s.state === 'active'), { timeout: 15_000 }).toBe(true);

    // A burst of directory pages; SIGTERM lands while most of them are still being answered.
    const page = `{ organizations(first: 50) { totalCount edges { node { name services { name communesServed { name } } networks { name } } } } }`;
    let answered = 0;
    const burst = Array.from({ length: 40 }, () =>
      postOnNewConnection(first.url, page).then((result) => {
        answered++;
        return result;
      }),
    );
    // In flight: every connection made and its request sent, some already answered.
    await expect.poll(() => connected === 40 && answered > 0, { timeout: 30_000, interval: 5 }).toBe(true);
    first.child.kill('SIGTERM');
    const answeredAtSigterm = answered;
    const results = await Promise.all(burst);
    expect(answeredAtSigterm).toBeLessThan(40);
    expect(results.filter((r) => r.status !== 200 || r.body.errors)).toEqual([]);
    expect(await first.exited).toBe(0);
    expect(first.output()).toMatch(/Stopped cleanly/);

    // No job failed or was left half-done: each one either finished or still waits its turn.
    const states = Object.fromEntries((await jobStates()).map((s) => [s.state, s.count]));
    expect(states.failed ?? 0).toBe(0);
    expect(states.active ?? 0).toBe(0);
    expect((states.completed ?? 0) + (states.created ?? 0) + (states.retry ?? 0)).toBe(INVITATIONS);
    expect(recipients.filter((r) => smtp.to(r).length > 0).length).toBe(states.completed ?? 0);

    // The next instance sends what was left: every invitation arrives exactly once.
    const second = await startMaillage();
    await expect
      .poll(() => recipients.filter((r) => smtp.to(r).length > 0).length, { timeout: 60_000, interval: 250 })
      .toBe(INVITATIONS);
    expect(recipients.every((r) => smtp.to(r).length === 1)).toBe(true);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    console.log(
      `shutdown: ${40 - answeredAtSigterm} of 40 requests in flight at SIGTERM, all answered; ` +
        `mail jobs at exit: ${JSON.stringify(states)}; all ${INVITATIONS} delivered once after restart`,
    );
  }, 180_000);
});
