import { Check, Entity, ManyToOne, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { newId } from '../../shared/ids';
import { Node } from '../../shared/node';
import type { DatePoll } from './date-poll.entity';

/** One candidate date of a poll. */
@ObjectType({ implements: Node })
@Entity()
@Unique({ properties: ['poll', 'startsAt', 'endsAt'] })
@Check({ name: 'poll_slot_ends_after_start', expression: 'ends_at > starts_at' })
export class PollSlot implements Node {
  @Field(() => ID)
  @PrimaryKey({ type: 'text' })
  id: string = newId('PollSlot');

  @ManyToOne('DatePoll', { ref: true, deleteRule: 'cascade' })
  poll!: Ref<DatePoll>;

  @Field()
  @Property({ type: 'datetime' })
  startsAt!: Date;

  @Field()
  @Property({ type: 'datetime' })
  endsAt!: Date;
}
