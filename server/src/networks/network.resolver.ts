import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Field, FieldResolver, Info, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { readOneAsJson } from '../graphql/json-reads';
import { Theme } from '../directory/directory.enums';
import { byName, loadAll, loadRef, uniqueBy } from '../shared/load';
import { Organization } from '../directory/organization.entity';
import { Territory } from '../directory/territory.entity';
import type { Context } from '../graphql/context';
import { Membership } from './membership.entity';
import { Network } from './network.entity';
import { ANIMATING_ROLES, NetworkKind } from './network.enums';
import { canManageMembers } from './network.policy';
import { canLinkFrom } from './links/network-link.policy';

/** Joined into every load of a network's memberships: `animators`, `memberships` and `organizations` share one query. */
const MEMBERSHIP_RELATIONS = ['organization.commune', 'person'];

@ObjectType({ description: 'What the viewer may do with a network: the client offers the actions from this.' })
export class NetworkPermissions {
  @Field({ description: 'Add, change and remove its members.' })
  manageMembers!: boolean;

  @Field({ description: 'Draw links from it to other networks (linkNetworks).' })
  linkNetworks!: boolean;
}

@Resolver(() => Network)
export class NetworkResolver {
  @Query(() => [Network])
  networks(
    @Ctx() { em }: Context,
    @Arg('theme', () => Theme, { nullable: true }) theme: Theme | null,
    @Arg('kind', () => NetworkKind, { nullable: true }) kind: NetworkKind | null,
  ) {
    return em.find(Network, { ...(theme ? { theme } : {}), ...(kind ? { kind } : {}) }, { orderBy: { name: 'asc' } });
  }

  @Query(() => Network, { nullable: true })
  async network(@Ctx() context: Context, @Info() info: GraphQLResolveInfo, @Arg('slug', () => String) slug: string) {
    const compiled = await readOneAsJson(
      context,
      info,
      'Network',
      (sql) => `from network row where row.slug = ${sql.param(slug)}`,
    );
    if (compiled !== undefined) return compiled;
    return context.em.findOne(Network, { slug });
  }

  @FieldResolver(() => Territory)
  territory(@Root() network: Network) {
    return loadRef(network.territory);
  }

  @FieldResolver(() => [Membership], { description: 'Memberships of those who animate it (animators first).' })
  async animators(@Root() network: Network) {
    const memberships = await loadAll(network.memberships, MEMBERSHIP_RELATIONS);
    return memberships
      .filter((m) => ANIMATING_ROLES.includes(m.role))
      .sort((a, b) => ANIMATING_ROLES.indexOf(a.role) - ANIMATING_ROLES.indexOf(b.role));
  }

  @FieldResolver(() => [Membership])
  memberships(@Root() network: Network) {
    return loadAll(network.memberships, MEMBERSHIP_RELATIONS);
  }

  @FieldResolver(() => [Organization], { description: 'Member organisations, each once.' })
  async organizations(@Root() network: Network) {
    const memberships = await loadAll(network.memberships, MEMBERSHIP_RELATIONS);
    const organizations = await Promise.all(memberships.map((m) => loadRef(m.organization)));
    return byName(
      uniqueBy(organizations as Organization[], (o) => o.id),
      (o) => o.name,
    );
  }

  @FieldResolver(() => NetworkPermissions, { description: 'What the viewer may do with this network.' })
  viewerCan(@Root() network: Network, @Ctx() { actor }: Context): NetworkPermissions {
    return { manageMembers: canManageMembers(actor, network.id), linkNetworks: canLinkFrom(actor, network.id) };
  }
}
