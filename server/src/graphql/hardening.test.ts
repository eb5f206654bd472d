import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, freshAccount, signIn, startTestServer, type TestServer } from '../../test/test-server';
import { GRAPHQL_LIMITS, LIMIT_ERRORS } from './limits';

let server: TestServer;
let production: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  production = await startTestServer({ production: true });
});
afterAll(async () => {
  await server.close();
  await production.close();
});

async function post(target: TestServer, body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) {
  const response = await fetch(`${target.url}/graphql`, { method: 'POST', headers, body });
  return { status: response.status, body: await response.text() };
}

describe('hostile queries are refused cleanly', () => {
  it('refuses deep nesting', async () => {
    let selection = 'id';
    for (let i = 0; i < 6; i++) selection = `network { memberships { ${selection} } }`;
    const { status, errors } = await server.gql(`{ networks { memberships { ${selection} } } }`);
    expect(status).toBe(400);
    expect(errors?.[0]).toMatchObject({ message: LIMIT_ERRORS.QUERY_TOO_DEEP, extensions: { code: 'QUERY_TOO_DEEP' } });
  });

  it('counts the depth of the answer, not the fragments that spell it', async () => {
    const { status, errors } = await server.gql(`
      fragment O on Organization { networks { ...N } }
      fragment N on Network { memberships { ...M } }
      fragment M on Membership { organization { ...P } }
      fragment P on Organization { networks { ...Q } }
      fragment Q on Network { memberships { organization { ...R } } }
      fragment R on Organization { name }
      { organization(slug: "aucune") { ...O } }`);
    expect(errors).toBeUndefined();
    expect(status).toBe(200);
  });

  it('answers a NUL byte in an id or a text as bad input, not as an unexpected error', async () => {
    const admin = await signIn(server, DEMO.admin);
    const review = await server.gql(`mutation { reviewAgendaItem(id: "\\u0000", status: DEFERRED) { id } }`, {}, admin);
    expect(['BAD_USER_INPUT', 'NOT_FOUND']).toContain(review.errors?.[0].extensions?.code);
    const lookup = await server.gql(`query($slug: String!) { organization(slug: $slug) { id } }`, { slug: 'a\u0000b' });
    expect(lookup.errors?.[0]?.extensions?.code ?? 'none').not.toBe('INTERNAL_SERVER_ERROR');
  });

  it('refuses alias floods', async () => {
    const aliases = Array.from({ length: GRAPHQL_LIMITS.maxAliases + 5 }, (_, i) => `a${i}: territories { id }`).join(' ');
    const { status, errors } = await server.gql(`{ ${aliases} }`);
    expect(status).toBe(400);
    expect(errors?.[0]).toMatchObject({ message: LIMIT_ERRORS.TOO_MANY_ALIASES, extensions: { code: 'TOO_MANY_ALIASES' } });
  });

  it('refuses costly queries in French, under their own code', async () => {
    const wide = 'organizations(first: 100) { edges { node { services { communesServed { name } } networks { name } } } }';
    const { status, errors } = await server.gql(`{ a: ${wide} b: ${wide} c: ${wide} }`);
    expect(status).toBe(400);
    expect(errors?.[0]).toMatchObject({ message: LIMIT_ERRORS.QUERY_TOO_COSTLY, extensions: { code: 'QUERY_TOO_COSTLY' } });
  });

  it('refuses too many directives under their own code', async () => {
    const directives = Array.from({ length: GRAPHQL_LIMITS.maxDirectives + 2 }, () => '@include(if: true)').join(' ');
    const { errors } = await server.gql(`{ territories ${directives} { id } }`);
    expect(errors?.[0].extensions?.code).toBe('TOO_MANY_DIRECTIVES');
  });

  it('refuses too many tokens with a 400, not a 500', async () => {
    const fields = Array.from({ length: GRAPHQL_LIMITS.maxTokens }, () => '__typename').join(' ');
    const { status, body } = await post(server, JSON.stringify({ query: `{ ${fields} }` }));
    expect(status).toBe(400);
    expect(JSON.parse(body).errors[0]).toMatchObject({
      message: LIMIT_ERRORS.QUERY_TOO_LONG,
      extensions: { code: 'QUERY_TOO_LONG' },
    });
  });

  it('refuses oversized bodies with a JSON error', async () => {
    const { status, body } = await post(
      server,
      JSON.stringify({ query: '{ territories { id } }', padding: 'x'.repeat(GRAPHQL_LIMITS.maxBodyBytes) }),
    );
    expect(status).toBe(413);
    expect(JSON.parse(body).errors[0]).toMatchObject({
      message: LIMIT_ERRORS.PAYLOAD_TOO_LARGE,
      extensions: { code: 'PAYLOAD_TOO_LARGE' },
    });
  });

  it('refuses cross-site simple requests (CSRF prevention)', async () => {
    const { status } = await post(server, JSON.stringify({ query: 'mutation { logout }' }), { 'content-type': 'text/plain' });
    expect(status).toBe(400);
  });

  it('limits sign-in attempts per account, in PostgreSQL, with a French message', async () => {
    const { email } = await freshAccount(server);
    const attempt = () =>
      server.gql(`mutation($e: String!) { login(email: $e, password: "mauvais-mot-de-passe") { token } }`, { e: email });
    for (let i = 0; i < 10; i++) expect((await attempt()).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const blocked = await attempt();
    expect(blocked.errors?.[0]).toMatchObject({
      extensions: { code: 'RATE_LIMITED' },
      message: expect.stringMatching(/Trop de tentatives/),
    });
    // Another instance, another client address: the account's limit still holds.
    const right = await production.gql(
      `mutation($e: String!) { login(email: $e, password: "un-mot-de-passe-solide") { token } }`,
      { e: email },
    );
    expect(right.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
  });

  it('limits sign-in attempts per address across accounts', async () => {
    const headers = { 'x-forwarded-for': '192.0.2.77' };
    const attempt = (i: number) =>
      server.gql(
        `mutation($e: String!) { login(email: $e, password: "nope-nope-nope") { token } }`,
        { e: `inconnu-${i}@exemple.fr` },
        headers,
      );
    for (let i = 0; i < 10; i++) await attempt(i);
    expect((await attempt(99)).errors?.[0].extensions?.code).toBe('RATE_LIMITED');
  });
});

describe('production mode', () => {
  it('answers introspection (the schema is public) and masks unexpected errors without stack traces', async () => {
    const introspection = await production.gql(`{ __schema { queryType { name } } }`);
    expect(introspection.data.__schema.queryType.name).toBe('Query');
    const typo = await production.gql(`{ organisations { totalCount } }`);
    expect(JSON.stringify(typo)).not.toMatch(/Did you mean/);
    expect(JSON.stringify(typo)).not.toMatch(/stacktrace/);
  });

  it("still answers the client's own queries", async () => {
    const { data, errors } = await production.gql(
      `{ organizations(first: 50) { edges { node { name services { name communesServed { name } } networks { name } } } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data.organizations.edges.length).toBeGreaterThan(40);
  });
});
