import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Info,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Organization } from '../directory/organization.entity';
import { CurrentActor } from '../graphql/actor-params';
import type { Context } from '../graphql/context';
import { Network } from '../networks/network.entity';
import type { Actor } from '../shared/actor';
import { byName, loadAll, loadRef } from '../shared/load';
import { Registration } from './registration.entity';
import { Training } from './training.entity';
import { TrainingInput, TrainingSessionInput, UpdateTrainingInput } from './training.inputs';
import {
  canManageTraining,
  canReadTraining,
  canRegisterOthers,
  canRegisterSelf,
  canSeeRegistrations,
  registrationOpen,
} from './training.policy';
import { listTrainings, ownRegistration, trainingsAsJson } from './training-queries';
import { TrainingSession } from './training-session.entity';
import { participantsCsvUrl } from './training-urls';
import * as trainings from './training.service';

@ObjectType({ description: 'What the viewer may do with a training: the client offers the actions from this.' })
export class TrainingPermissions {
  @Field({ description: 'Edit it and its sessions; record attendance.' })
  edit!: boolean;

  @Field({ description: 'Register themselves (a seat, or the waitlist when it is full).' })
  register!: boolean;

  @Field({ description: 'Register someone else (its managers).' })
  registerOthers!: boolean;

  @Field({ description: 'See who registered (personal data) and download the participants as CSV.' })
  seeRegistrations!: boolean;
}

@Resolver(() => Training)
export class TrainingResolver {
  @Query(() => [Training], { description: 'The trainings the viewer may see, by their first session.' })
  async trainings(
    @Ctx() context: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('networkSlug', () => String, { nullable: true }) networkSlug: string | null,
    @Arg('upcoming', () => Boolean, { nullable: true }) upcoming: boolean | null,
  ) {
    const compiled = await trainingsAsJson(context, info, { networkSlug, upcoming });
    return compiled ?? listTrainings(context.em, context.actor, { networkSlug, upcoming });
  }

  @Query(() => Training, { nullable: true })
  async training(@Ctx() { em, actor }: Context, @Arg('id', () => ID) id: string) {
    const training = await em.findOne(Training, id);
    return training && (await canReadTraining(actor, training)) ? training : null;
  }

  @Authorized('ADMIN', 'ANIMATOR')
  @Mutation(() => Training)
  createTraining(@Ctx() { em }: Context, @CurrentActor() actor: Actor, @Arg('input', () => TrainingInput) input: TrainingInput) {
    return trainings.createTraining(em, actor, input);
  }

  @Authorized('ADMIN', 'ANIMATOR')
  @Mutation(() => Training)
  updateTraining(
    @Ctx() { em }: Context,
    @CurrentActor() actor: Actor,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => UpdateTrainingInput) input: UpdateTrainingInput,
  ) {
    return trainings.updateTraining(em, actor, id, version, input);
  }

  @Authorized('ADMIN', 'ANIMATOR')
  @Mutation(() => TrainingSession)
  addTrainingSession(
    @Ctx() { em }: Context,
    @CurrentActor() actor: Actor,
    @Arg('trainingId', () => ID) trainingId: string,
    @Arg('input', () => TrainingSessionInput) input: TrainingSessionInput,
  ) {
    return trainings.addTrainingSession(em, actor, trainingId, input);
  }

  @Authorized('ADMIN', 'ANIMATOR')
  @Mutation(() => TrainingSession)
  updateTrainingSession(
    @Ctx() { em }: Context,
    @CurrentActor() actor: Actor,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => TrainingSessionInput) input: TrainingSessionInput,
  ) {
    return trainings.updateTrainingSession(em, actor, id, input);
  }

  @Authorized('ADMIN', 'ANIMATOR')
  @Mutation(() => Training, { description: 'Removes a session (a training keeps at least one).' })
  removeTrainingSession(@Ctx() { em }: Context, @CurrentActor() actor: Actor, @Arg('id', () => ID) id: string) {
    return trainings.removeTrainingSession(em, actor, id);
  }

  @FieldResolver(() => [Network])
  async networks(@Root() training: Training) {
    return byName(await loadAll(training.networks), (n) => n.name);
  }

  @FieldResolver(() => Organization, { nullable: true })
  organizer(@Root() training: Training) {
    return loadRef(training.organizer);
  }

  @FieldResolver(() => [TrainingSession], { description: 'In time order.' })
  sessions(@Root() training: Training) {
    return loadAll(training.sessions);
  }

  @FieldResolver(() => Int)
  seatsLeft(@Root() training: Training) {
    return Math.max(0, training.capacity - training.confirmedCount);
  }

  @FieldResolver(() => Boolean, { description: 'A session is still to end: registrations are open.' })
  isUpcoming(@Root() training: Training) {
    return registrationOpen(training);
  }

  @FieldResolver(() => [Registration], {
    description: 'Personal data: every registration in arrival order (cancelled ones included) for its managers, else empty.',
  })
  async registrations(@Root() training: Training, @Ctx() { actor }: Context) {
    if (!(await canSeeRegistrations(actor, training))) return [];
    const all = await loadAll(training.registrations, ['person']);
    return [...all].sort((a, b) => a.sequence - b.sequence);
  }

  @FieldResolver(() => Registration, {
    nullable: true,
    description: "The viewer's own registration: the active one, else the latest cancelled one.",
  })
  myRegistration(@Root() training: Training, @Ctx() { em, actor }: Context) {
    if (actor?.kind !== 'user' || !actor.personId) return null;
    return ownRegistration(em, actor.personId, training.id);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The participants as CSV, for its managers (session cookie).' })
  async participantsCsvUrl(@Root() training: Training, @Ctx() { actor, settings }: Context) {
    return (await canSeeRegistrations(actor, training)) ? participantsCsvUrl(settings.publicUrl, training.id) : null;
  }

  @FieldResolver(() => TrainingPermissions)
  async viewerCan(@Root() training: Training, @Ctx() { actor }: Context): Promise<TrainingPermissions> {
    const manage = await canManageTraining(actor, training);
    return {
      edit: manage,
      register: await canRegisterSelf(actor, training),
      registerOthers: manage && (await registrationOpen(training)) && (await canRegisterOthers(actor, training)),
      seeRegistrations: await canSeeRegistrations(actor, training),
    };
  }
}
