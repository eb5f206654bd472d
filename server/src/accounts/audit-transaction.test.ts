import type { EventSubscriber, TransactionEventArgs } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, signIn, startTestServer, type TestServer } from '../../test/test-server';
import { createOrganization } from '../../test/factories';

/**
 * A mutation and its audit entry share one transaction. To prove it, the test makes the commit
 * fail once the audit row is already written inside the transaction: afterwards neither the
 * change nor its entry may exist.
 */
let server: TestServer;
let admin: Record<string, string>;

/** Fails the next top-level commit, after counting the audit entries the transaction already holds for `targetId`. */
class FailingCommit implements EventSubscriber {
  armedFor: string | null = null;
  seenInTransaction: number | null = null;

  async beforeTransactionCommit(args: TransactionEventArgs) {
    const targetId = this.armedFor;
    if (!targetId) return;
    this.armedFor = null;
    const rows = await args.em
      .getConnection()
      .execute<Array<{ n: string }>>(
        'select count(*) as n from audit_entry where target_id = ?',
        [targetId],
        'all',
        args.transaction,
      );
    this.seenInTransaction = Number(rows[0].n);
    throw new Error('Commit refused by the test');
  }
}

const failing = new FailingCommit();

beforeAll(async () => {
  server = await startTestServer();
  server.orm.em.getEventManager().registerSubscriber(failing);
  admin = await signIn(server, DEMO.admin);
});
afterAll(() => server.close());

const UPDATE = `mutation($id: ID!, $description: String) { updateOrganization(id: $id, input: { description: $description }) { id description } }`;
const AUDIT = `query($t: ID!) { auditLog(targetId: $t) { totalCount edges { node { action } } } }`;

describe('audit trail', () => {
  it('commits a change together with its audit entry', async () => {
    const organization = await createOrganization(server);
    const updated = await server.gql(UPDATE, { id: organization.id, description: 'Nouvelle description' }, admin);
    expect(updated.data.updateOrganization.description).toBe('Nouvelle description');
    const audit = await server.gql(AUDIT, { t: organization.id }, admin);
    expect(audit.data.auditLog.edges.map((e: any) => e.node.action)).toEqual(['updateOrganization']);
  });

  it('loses both the change and its entry when the transaction fails after the entry was written', async () => {
    const organization = await createOrganization(server, { description: 'Avant' });
    failing.armedFor = organization.id;
    const refused = await server.gql(UPDATE, { id: organization.id, description: 'Jamais enregistrée' }, admin);
    expect(refused.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    // The entry was inside the transaction when it failed…
    expect(failing.seenInTransaction).toBe(1);
    // …and neither it nor the change survived.
    const after = await server.gql(`query($slug: String!) { organization(slug: $slug) { description } }`, {
      slug: organization.slug,
    });
    expect(after.data.organization.description).toBe('Avant');
    expect((await server.gql(AUDIT, { t: organization.id }, admin)).data.auditLog.totalCount).toBe(0);
  });

  it('writes no entry for a refused mutation', async () => {
    const organization = await createOrganization(server);
    const partner = await signIn(server, DEMO.partner);
    const refused = await server.gql(UPDATE, { id: organization.id, description: 'Pas le droit' }, partner);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'CANNOT_EDIT_ORGANIZATION' });
    expect((await server.gql(AUDIT, { t: organization.id }, admin)).data.auditLog.totalCount).toBe(0);
  });
});
