import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/postgresql';
import { Organization } from '../directory/organization.entity';
import { Person } from '../directory/person.entity';
import type { Actor } from '../shared/actor';
import { Membership } from './membership.entity';
import { Network } from './network.entity';
import type { MembershipRole } from './network.enums';
import { networkError } from './network.errors';
import { canManageMembers } from './network.policy';

function assertManages(actor: Actor, networkId: string) {
  if (!canManageMembers(actor, networkId)) throw networkError('NOT_AN_ANIMATOR');
}

export interface AddMembershipRequest {
  networkSlug: string;
  organizationId: string;
  personId?: string | null;
  role: MembershipRole;
}

export async function addMembership(em: EntityManager, actor: Actor, request: AddMembershipRequest) {
  try {
    return await em.transactional(async (tx) => {
      const network = await tx.findOne(Network, { slug: request.networkSlug });
      if (!network) throw networkError('NETWORK_NOT_FOUND');
      assertManages(actor, network.id);
      const organization = await tx.findOne(Organization, request.organizationId);
      if (!organization) throw networkError('ORGANIZATION_UNKNOWN');
      const person = request.personId ? await tx.findOne(Person, request.personId) : null;
      if (request.personId && person?.organization?.id !== organization.id) throw networkError('PERSON_NOT_OF_ORGANIZATION');
      return tx.create(Membership, { network, organization, person, role: request.role });
    });
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) {
      throw networkError(request.personId ? 'ALREADY_PERSONAL_MEMBER' : 'ALREADY_MEMBER');
    }
    throw error;
  }
}

async function managedMembership(em: EntityManager, actor: Actor, id: string) {
  const membership = await em.findOne(Membership, id);
  if (!membership) throw networkError('MEMBERSHIP_NOT_FOUND');
  assertManages(actor, membership.network.id);
  return membership;
}

export async function changeMembershipRole(em: EntityManager, actor: Actor, id: string, role: MembershipRole) {
  return em.transactional(async (tx) => {
    const membership = await managedMembership(tx, actor, id);
    membership.role = role;
    return membership;
  });
}

export async function removeMembership(em: EntityManager, actor: Actor, id: string): Promise<boolean> {
  return em.transactional(async (tx) => {
    tx.remove(await managedMembership(tx, actor, id));
    return true;
  });
}
