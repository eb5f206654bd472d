import {
  Check,
  Collection,
  Entity,
  Enum,
  ManyToMany,
  ManyToOne,
  OneToMany,
  OptionalProps,
  PrimaryKey,
  Property,
  type Ref,
} from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { User } from '../accounts/user.entity';
import { Audience, Theme } from '../directory/directory.enums';
import { Organization } from '../directory/organization.entity';
import { enumArrayCheck } from '../directory/search-columns';
import { Network } from '../networks/network.entity';
import { newId } from '../shared/ids';
import { Node } from '../shared/node';
import { Registration } from './registration.entity';
import { TrainingNetwork } from './training-network.entity';
import { TrainingSession } from './training-session.entity';

/**
 * A training offered to the members of one or several networks. The seat counters are kept on
 * the row and changed only under its row lock (registration.service.ts), so the CHECK below is
 * the last guard against overbooking, and lists read them without counting.
 */
@ObjectType({ implements: Node })
@Entity()
@Check({ name: 'training_capacity_positive', expression: 'capacity > 0' })
@Check({ name: 'training_not_overbooked', expression: 'confirmed_count between 0 and capacity' })
@Check({ name: 'training_waitlist_count_positive', expression: 'waitlist_count >= 0' })
@Check({ name: 'training_audiences_check', expression: enumArrayCheck('audiences', Audience) })
export class Training implements Node {
  [OptionalProps]?:
    'version' | 'isPublic' | 'audiences' | 'confirmedCount' | 'waitlistCount' | 'lastSequence' | 'createdAt' | 'updatedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'text' })
  id: string = newId('Training');

  @Field()
  @Property({ type: 'text' })
  title!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Field(() => Theme, { nullable: true })
  @Enum({ items: () => Theme, nativeEnumName: 'theme', nullable: true })
  theme?: Theme | null;

  @Field(() => [Audience], { description: 'Who it is for (the directory’s audiences).' })
  @Enum({ items: () => Audience, array: true, default: [] })
  audiences: Audience[] = [];

  @Field(() => String, { nullable: true, description: 'Who gives it (a person or a body, in words).' })
  @Property({ type: 'text', nullable: true })
  trainer?: string | null;

  @ManyToOne(() => Organization, { ref: true, nullable: true, deleteRule: 'set null' })
  organizer?: Ref<Organization> | null;

  @ManyToMany({ entity: () => Network, pivotEntity: () => TrainingNetwork, owner: true })
  networks = new Collection<Network>(this);

  @OneToMany(() => TrainingSession, (session) => session.training, { orderBy: { startsAt: 'asc', id: 'asc' } })
  sessions = new Collection<TrainingSession>(this);

  @OneToMany(() => Registration, (registration) => registration.training)
  registrations = new Collection<Registration>(this);

  @Field(() => Int)
  @Property({ type: 'integer' })
  capacity!: number;

  @Field({ description: 'Seen by everyone, anonymous visitors included; otherwise by the members of its networks.' })
  @Property({ type: 'boolean', default: false })
  isPublic: boolean = false;

  @Field(() => Int)
  @Property({ type: 'integer', default: 0 })
  confirmedCount: number = 0;

  @Field(() => Int)
  @Property({ type: 'integer', default: 0 })
  waitlistCount: number = 0;

  /** The arrival number given to the last registration (Registration.sequence). */
  @Property({ type: 'integer', default: 0 })
  lastSequence: number = 0;

  /** Optimistic lock for edits; registrations lock the row instead and leave it alone. */
  @Field(() => Int, { description: 'Send it back with updateTraining: an edit on a stale copy is refused.' })
  @Property({ type: 'integer', default: 1 })
  version: number = 1;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  createdBy?: Ref<User> | null;

  @Field()
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
