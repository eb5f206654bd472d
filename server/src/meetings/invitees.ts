import type { EntityManager } from '@mikro-orm/postgresql';
import { Person } from '../directory/person.entity';
import { Membership } from '../networks/membership.entity';

/**
 * The people the networks' membership names today: personal members, and the people of
 * organisations that are members as a whole — unless that organisation also named personal
 * members of that network, who then represent it.
 */
export async function currentMembersOf(em: EntityManager, networkIds: string[]): Promise<Person[]> {
  const memberships = await em.find(
    Membership,
    { network: { $in: networkIds } },
    { fields: ['network', 'organization', 'person'] },
  );
  const represented = new Set(memberships.filter((m) => m.person).map((m) => `${m.network.id}/${m.organization.id}`));
  const personIds = new Set(memberships.flatMap((m) => (m.person ? [m.person.id] : [])));
  const wholeOrganizations = [
    ...new Set(
      memberships
        .filter((m) => !m.person && !represented.has(`${m.network.id}/${m.organization.id}`))
        .map((m) => m.organization.id),
    ),
  ];
  const people = await em.find(
    Person,
    { $or: [{ id: { $in: [...personIds] } }, { organization: { $in: wholeOrganizations } }] },
    { orderBy: { lastName: 'asc', firstName: 'asc' } },
  );
  return people;
}
