import { FieldResolver, Resolver, Root } from 'type-graphql';
import { loadRef } from '../shared/load';
import { Organization } from '../directory/organization.entity';
import { Person } from '../directory/person.entity';
import { Membership } from './membership.entity';
import { Network } from './network.entity';

@Resolver(() => Membership)
export class MembershipResolver {
  @FieldResolver(() => Network)
  network(@Root() membership: Membership) {
    return loadRef(membership.network);
  }

  @FieldResolver(() => Organization)
  organization(@Root() membership: Membership) {
    return loadRef(membership.organization);
  }

  @FieldResolver(() => Person, { nullable: true })
  person(@Root() membership: Membership) {
    return loadRef(membership.person);
  }
}
