import { UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { assertAnimates } from '../accounts/scope';
import { Organization } from '../directory/organization.entity';
import { Person } from '../directory/person.entity';
import type { Context } from '../graphql/context';
import { badInput, DomainError, notFound } from '../shared/errors';
import { Membership } from './membership.entity';
import { Network } from './network.entity';
import type { MembershipRole } from './network.enums';

const alreadyMember = (withPerson: boolean) =>
  withPerson
    ? new DomainError('CONFLICT', 'Cette personne est déjà membre du réseau pour cette structure.', 'personId')
    : new DomainError('CONFLICT', 'Cette structure est déjà membre du réseau.', 'organizationId');

export async function addMembership(
  context: Context,
  input: { networkSlug: string; organizationId: string; personId?: string | null; role: MembershipRole },
) {
  const network = await context.em.findOne(Network, { slug: input.networkSlug });
  if (!network) throw notFound('Réseau introuvable.');
  await assertAnimates(context, network.id);
  try {
    return await context.em.transactional(async (em) => {
      const organization = await em.findOne(Organization, input.organizationId);
      if (!organization) throw badInput('organizationId', 'Structure introuvable.');
      const person = input.personId ? await em.findOne(Person, input.personId) : null;
      if (input.personId && person?.organization?.id !== organization.id) {
        throw badInput('personId', "Cette personne n'appartient pas à la structure choisie.");
      }
      return em.create(Membership, { network, organization, person, role: input.role });
    });
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw alreadyMember(Boolean(input.personId));
    throw error;
  }
}

async function managedMembership(context: Context, id: string) {
  const membership = await context.em.findOne(Membership, id);
  if (!membership) throw notFound('Adhésion introuvable.');
  await assertAnimates(context, membership.network.id);
  return membership;
}

export async function changeMembershipRole(context: Context, id: string, role: MembershipRole) {
  const membership = await managedMembership(context, id);
  membership.role = role;
  await context.em.flush();
  return membership;
}

export async function removeMembership(context: Context, id: string): Promise<boolean> {
  const membership = await managedMembership(context, id);
  await context.em.remove(membership).flush();
  return true;
}
