import { registerEnumType } from 'type-graphql';

export enum NetworkKind {
  NETWORK = 'NETWORK',
  COMMISSION = 'COMMISSION',
  STEERING_COMMITTEE = 'STEERING_COMMITTEE',
}

export enum MembershipRole {
  ANIMATOR = 'ANIMATOR',
  CO_ANIMATOR = 'CO_ANIMATOR',
  MEMBER = 'MEMBER',
  ELECTED_OFFICIAL = 'ELECTED_OFFICIAL',
  GUEST = 'GUEST',
}

/** Roles that run a network: they schedule its meetings and manage its members. */
export const ANIMATING_ROLES = [MembershipRole.ANIMATOR, MembershipRole.CO_ANIMATOR];

registerEnumType(NetworkKind, { name: 'NetworkKind' });
registerEnumType(MembershipRole, { name: 'MembershipRole' });
