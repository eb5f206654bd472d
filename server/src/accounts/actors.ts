import type { EntityManager } from '@mikro-orm/postgresql';
import { Membership } from '../networks/membership.entity';
import { ANIMATING_ROLES } from '../networks/network.enums';
import type { UserActor } from '../shared/actor';
import { User } from './user.entity';

/**
 * The actor of a user, with the networks their policies need: one query for every membership of
 * the person or of their organisation, so no rule has to look them up again.
 */
export async function actorOf(em: EntityManager, user: User): Promise<UserActor> {
  const person = user.person ? await user.person.load() : null;
  const personId = person?.id ?? null;
  const organizationId = person?.organization?.id ?? null;
  const or = [...(personId ? [{ person: personId }] : []), ...(organizationId ? [{ organization: organizationId }] : [])];
  const memberships = or.length ? await em.find(Membership, { $or: or }, { fields: ['network', 'person', 'role'] }) : [];
  const animated = memberships.filter((m) => personId && m.person?.id === personId && ANIMATING_ROLES.includes(m.role));
  return {
    kind: 'user',
    userId: user.id,
    role: user.role,
    displayName: user.displayName,
    personId,
    organizationId,
    animatedNetworkIds: new Set(animated.map((m) => m.network.id)),
    memberNetworkIds: new Set(memberships.map((m) => m.network.id)),
  };
}

/** For a job acting on someone's behalf (a reminder, a promotion): the same actor as their requests. */
export async function actorForUser(em: EntityManager, userId: string): Promise<UserActor | null> {
  const user = await em.findOne(User, { id: userId, disabledAt: null }, { populate: ['person'] });
  return user ? actorOf(em, user) : null;
}
