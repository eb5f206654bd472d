import { UserRole } from '../accounts/account.enums';
import { memberNetworkIds } from '../accounts/scope';
import type { Context } from '../graphql/context';
import { loadAll, loadRef } from './load';
import type { Person } from './person.entity';

/**
 * A person's email and phone are personal data. Anonymous visitors never see them. Admins see
 * all; a signed-in partner or animator sees their own, their colleagues', and those of people
 * whose organisation shares a network with theirs.
 */
export async function canSeeContactDetails(context: Context, person: Person): Promise<boolean> {
  const { viewer } = context;
  if (!viewer) return false;
  if (viewer.role === UserRole.ADMIN || viewer.personId === person.id) return true;
  const organization = await loadRef(person.organization);
  if (!organization) return false;
  if (organization.id === viewer.organizationId) return true;
  const mine = await memberNetworkIds(context);
  const theirs = await loadAll(organization.memberships);
  return theirs.some((membership) => mine.has(membership.network.id));
}
