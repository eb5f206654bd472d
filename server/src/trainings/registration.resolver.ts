import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  Float,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Person } from '../directory/person.entity';
import { CurrentActor } from '../graphql/actor-params';
import type { Context } from '../graphql/context';
import type { Actor } from '../shared/actor';
import { loadRef } from '../shared/load';
import { recordTrainingAttendance, trainingCertificate } from './attendance.service';
import { Registration } from './registration.entity';
import * as registrations from './registration.service';
import { Training } from './training.entity';
import { canCancelRegistration } from './training.policy';
import { registrationsOfPerson, waitlistPosition } from './training-queries';
import { TrainingSession } from './training-session.entity';

@ObjectType({ description: 'What the viewer may do with a registration.' })
export class RegistrationPermissions {
  @Field({ description: 'Cancel it (the person, or the training’s managers); a seat given back goes to the waitlist.' })
  cancel!: boolean;
}

@ObjectType({ description: 'The data of an attendance certificate (the client prints it).' })
export class TrainingCertificate {
  @Field(() => Registration)
  registration!: Registration;

  @Field(() => Person)
  person!: Person;

  @Field(() => Training)
  training!: Training;

  @Field(() => [TrainingSession], { description: 'The sessions the person was at, in time order.' })
  sessions!: TrainingSession[];

  @Field(() => Float, { description: 'Hours of the sessions attended.' })
  hours!: number;

  @Field({ description: 'The Paris day it is issued on (YYYY-MM-DD).' })
  issuedOn!: string;
}

@Resolver(() => Registration)
export class RegistrationResolver {
  @Authorized()
  @Mutation(() => Registration, {
    description:
      'Registers the caller, or, for an animator of one of the training’s networks or an admin, the person given. A seat while seats remain, else the waitlist (arrival order). Registering someone already registered (confirmed or waitlisted) returns that registration unchanged.',
  })
  registerForTraining(
    @Ctx() { em }: Context,
    @CurrentActor() actor: Actor,
    @Arg('trainingId', () => ID) trainingId: string,
    @Arg('personId', () => ID, { nullable: true }) personId: string | null,
  ) {
    return registrations.registerForTraining(em, actor, trainingId, personId);
  }

  @Authorized()
  @Mutation(() => Registration, { description: 'A confirmed seat given back goes at once to the first of the waitlist.' })
  cancelRegistration(@Ctx() { em }: Context, @CurrentActor() actor: Actor, @Arg('id', () => ID) id: string) {
    return registrations.cancelRegistration(em, actor, id);
  }

  @Authorized('ADMIN', 'ANIMATOR')
  @Mutation(() => TrainingSession, {
    description: 'Who was at a session: the confirmed registrations given are present, the others absent.',
  })
  recordTrainingAttendance(
    @Ctx() { em }: Context,
    @CurrentActor() actor: Actor,
    @Arg('sessionId', () => ID) sessionId: string,
    @Arg('registrationIds', () => [ID]) registrationIds: string[],
  ) {
    return recordTrainingAttendance(em, actor, sessionId, registrationIds);
  }

  @Query(() => TrainingCertificate, {
    nullable: true,
    description: 'An attendance certificate: for the person and the training’s managers, else null.',
  })
  trainingCertificate(@Ctx() { em, actor }: Context, @Arg('registrationId', () => ID) registrationId: string) {
    return trainingCertificate(em, actor, registrationId);
  }

  @Authorized()
  @Query(() => [Registration], { description: 'The signed-in person’s registrations, newest first (« Mes formations »).' })
  myTrainingRegistrations(@Ctx() { em }: Context, @CurrentActor() actor: Actor) {
    return actor.kind === 'user' && actor.personId ? registrationsOfPerson(em, actor.personId) : [];
  }

  @FieldResolver(() => Training)
  training(@Root() registration: Registration) {
    return loadRef(registration.training);
  }

  @FieldResolver(() => Person)
  person(@Root() registration: Registration) {
    return loadRef(registration.person);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'Place in the waitlist (1 = next to get a seat); null unless waitlisted.',
  })
  waitlistPosition(@Root() registration: Registration, @Ctx() { em }: Context) {
    return waitlistPosition(em, registration);
  }

  @FieldResolver(() => RegistrationPermissions)
  async viewerCan(@Root() registration: Registration, @Ctx() { actor }: Context): Promise<RegistrationPermissions> {
    const training = await loadRef(registration.training);
    return { cancel: training !== null && (await canCancelRegistration(actor, registration, training)) };
  }
}
