import { Arg, Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../graphql/context';
import { Network } from '../networks/network.entity';
import { Training } from './training.entity';
import { canManageForNetworks } from './training.policy';
import { trainingSessionsOfNetwork, trainingsOfNetwork } from './training-queries';
import { TrainingSession } from './training-session.entity';

@ObjectType({ description: "What the viewer may do with a network's trainings." })
export class NetworkTrainingPermissions {
  @Field({ description: 'Offer a training to this network (alone or with others).' })
  create!: boolean;
}

@Resolver(() => Network)
export class NetworkTrainingsResolver {
  @FieldResolver(() => [Training], { description: 'Its trainings the viewer may see (shared ones included), by first session.' })
  trainings(@Root() network: Network, @Ctx() { em, actor }: Context) {
    return trainingsOfNetwork(em, actor, network.id);
  }

  @FieldResolver(() => [TrainingSession], {
    description: 'The sessions of its trainings the viewer may see in a period, in time order: the trainings of its calendar.',
  })
  trainingSessions(
    @Root() network: Network,
    @Ctx() { em, actor }: Context,
    @Arg('from', () => Date, { nullable: true }) from: Date | null,
    @Arg('to', () => Date, { nullable: true }) to: Date | null,
  ) {
    return trainingSessionsOfNetwork(em, actor, network.id, { from, to });
  }

  @FieldResolver(() => NetworkTrainingPermissions)
  trainingPermissions(@Root() network: Network, @Ctx() { actor }: Context): NetworkTrainingPermissions {
    return { create: canManageForNetworks(actor, [network.id]) };
  }
}
