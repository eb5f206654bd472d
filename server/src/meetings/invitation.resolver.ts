import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Person } from '../directory/person.entity';
import { CurrentActor } from '../graphql/actor-params';
import type { Context } from '../graphql/context';
import type { Actor } from '../shared/actor';
import { loadRef } from '../shared/load';
import { Invitation } from './invitation.entity';
import * as invitations from './invitation.service';
import { Meeting } from './meeting.entity';
import { RsvpResponse } from './meeting.enums';

@Resolver(() => Invitation)
export class InvitationResolver {
  @Authorized()
  @Mutation(() => Invitation, { description: "Answers the signed-in person's invitation." })
  respondToInvitation(
    @Ctx() { em }: Context,
    @CurrentActor() actor: Actor,
    @Arg('meetingId', () => ID) meetingId: string,
    @Arg('response', () => RsvpResponse) response: RsvpResponse,
  ) {
    return invitations.respondToInvitation(em, actor, meetingId, response);
  }

  @Authorized('ADMIN', 'ANIMATOR')
  @Mutation(() => Invitation)
  recordAttendance(
    @Ctx() { em }: Context,
    @CurrentActor() actor: Actor,
    @Arg('invitationId', () => ID) invitationId: string,
    @Arg('attended', () => Boolean) attended: boolean,
  ) {
    return invitations.recordAttendance(em, actor, invitationId, attended);
  }

  @FieldResolver(() => Meeting)
  meeting(@Root() invitation: Invitation) {
    return loadRef(invitation.meeting);
  }

  @FieldResolver(() => Person)
  person(@Root() invitation: Invitation) {
    return loadRef(invitation.person);
  }
}
