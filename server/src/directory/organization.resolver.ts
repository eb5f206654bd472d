import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Directive, Field, FieldResolver, Info, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../graphql/context';
import { Membership } from '../networks/membership.entity';
import { Network } from '../networks/network.entity';
import { connectionFrom, connectionTypes, pageRequest } from '../shared/pagination';
import { Commune } from './commune.entity';
import { canAddPeopleTo, canEditOrganization } from './directory.policy';
import { loadMemberships, loadServices } from './directory-reads';
import { asksFor, byName, loadAll, loadRef, uniqueBy } from '../shared/load';
import { Organization } from './organization.entity';
import { OrganizationFilter } from './organization.inputs';
import { searchOrganizations } from './organization-search';
import { organizationPageAsJson } from './organization-page-json';
import { readOneAsJson } from '../graphql/json-reads';
import { Person } from './person.entity';
import { Service } from './service.entity';

const { Connection: OrganizationConnection } = connectionTypes(Organization, 'Organization');

@ObjectType({ description: 'What the viewer may do with a structure: the client offers the actions from this.' })
export class OrganizationPermissions {
  @Field({ description: 'Edit its description, contact details and services.' })
  edit!: boolean;

  @Field({ description: 'Add a contact person to it.' })
  addPeople!: boolean;
}

@Resolver(() => Organization)
export class OrganizationResolver {
  @Directive('@cacheControl(maxAge: 300)')
  @Query(() => OrganizationConnection, { description: 'The directory: "who does what", filtered and ranked.' })
  async organizations(
    @Ctx() context: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => OrganizationFilter, { nullable: true }) filter: OrganizationFilter | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ) {
    const request = pageRequest(first, after);
    const compiled = await organizationPageAsJson(context, info, filter ?? {}, request);
    if (compiled) return connectionFrom(compiled);
    return connectionFrom(await searchOrganizations(context.em, filter ?? {}, request));
  }

  @Query(() => Organization, { nullable: true })
  async organization(@Ctx() context: Context, @Info() info: GraphQLResolveInfo, @Arg('slug', () => String) slug: string) {
    const compiled = await readOneAsJson(
      context,
      info,
      'Organization',
      (sql) => `from organization row where row.slug = ${sql.param(slug)}`,
    );
    if (compiled !== undefined) return compiled;
    return context.em.findOne(Organization, { slug }, { populate: ['commune'] });
  }

  @FieldResolver(() => Commune, { nullable: true })
  commune(@Root() organization: Organization) {
    return loadRef(organization.commune);
  }

  @FieldResolver(() => [Service])
  async services(@Root() organization: Organization, @Ctx() { em }: Context, @Info() info: GraphQLResolveInfo) {
    return byName(await loadServices(em, organization, asksFor(info, 'communesServed')), (s) => s.name);
  }

  @FieldResolver(() => [Person])
  async people(@Root() organization: Organization) {
    return byName(await loadAll(organization.people), (p) => `${p.lastName} ${p.firstName}`);
  }

  @FieldResolver(() => [Membership])
  memberships(@Root() organization: Organization, @Ctx() { em }: Context) {
    return loadMemberships(em, organization);
  }

  @FieldResolver(() => [Network], { description: 'The networks it takes part in, each once.' })
  async networks(@Root() organization: Organization, @Ctx() { em }: Context) {
    const memberships = await loadMemberships(em, organization);
    const networks = await Promise.all(memberships.map((m) => loadRef(m.network)));
    return byName(
      uniqueBy(networks as Network[], (n) => n.id),
      (n) => n.name,
    );
  }

  @Directive('@cacheControl(maxAge: 0, scope: PRIVATE)')
  @FieldResolver(() => OrganizationPermissions, { description: 'What the viewer may do with this structure.' })
  async viewerCan(@Root() organization: Organization, @Ctx() { actor }: Context): Promise<OrganizationPermissions> {
    return { edit: canEditOrganization(actor, organization.id), addPeople: await canAddPeopleTo(actor, organization) };
  }
}
