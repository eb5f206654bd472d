import 'reflect-metadata';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomInt } from 'node:crypto';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { inject } from 'vitest';
import { ormConfig } from '../src/database/orm-config';
import { buildMaillageSchema } from '../src/graphql/schema';
import { createApp } from '../src/http/app';
import { startJobRunner, type JobRunner, type JobRunnerOptions } from '../src/jobs/job-runner';

export interface GraphQLResponse<T = any> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string; reason?: string; field?: string } }>;
}

export interface TestServer {
  url: string;
  orm: MikroORM;
  /** SQL statements run since the last reset (tests count them to catch N+1). */
  statements: string[];
  gql: <T = any>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ) => Promise<GraphQLResponse<T>>;
  /** Present when started with the `jobs` option. */
  jobs?: JobRunner;
  close: () => Promise<void>;
}

/** A real Maillage HTTP server on a free port, against the seeded test database. */
export interface TestServerOptions {
  withClient?: boolean;
  /** Production hardening (no field suggestions, no landing page). */
  production?: boolean;
  demoMode?: boolean;
  /** Compiled reads (graphql/json-reads.ts); false: the resolvers alone, the differential test's reference. */
  compiledReads?: boolean;
  /** Another database than the run's shared one (a test that stops its own PostgreSQL). */
  databaseUrl?: string;
  /** Also run a job runner on the server's ORM, as `npm start` does (WORKERS=on). */
  jobs?: Omit<JobRunnerOptions, 'orm' | 'publicUrl'>;
}

const PUBLIC_URL = 'http://maillage.test';

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const statements: string[] = [];
  const orm = await MikroORM.init(
    ormConfig(options.databaseUrl ?? inject('databaseUrl'), {
      onQuery: (message) => message.includes('[query]') && statements.push(message),
    }),
  );
  const { listener, stop } = await createApp({
    orm,
    schema: await buildMaillageSchema(),
    isProduction: options.production ?? false,
    // Each test server stands for its own client address (X-Forwarded-For), so that one file's
    // failed sign-ins do not rate-limit another's.
    trustProxy: true,
    settings: {
      demoMode: options.demoMode ?? true,
      secureCookies: false,
      publicUrl: PUBLIC_URL,
      compiledReads: options.compiledReads,
    },
    clientDir: options.withClient ? path.resolve(__dirname, '..', '..', 'client', 'dist') : undefined,
  });
  const jobs = options.jobs ? await startJobRunner({ ...options.jobs, orm, publicUrl: PUBLIC_URL }) : undefined;
  const server = http.createServer(listener).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientAddress = `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
  return {
    url,
    orm,
    statements,
    jobs,
    gql: async (query, variables, headers) => {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': clientAddress, ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as object) };
    },
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      await stop();
      await jobs?.stop();
      await orm.close(true);
    },
  };
}

export const DEMO = {
  admin: 'coordination@cccps.demo',
  parentingAnimator: 'parentalite@ninichaize.demo',
  avsAnimator: 'avs@caf26.demo',
  youthAnimator: 'jeunesse@crestactif.demo',
  partner: 'contact@forum-saillans.demo',
} as const;

/** Signs a demo account in and returns the headers that carry its session. */
export async function signIn(server: TestServer, email: string, password = 'maillage-demo'): Promise<Record<string, string>> {
  const { data, errors } = await server.gql(
    `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`,
    { email, password },
  );
  if (errors) throw new Error(`sign-in failed for ${email}: ${errors[0].message}`);
  return { authorization: `Bearer ${data.login.token}` };
}

let accountCounter = 0;

/** A new account made the way users are: an admin invites, the invitee accepts. */
export async function freshAccount(
  server: TestServer,
  role: 'ADMIN' | 'ANIMATOR' | 'PARTNER' = 'PARTNER',
  personId: string | null = null,
): Promise<{ email: string; userId: string; headers: Record<string, string> }> {
  const admin = await signIn(server, DEMO.admin);
  const email = `test-${process.pid}-${Date.now()}-${++accountCounter}@exemple.fr`;
  const invited = await server.gql(
    `mutation($input: InviteUserInput!) { inviteUser(input: $input) { link } }`,
    { input: { email, displayName: 'Compte de test', role, personId } },
    admin,
  );
  if (invited.errors) throw new Error(invited.errors[0].message);
  const token = invited.data.inviteUser.link.split('/').pop();
  const accepted = await server.gql(
    `mutation($token: String!, $password: String!) { acceptInvitation(token: $token, password: $password) { token user { id } } }`,
    { token, password: 'un-mot-de-passe-solide' },
  );
  if (accepted.errors) throw new Error(accepted.errors[0].message);
  return {
    email,
    userId: accepted.data.acceptInvitation.user.id,
    headers: { authorization: `Bearer ${accepted.data.acceptInvitation.token}` },
  };
}
