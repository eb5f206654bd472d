import { Collection, Entity, ManyToOne, OneToMany, OptionalProps, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { User } from '../../accounts/user.entity';
import { newId } from '../../shared/ids';
import { Node } from '../../shared/node';
import type { Meeting } from '../meeting.entity';
import type { PollParticipant } from './poll-participant.entity';
import type { PollSlot } from './poll-slot.entity';

/**
 * « Trouver une date »: candidate slots for a draft meeting, answered by the people it would
 * invite. One poll per meeting; fixing a slot schedules the meeting and closes the poll.
 */
@ObjectType({ implements: Node })
@Entity()
export class DatePoll implements Node {
  [OptionalProps]?: 'createdAt' | 'closedAt' | 'chosenSlot' | 'createdBy';

  @Field(() => ID)
  @PrimaryKey({ type: 'text' })
  id: string = newId('DatePoll');

  @ManyToOne('Meeting', { ref: true, deleteRule: 'cascade' })
  @Unique()
  meeting!: Ref<Meeting>;

  @Field({ description: 'Answers are taken until then.' })
  @Property({ type: 'datetime' })
  closesAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the date was fixed.' })
  @Property({ type: 'datetime', nullable: true })
  closedAt?: Date | null;

  @ManyToOne('PollSlot', { ref: true, nullable: true, deleteRule: 'set null' })
  chosenSlot?: Ref<PollSlot> | null;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  createdBy?: Ref<User> | null;

  @Field()
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @OneToMany('PollSlot', 'poll', { orderBy: { startsAt: 'asc', endsAt: 'asc' } as never })
  slots = new Collection<PollSlot>(this);

  @OneToMany('PollParticipant', 'poll')
  participants = new Collection<PollParticipant>(this);
}
