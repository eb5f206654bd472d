import { Arg, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../graphql/context';
import { giveSeatBack, seatByLink, type SeatLinkView } from './seat-link.service';
import { RegistrationStatus } from './training.enums';

@ObjectType({ description: 'A session of the training, as the give-back page shows it.' })
export class SeatLinkSession {
  @Field()
  startsAt!: Date;

  @Field()
  endsAt!: Date;

  @Field(() => String, { nullable: true })
  place!: string | null;
}

@ObjectType({
  description: 'A registration seen through its give-back link: the training, the first name, the status — nothing more.',
})
export class SeatLinkRegistration {
  @Field(() => ID, { description: "The registration's id." })
  id!: string;

  @Field()
  firstName!: string;

  @Field(() => RegistrationStatus)
  status!: RegistrationStatus;

  @Field()
  trainingId!: string;

  @Field()
  trainingTitle!: string;

  @Field(() => [SeatLinkSession])
  sessions!: SeatLinkSession[];
}

@Resolver(() => SeatLinkRegistration)
export class SeatLinkResolver {
  @Query(() => SeatLinkRegistration, { description: 'The registration a mail’s give-back link names (no account needed).' })
  seatByLink(@Ctx() { em }: Context, @Arg('token') token: string): Promise<SeatLinkView> {
    return seatByLink(em, token);
  }

  @Mutation(() => SeatLinkRegistration, {
    description: 'Gives the seat back from the mail’s link (no account needed); the first of the waitlist gets it at once.',
  })
  giveSeatBack(@Ctx() { em }: Context, @Arg('token') token: string): Promise<SeatLinkView> {
    return giveSeatBack(em, token);
  }
}
