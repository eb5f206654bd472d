import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../graphql/context';
import { Organization } from './organization.entity';
import { PersonInput, ServiceInput, UpdateOrganizationInput } from './organization-editing.inputs';
import * as editing from './organization-editing.service';
import { Person } from './person.entity';
import { Service } from './service.entity';

/** Keeping the directory alive: structures edit their own entries; admins edit any. */
@Resolver(() => Service)
export class OrganizationEditingResolver {
  @Authorized()
  @Mutation(() => Organization)
  updateOrganization(
    @Ctx() context: Context,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateOrganizationInput) input: UpdateOrganizationInput,
  ) {
    return editing.updateOrganization(context, id, input);
  }

  @Authorized()
  @Mutation(() => Service)
  addService(
    @Ctx() context: Context,
    @Arg('organizationId', () => ID) organizationId: string,
    @Arg('input', () => ServiceInput) input: ServiceInput,
  ) {
    return editing.addService(context, organizationId, input);
  }

  @Authorized()
  @Mutation(() => Service)
  updateService(@Ctx() context: Context, @Arg('id', () => ID) id: string, @Arg('input', () => ServiceInput) input: ServiceInput) {
    return editing.updateService(context, id, input);
  }

  @Authorized()
  @Mutation(() => Boolean)
  removeService(@Ctx() context: Context, @Arg('id', () => ID) id: string) {
    return editing.removeService(context, id);
  }

  @Authorized()
  @Mutation(() => Service, { description: 'Marks a service as checked and still true today.' })
  confirmService(@Ctx() context: Context, @Arg('id', () => ID) id: string) {
    return editing.confirmService(context, id);
  }

  @Authorized()
  @Mutation(() => Person)
  createPerson(@Ctx() context: Context, @Arg('input', () => PersonInput) input: PersonInput) {
    return editing.createPerson(context, input);
  }

  @Authorized()
  @Query(() => [Service], { description: 'Services not updated for a year (« à mettre à jour »), oldest first.' })
  servicesToUpdate(@Ctx() context: Context, @Arg('organizationId', () => ID, { nullable: true }) organizationId: string | null) {
    return editing.staleServices(context, organizationId);
  }

  @FieldResolver(() => Boolean, { description: 'Not updated for a year.' })
  needsUpdate(@Root() service: Service) {
    return editing.isStale(service);
  }
}
