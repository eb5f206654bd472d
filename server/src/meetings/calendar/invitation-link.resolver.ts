import { Arg, Authorized, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { CurrentActor } from '../../graphql/actor-params';
import type { Context } from '../../graphql/context';
import type { Actor } from '../../shared/actor';
import { Invitation } from '../invitation.entity';
import * as links from './invitation-link.service';
import { MeetingStatus, RsvpResponse } from '../meeting.enums';

@ObjectType({ description: 'The meeting as its answer page shows it: no invitees, no minutes.' })
export class LinkMeeting {
  @Field()
  title!: string;

  @Field()
  startsAt!: Date;

  @Field()
  endsAt!: Date;

  @Field(() => String, { nullable: true, description: 'Place and commune, in words.' })
  place!: string | null;

  @Field(() => String, { nullable: true })
  onlineUrl!: string | null;

  @Field(() => MeetingStatus)
  status!: MeetingStatus;
}

@ObjectType({
  description:
    "An invitation reached through the personal link of a mail (no account): the invitee's first name and answer, and the meeting.",
})
export class LinkInvitation {
  @Field(() => ID, { description: "The invitation's id." })
  id!: string;

  @Field()
  firstName!: string;

  @Field(() => RsvpResponse)
  response!: RsvpResponse;

  @Field(() => Date, { nullable: true })
  respondedAt!: Date | null;

  @Field({ description: 'The link still answers: the meeting is neither over nor cancelled.' })
  canRespond!: boolean;

  @Field(() => LinkMeeting)
  meeting!: LinkMeeting;
}

/** The answer page of a mail's link: anyone holding the link, signed in or not. */
@Resolver()
export class InvitationLinkResolver {
  @Query(() => LinkInvitation, {
    nullable: true,
    description: 'The invitation behind a personal answer link (errors: LINK_INVALID, LINK_MEETING_CANCELLED).',
  })
  invitationByLink(@Ctx() { em }: Context, @Arg('token', () => String) token: string) {
    return links.invitationByLink(em, token);
  }

  @Mutation(() => LinkInvitation, { description: 'Answers through a personal link, without signing in.' })
  respondWithLink(
    @Ctx() { em }: Context,
    @Arg('token', () => String) token: string,
    @Arg('response', () => RsvpResponse) response: RsvpResponse,
  ) {
    return links.respondWithLink(em, token, response);
  }

  @Authorized('ADMIN', 'ANIMATOR')
  @Mutation(() => Invitation, {
    description: 'Kills the answer links already mailed for this invitation (later mails bring new ones).',
  })
  revokeInvitationLink(
    @Ctx() { em }: Context,
    @CurrentActor() actor: Actor,
    @Arg('invitationId', () => ID) invitationId: string,
  ) {
    return links.revokeInvitationLinks(em, actor, invitationId);
  }
}
