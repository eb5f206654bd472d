import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Organization } from '../../directory/organization.entity';
import { CurrentActor } from '../../graphql/actor-params';
import type { Context } from '../../graphql/context';
import { Meeting } from '../../meetings/meeting.entity';
import type { Actor } from '../../shared/actor';
import { loadRef } from '../../shared/load';
import { Training } from '../../trainings/training.entity';
import { trainingsSharedBy } from '../../trainings/training-queries';
import { Network } from '../network.entity';
import { jointMeetings, linksOfNetwork, sharedOrganizations } from './network-link-reads';
import { NetworkLink } from './network-link.entity';
import { NetworkLinkKind } from './network-link.enums';
import { canManageLink } from './network-link.policy';
import * as links from './network-link.service';

@ObjectType({ description: 'What the viewer may do with a link between networks.' })
export class NetworkLinkPermissions {
  @Field({ description: 'Change its description and passage, or remove it.' })
  manage!: boolean;
}

@Resolver(() => NetworkLink)
export class NetworkLinkResolver {
  @Query(() => [NetworkLink], { description: 'Every link between networks, oldest first.' })
  networkLinks(@Ctx() { em }: Context) {
    return em.find(NetworkLink, {}, { populate: ['from', 'to'], orderBy: { createdAt: 'asc', id: 'asc' } });
  }

  @Authorized('ADMIN', 'ANIMATOR')
  @Mutation(() => NetworkLink, { description: 'Links two networks: for admins and the animators of either network.' })
  linkNetworks(
    @Ctx() { em }: Context,
    @CurrentActor() actor: Actor,
    @Arg('fromSlug', () => String) fromSlug: string,
    @Arg('toSlug', () => String) toSlug: string,
    @Arg('kind', () => NetworkLinkKind) kind: NetworkLinkKind,
    @Arg('description', () => String, { nullable: true }) description: string | null,
    @Arg('source', () => String, { nullable: true, description: 'The passage of the CTG the link comes from.' })
    source: string | null,
  ) {
    return links.linkNetworks(em, actor, { fromSlug, toSlug, kind, description, source });
  }

  @Authorized('ADMIN', 'ANIMATOR')
  @Mutation(() => NetworkLink, { description: 'Changes what a link says; an omitted argument is left as it is.' })
  updateNetworkLink(
    @Ctx() { em }: Context,
    @CurrentActor() actor: Actor,
    @Arg('id', () => ID) id: string,
    @Arg('description', () => String, { nullable: true }) description: string | null | undefined,
    @Arg('source', () => String, { nullable: true }) source: string | null | undefined,
  ) {
    return links.updateNetworkLink(em, actor, id, { description, source });
  }

  @Authorized('ADMIN', 'ANIMATOR')
  @Mutation(() => Boolean, { description: 'Removes a link between networks.' })
  unlinkNetworks(@Ctx() { em }: Context, @CurrentActor() actor: Actor, @Arg('id', () => ID) id: string) {
    return links.unlinkNetworks(em, actor, id);
  }

  @FieldResolver(() => Network)
  from(@Root() link: NetworkLink) {
    return loadRef(link.from);
  }

  @FieldResolver(() => Network)
  to(@Root() link: NetworkLink) {
    return loadRef(link.to);
  }

  @FieldResolver(() => [Organization], { description: 'Organisations that are members of both networks.' })
  sharedOrganizations(@Root() link: NetworkLink, @Ctx() { em }: Context) {
    return sharedOrganizations(em, link);
  }

  @FieldResolver(() => [Meeting], { description: 'Meetings owned by both networks that the viewer may read, latest first.' })
  jointMeetings(@Root() link: NetworkLink, @Ctx() { em, actor }: Context) {
    return jointMeetings(em, actor, link);
  }

  @FieldResolver(() => [Training], { description: 'Trainings offered to both networks that the viewer may see.' })
  sharedTrainings(@Root() link: NetworkLink, @Ctx() { em, actor }: Context) {
    return trainingsSharedBy(em, link.from.id, link.to.id, actor);
  }

  @FieldResolver(() => NetworkLinkPermissions)
  viewerCan(@Root() link: NetworkLink, @Ctx() { actor }: Context): NetworkLinkPermissions {
    return { manage: canManageLink(actor, link) };
  }
}

@Resolver(() => Network)
export class NetworkLinksFieldResolver {
  @FieldResolver(() => [NetworkLink], { description: 'Its links to other networks, either way round, oldest first.' })
  links(@Root() network: Network, @Ctx() { em }: Context) {
    return linksOfNetwork(em, network.id);
  }
}
