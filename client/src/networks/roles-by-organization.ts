import type { MembershipRole } from '../gql/graphql';
import { MEMBERSHIP_ROLE_LABELS, sortByLabelOrder } from '../ui/labels';

interface Member<Organization> {
  role: MembershipRole;
  organization: Organization;
}

/**
 * One entry per organisation with every role it holds — a structure may send an animator and a member —
 * in French alphabetical order.
 */
export function rolesByOrganization<Organization extends { id: string; name: string }>(
  memberships: Array<Member<Organization>>,
): Array<{ organization: Organization; roles: MembershipRole[] }> {
  const grouped = new Map<string, { organization: Organization; roles: MembershipRole[] }>();
  for (const { organization, role } of memberships) {
    const entry = grouped.get(organization.id) ?? { organization, roles: [] };
    entry.roles.push(role);
    grouped.set(organization.id, entry);
  }
  return [...grouped.values()]
    .map((entry) => ({ ...entry, roles: sortByLabelOrder(MEMBERSHIP_ROLE_LABELS, entry.roles) }))
    .sort((a, b) => a.organization.name.localeCompare(b.organization.name, 'fr'));
}
