import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { inject } from 'vitest';
import { ormConfig } from '../src/database/orm-config';
import { buildMaillageSchema } from '../src/graphql/schema';
import { createApp } from '../src/http/app';

export interface GraphQLResponse<T = any> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string; field?: string } }>;
}

export interface TestServer {
  url: string;
  orm: MikroORM;
  /** SQL statements run since the last reset (tests count them to catch N+1). */
  statements: string[];
  gql: <T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) => Promise<GraphQLResponse<T>>;
  close: () => Promise<void>;
}

/** A real Maillage HTTP server on a free port, against the seeded test database. */
export async function startTestServer(options: { withClient?: boolean } = {}): Promise<TestServer> {
  const statements: string[] = [];
  const orm = await MikroORM.init(
    ormConfig(inject('databaseUrl'), { onQuery: (message) => message.includes('[query]') && statements.push(message) }),
  );
  const { app, stop } = await createApp({
    orm,
    schema: await buildMaillageSchema(),
    isProduction: false,
    publicUrl: 'http://maillage.test',
    clientDir: options.withClient ? path.resolve(__dirname, '..', '..', 'client', 'dist') : undefined,
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    orm,
    statements,
    gql: async (query, variables, headers) => {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as object) };
    },
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      await stop();
      await orm.close(true);
    },
  };
}
