import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, signIn, startTestServer, type TestServer } from '../../test/test-server';
import { Session } from './session.entity';
import { hashSecret } from './tokens';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const LOGIN = `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token user { email role displayName person { lastName } animatedNetworks { slug } } } }`;

describe('sign-in', () => {
  it('signs each demo account in with its role and networks', async () => {
    const expectations: Array<[string, string, string[]]> = [
      [
        DEMO.admin,
        'ADMIN',
        ['acces-aux-droits-inclusion-numerique', 'comite-de-pilotage', 'enfance-pedt', 'logement', 'petite-enfance'],
      ],
      [DEMO.parentingAnimator, 'ANIMATOR', ['parentalite']],
      [DEMO.avsAnimator, 'ANIMATOR', ['commission-avs']],
      [DEMO.youthAnimator, 'ANIMATOR', ['jeunesse']],
      [DEMO.partner, 'PARTNER', []],
    ];
    for (const [email, role, networks] of expectations) {
      const { data, errors } = await server.gql(LOGIN, { email, password: 'maillage-demo' });
      expect(errors).toBeUndefined();
      expect(data.login.user).toMatchObject({ email, role });
      expect(data.login.user.person).not.toBeNull();
      expect(data.login.user.animatedNetworks.map((n: any) => n.slug).sort()).toEqual(networks);
      expect(data.login.token).toMatch(/^[\w-]{40,}$/);
    }
  });

  it('refuses a wrong password or an unknown address with the same French message', async () => {
    const wrong = await server.gql(LOGIN, { email: DEMO.partner, password: 'nope-nope-nope' });
    const unknown = await server.gql(LOGIN, { email: 'personne@nulle.part', password: 'nope-nope-nope' });
    for (const response of [wrong, unknown]) {
      expect(response.errors?.[0]).toMatchObject({
        message: 'Adresse e-mail ou mot de passe incorrect.',
        extensions: { code: 'UNAUTHENTICATED' },
      });
    }
  });

  it('accepts the address in any case', async () => {
    const { errors } = await server.gql(LOGIN, { email: '  Contact@Forum-Saillans.DEMO ', password: 'maillage-demo' });
    expect(errors).toBeUndefined();
  });

  it('sets an httpOnly, SameSite=Lax cookie that authenticates the browser', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: LOGIN, variables: { email: DEMO.avsAnimator, password: 'maillage-demo' } }),
    });
    const cookie = response.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^maillage_session=[\w-]+;/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const me = await server.gql(`{ me { email } }`, undefined, { cookie: cookie.split(';')[0] });
    expect(me.data.me.email).toBe(DEMO.avsAnimator);
  });

  it('revokes the session on logout, and an unknown token is anonymous', async () => {
    const headers = await signIn(server, DEMO.youthAnimator);
    expect((await server.gql(`{ me { email } }`, undefined, headers)).data.me.email).toBe(DEMO.youthAnimator);
    expect((await server.gql(`mutation { logout }`, undefined, headers)).data.logout).toBe(true);
    expect((await server.gql(`{ me { email } }`, undefined, headers)).data.me).toBeNull();
    expect((await server.gql(`{ me { email } }`, undefined, { authorization: 'Bearer forged' })).data.me).toBeNull();
    expect((await server.gql(`mutation { logout }`)).data.logout).toBe(false);
  });

  it('lets sessions expire', async () => {
    const headers = await signIn(server, DEMO.partner);
    const tokenHash = hashSecret(headers.authorization.slice('Bearer '.length));
    await server.orm.em.fork().nativeUpdate(Session, { tokenHash }, { expiresAt: new Date(Date.now() - 1000) });
    expect((await server.gql(`{ me { email } }`, undefined, headers)).data.me).toBeNull();
  });

  it('keeps sessions in PostgreSQL: a second server instance knows them', async () => {
    const headers = await signIn(server, DEMO.partner);
    const other = await startTestServer();
    try {
      expect((await other.gql(`{ me { email } }`, undefined, headers)).data.me.email).toBe(DEMO.partner);
    } finally {
      await other.close();
    }
  });

  it('refuses demo accounts where demo mode is off', async () => {
    const production = await startTestServer({ demoMode: false });
    try {
      const { errors } = await production.gql(LOGIN, { email: DEMO.partner, password: 'maillage-demo' });
      expect(errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringMatching(/démonstration/) });
    } finally {
      await production.close();
    }
  });
});
