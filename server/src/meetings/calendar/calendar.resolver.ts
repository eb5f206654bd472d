import { Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { User } from '../../accounts/user.entity';
import { CurrentActor } from '../../graphql/actor-params';
import type { Context } from '../../graphql/context';
import { Network } from '../../networks/network.entity';
import type { Actor } from '../../shared/actor';
import { networkFeedUrl, personalFeedUrl } from './calendar-urls';
import * as feeds from './calendar-feed.service';

@Resolver(() => Network)
export class NetworkCalendarResolver {
  @FieldResolver(() => String, {
    description:
      "iCalendar feed of the network's public meetings, for anyone; members find all their meetings in User.calendarUrl.",
  })
  calendarUrl(@Root() network: Network, @Ctx() { settings }: Context) {
    return networkFeedUrl(settings.publicUrl, network.slug);
  }
}

@Resolver(() => User)
export class UserCalendarResolver {
  @FieldResolver(() => String, {
    description: 'Secret iCalendar feed of the meetings this user is invited to. Its owner only (FORBIDDEN for anyone else).',
  })
  async calendarUrl(@Root() user: User, @Ctx() { em, actor, settings }: Context) {
    return personalFeedUrl(settings.publicUrl, await feeds.calendarFeedToken(em, actor, user.id));
  }

  @Authorized()
  @Mutation(() => String, { description: "Replaces the signed-in user's calendar feed URL: the previous one stops working." })
  async regenerateCalendarUrl(@Ctx() { em, settings }: Context, @CurrentActor() actor: Actor) {
    return personalFeedUrl(settings.publicUrl, await feeds.regenerateCalendarFeed(em, actor));
  }
}
