import { isAdmin } from '../accounts/account.policy';
import { animatesAnyOf, animatesSql, sharesAnyNetwork } from '../networks/network.policy';
import type { SqlBuilder } from '../graphql/sql-json/compile';
import type { Viewer } from '../shared/actor';
import { loadAll, loadRef } from '../shared/load';
import type { NodeReaders } from '../shared/node';
import { Organization as OrganizationEntity, type Organization } from './organization.entity';
import { Person as PersonEntity, type Person } from './person.entity';
import { Service } from './service.entity';
import { Territory } from './territory.entity';

/** The directory's rules, written once. The directory itself (structures, services, names) is public. */

/** Admins edit every organisation; its own people edit theirs. */
export const canEditOrganization = (viewer: Viewer, organizationId: string): boolean =>
  isAdmin(viewer) || (viewer?.kind === 'user' && viewer.organizationId === organizationId);

/** `canEditOrganization` as SQL on organisation row `organization`, for compiled reads. */
export function canEditOrganizationSql(viewer: Viewer, organization: string, sql: SqlBuilder): string {
  if (isAdmin(viewer)) return 'true';
  if (viewer?.kind !== 'user' || !viewer.organizationId) return 'false';
  return `(${organization}.id = ${sql.param(viewer.organizationId)})`;
}

/** `canAddPeopleTo` as SQL on organisation row `organization`, for compiled reads. */
export function canAddPeopleToSql(viewer: Viewer, organization: string, sql: SqlBuilder): string {
  const edit = canEditOrganizationSql(viewer, organization, sql);
  if (edit === 'true') return edit;
  // Placeholders in the order of the text: the rule's own come after edit's.
  const animated = animatesSql(viewer, 'am.network_id', sql);
  if (animated === 'false') return edit;
  return `(${edit} or exists (select 1 from membership am where am.organization_id = ${organization}.id and ${animated}))`;
}

async function networkIdsOf(organization: Organization): Promise<string[]> {
  return (await loadAll(organization.memberships)).map((membership) => membership.network.id);
}

/** Its own people and admins add contacts to a structure; so do animators of a network it is in. */
export async function canAddPeopleTo(viewer: Viewer, organization: Organization): Promise<boolean> {
  if (canEditOrganization(viewer, organization.id)) return true;
  return animatesAnyOf(viewer, await networkIdsOf(organization));
}

/**
 * A person's email and phone are personal data. Anonymous visitors never see them. Admins see
 * all; a signed-in partner or animator sees their own, their colleagues', and those of people
 * whose organisation shares a network with theirs.
 */
export async function canSeeContactDetails(viewer: Viewer, person: Person): Promise<boolean> {
  if (!viewer) return false;
  if (isAdmin(viewer) || (viewer.kind === 'user' && viewer.personId === person.id)) return true;
  const organization = await loadRef(person.organization);
  if (!organization) return false;
  if (viewer.kind === 'user' && organization.id === viewer.organizationId) return true;
  return sharesAnyNetwork(viewer, await networkIdsOf(organization));
}

/**
 * `canSeeContactDetails` for compiled reads: the value of `contact` (a column of person row
 * `person`) where the viewer may see it, else null. The differential test holds the two together.
 */
export function contactDetailsSql(viewer: Viewer, person: string, contact: string, sql: SqlBuilder): string {
  if (!viewer) return 'null';
  if (isAdmin(viewer)) return contact;
  if (viewer.kind !== 'user') return 'null';
  // Placeholders in the order of the text.
  const self = `${person}.id = ${sql.param(viewer.personId)}`;
  const colleague = `${person}.organization_id = ${sql.param(viewer.organizationId)}`;
  const networks = [...viewer.memberNetworkIds];
  const sharesNetwork = networks.length
    ? ` or exists (select 1 from membership cm where cm.organization_id = ${person}.organization_id and cm.network_id in (${sql.list(networks)}))`
    : '';
  return `case when ${self} or ${colleague}${sharesNetwork} then ${contact} end`;
}

/** The directory is public; people's contact details are filtered field by field (above). */
export const directoryNodeReaders = {
  Territory: { entity: Territory, canRead: () => true },
  Organization: { entity: OrganizationEntity, canRead: () => true },
  Service: { entity: Service, canRead: () => true },
  Person: { entity: PersonEntity, canRead: () => true },
} satisfies NodeReaders<'Territory' | 'Organization' | 'Service' | 'Person'>;
