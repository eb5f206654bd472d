import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DirectoryPageDocument, DirectorySearchDocument } from '../../../client/src/gql/graphql';
import { adminHeaders, createOrganization, type Ids } from '../../test/factories';
import { startTestServer, type TestServer } from '../../test/test-server';
import { publicQueryAllowList, sha256 } from './public-cache-queries';

let server: TestServer;
let admin: Record<string, string>;
let organization: Ids;

const SEARCH = print(DirectorySearchDocument);
const SEARCH_HASH = sha256(SEARCH);
// Apollo Server's CSRF prevention wants this header on a GET (Apollo Client sends it).
const PREFLIGHT = { 'apollo-require-preflight': 'true' };

function persistedUrl(hash: string, variables: Record<string, unknown>) {
  const params = new URLSearchParams({
    operationName: 'DirectorySearch',
    variables: JSON.stringify(variables),
    extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }),
  });
  return `${server.url}/graphql?${params}`;
}

const search = () => persistedUrl(SEARCH_HASH, { filter: { text: organization.name }, first: 5 });

async function get(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { headers: { ...PREFLIGHT, ...headers } });
  // Answers of several shapes.
  const body: any = response.status === 304 ? undefined : await response.json();
  return { response, body, cacheControl: response.headers.get('cache-control') ?? '' };
}

beforeAll(async () => {
  server = await startTestServer();
  admin = await adminHeaders(server);
  organization = await createOrganization(server, { description: 'Avant la modification.' });
});
afterAll(() => server.close());

describe('public reads a CDN can cache', () => {
  it('allows the client directory page’s own documents, as sent and as Apollo Client prints them', () => {
    const allowed = publicQueryAllowList();
    expect(allowed.has(SEARCH_HASH)).toBe(true);
    expect(allowed.has(sha256(print(DirectoryPageDocument)))).toBe(true);
  });

  it('answers an anonymous persisted GET with a public Cache-Control and an ETag, then 304 on revalidation', async () => {
    const first = await get(search());
    expect(first.response.status).toBe(200);
    expect(first.body.data.organizations.edges[0].node.name).toBe(organization.name);
    expect(first.cacheControl).toMatch(/^public, max-age=0, s-maxage=\d+, stale-while-revalidate=300$/);
    expect(first.response.headers.get('vary')).toMatch(/Cookie.*Authorization/);
    const etag = first.response.headers.get('etag')!;
    expect(etag).toMatch(/^".+"$/);

    const again = await get(search(), { 'if-none-match': etag });
    expect(again.response.status).toBe(304);
    expect(again.response.headers.get('etag')).toBe(etag);
  });

  it('gives a new ETag and the new data once the directory is edited', async () => {
    const before = await get(search());
    const etag = before.response.headers.get('etag')!;
    const edit = await server.gql(
      `mutation($id: ID!) { updateOrganization(id: $id, input: { description: "Après la modification." }) { id } }`,
      { id: organization.id },
      admin,
    );
    expect(edit.errors).toBeUndefined();

    const after = await get(search(), { 'if-none-match': etag });
    expect(after.response.status).toBe(200);
    expect(after.response.headers.get('etag')).not.toBe(etag);
    expect(after.body.data.organizations.edges[0].node.description).toBe('Après la modification.');
  });

  it('never marks a POST public', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: SEARCH, variables: { filter: { text: organization.name } } }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control') ?? '').not.toMatch(/public/);
    expect(response.headers.get('etag') ?? '').not.toMatch(/^"/);
  });

  it('keeps a signed-in GET private', async () => {
    const signedIn = await get(search(), admin);
    expect(signedIn.response.status).toBe(200);
    expect(signedIn.body.data.organizations.totalCount).toBe(1);
    expect(signedIn.cacheControl).toBe('private, no-store');
    expect(signedIn.response.headers.get('etag') ?? '').not.toMatch(/^"/);
  });

  it('does not make public an anonymous GET that asks for personal or viewer-dependent fields', async () => {
    for (const query of [
      `query { organizations(first: 2) { edges { node { id people { id email } } } } }`,
      `query { organizations(first: 2) { edges { node { id viewerCan { edit } } } } }`,
      `query { node(id: "${organization.id}") { id } }`,
    ]) {
      const { response, cacheControl } = await get(`${server.url}/graphql?${new URLSearchParams({ query })}`);
      expect(response.status).toBe(200);
      expect(cacheControl).not.toMatch(/public/);
      expect(response.headers.get('etag') ?? '').not.toMatch(/^"/);
    }
  });

  it('answers an unknown hash with the persisted-query code and a French message', async () => {
    const { body, cacheControl } = await get(persistedUrl(sha256('query { inconnue }'), {}));
    expect(body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(body.errors[0].message).toMatch(/Requête enregistrée inconnue/);
    expect(cacheControl).not.toMatch(/public/);
  });
});
