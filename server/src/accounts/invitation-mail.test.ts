import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniqueTag } from '../../test/factories';
import { DEMO, signIn, startTestServer, type TestServer } from '../../test/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const INVITE = `mutation($input: InviteUserInput!) { inviteUser(input: $input) { link } }`;
const OUTBOX = `query($to: String!) { sentMails(to: $to) { totalCount edges { node { to subject text status } } } }`;

describe('inviting someone', () => {
  it('puts the invitation mail, with the same one-time link the admin sees, in the outbox', async () => {
    const admin = await signIn(server, DEMO.admin);
    const email = `invitee-${uniqueTag()}@exemple.fr`;
    const invited = await server.gql(INVITE, { input: { email, displayName: 'Alix Invitée', role: 'ANIMATOR' } }, admin);
    const link = invited.data.inviteUser.link as string;
    expect(link).toMatch(/^http:\/\/maillage\.test\/invitation\/[\w-]+$/);
    const { data } = await server.gql(OUTBOX, { to: email }, admin);
    expect(data.sentMails.totalCount).toBe(1);
    const mail = data.sentMails.edges[0].node;
    expect(mail).toMatchObject({ to: email, subject: 'Vous êtes invité·e sur Maillage' });
    expect(mail.text).toContain(link);
    expect(mail.text).toContain('animateur·rice de réseau');
  });

  it('queues no mail when the invitation is refused', async () => {
    const admin = await signIn(server, DEMO.admin);
    const taken = DEMO.partner;
    // The demo partner gets mail from other files' tests (agendas, trainings): compare, don't count from zero.
    const mailsTo = async () => (await server.gql(OUTBOX, { to: taken }, admin)).data.sentMails.totalCount;
    const before = await mailsTo();
    const refused = await server.gql(INVITE, { input: { email: taken, displayName: 'Déjà là', role: 'PARTNER' } }, admin);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'EMAIL_TAKEN' });
    expect(await mailsTo()).toBe(before);
  });
});
