import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../graphql/context';
import { Membership } from '../networks/membership.entity';
import { Network } from '../networks/network.entity';
import { connectionFrom, connectionTypes, pageRequest } from '../shared/pagination';
import { Commune } from './commune.entity';
import { asksFor, byName, loadAll, loadRef, uniqueBy } from './load';
import { Organization } from './organization.entity';
import { OrganizationFilter } from './organization.inputs';
import { searchOrganizations } from './organization-search';
import { Person } from './person.entity';
import { Service } from './service.entity';

const { Connection: OrganizationConnection } = connectionTypes(Organization, 'Organization');

/** Joined into every load of an organisation's memberships: `networks` and `memberships { network }` share one query. */
const MEMBERSHIP_RELATIONS = ['network', 'person'];

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => OrganizationConnection, { description: 'The directory: "who does what", filtered and ranked.' })
  async organizations(
    @Ctx() { em }: Context,
    @Arg('filter', () => OrganizationFilter, { nullable: true }) filter: OrganizationFilter | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ) {
    const page = await searchOrganizations(em, filter ?? {}, pageRequest(first, after));
    return connectionFrom(page);
  }

  @Query(() => Organization, { nullable: true })
  organization(@Ctx() { em }: Context, @Arg('slug', () => String) slug: string) {
    return em.findOne(Organization, { slug }, { populate: ['commune'] });
  }

  @FieldResolver(() => Commune, { nullable: true })
  commune(@Root() organization: Organization) {
    return loadRef(organization.commune);
  }

  @FieldResolver(() => [Service])
  async services(@Root() organization: Organization, @Info() info: GraphQLResolveInfo) {
    const populate = asksFor(info, 'communesServed') ? ['communesServed'] : [];
    return byName(await loadAll(organization.services, populate), (s) => s.name);
  }

  @FieldResolver(() => [Person])
  async people(@Root() organization: Organization) {
    return byName(await loadAll(organization.people), (p) => `${p.lastName} ${p.firstName}`);
  }

  @FieldResolver(() => [Membership])
  memberships(@Root() organization: Organization) {
    return loadAll(organization.memberships, MEMBERSHIP_RELATIONS);
  }

  @FieldResolver(() => [Network], { description: 'The networks it takes part in, each once.' })
  async networks(@Root() organization: Organization) {
    const memberships = await loadAll(organization.memberships, MEMBERSHIP_RELATIONS);
    const networks = await Promise.all(memberships.map((m) => loadRef(m.network)));
    return byName(uniqueBy(networks as Network[], (n) => n.id), (n) => n.name);
  }
}
