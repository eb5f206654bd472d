import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../graphql/context';
import { Membership } from '../networks/membership.entity';
import { loadAll, loadRef } from '../shared/load';
import { Organization } from './organization.entity';
import { Person } from './person.entity';
import { canSeeContactDetails } from './directory.policy';

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => Organization, { nullable: true })
  organization(@Root() person: Person) {
    return loadRef(person.organization);
  }

  // Viewer-dependent personal data: never in a shared cache.
  @Directive('@cacheControl(maxAge: 0, scope: PRIVATE)')
  @FieldResolver(() => String, { nullable: true, description: 'Personal data: null unless the caller may see it.' })
  async email(@Root() person: Person, @Ctx() context: Context) {
    return (await canSeeContactDetails(context.actor, person)) ? (person.email ?? null) : null;
  }

  // Viewer-dependent personal data: never in a shared cache.
  @Directive('@cacheControl(maxAge: 0, scope: PRIVATE)')
  @FieldResolver(() => String, { nullable: true, description: 'Personal data: null unless the caller may see it.' })
  async phone(@Root() person: Person, @Ctx() context: Context) {
    return (await canSeeContactDetails(context.actor, person)) ? (person.phone ?? null) : null;
  }

  @FieldResolver(() => [Membership])
  memberships(@Root() person: Person) {
    return loadAll(person.memberships);
  }
}
