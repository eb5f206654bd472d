import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { CurrentActor } from '../graphql/actor-params';
import type { Context } from '../graphql/context';
import type { Actor } from '../shared/actor';
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
    @Ctx() { em }: Context,
    @CurrentActor() actor: Actor,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateOrganizationInput) input: UpdateOrganizationInput,
  ) {
    return editing.updateOrganization(em, actor, id, input);
  }

  @Authorized()
  @Mutation(() => Service)
  addService(
    @Ctx() { em }: Context,
    @CurrentActor() actor: Actor,
    @Arg('organizationId', () => ID) organizationId: string,
    @Arg('input', () => ServiceInput) input: ServiceInput,
  ) {
    return editing.addService(em, actor, organizationId, input);
  }

  @Authorized()
  @Mutation(() => Service)
  updateService(
    @Ctx() { em }: Context,
    @CurrentActor() actor: Actor,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ServiceInput) input: ServiceInput,
  ) {
    return editing.updateService(em, actor, id, input);
  }

  @Authorized()
  @Mutation(() => Boolean)
  removeService(@Ctx() { em }: Context, @CurrentActor() actor: Actor, @Arg('id', () => ID) id: string) {
    return editing.removeService(em, actor, id);
  }

  @Authorized()
  @Mutation(() => Service, { description: 'Marks a service as checked and still true today.' })
  confirmService(@Ctx() { em }: Context, @CurrentActor() actor: Actor, @Arg('id', () => ID) id: string) {
    return editing.confirmService(em, actor, id);
  }

  @Authorized()
  @Mutation(() => Person)
  createPerson(@Ctx() { em }: Context, @CurrentActor() actor: Actor, @Arg('input', () => PersonInput) input: PersonInput) {
    return editing.createPerson(em, actor, input);
  }

  @Authorized()
  @Query(() => [Service], { description: 'Services not updated for a year (« à mettre à jour »), oldest first.' })
  servicesToUpdate(
    @Ctx() { em }: Context,
    @CurrentActor() actor: Actor,
    @Arg('organizationId', () => ID, { nullable: true }) organizationId: string | null,
  ) {
    return editing.staleServices(em, actor, organizationId);
  }

  @FieldResolver(() => Boolean, { description: 'Not updated for a year.' })
  needsUpdate(@Root() service: Service) {
    return editing.isStale(service);
  }
}
