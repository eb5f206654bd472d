import { Entity, Enum, Index, ManyToOne, PrimaryKeyProp, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { SlotAnswer } from './date-poll.enums';
import type { PollParticipant } from './poll-participant.entity';
import { PollSlot } from './poll-slot.entity';

/**
 * One participant's answer for one slot. The primary key (participant, slot) is what keeps one
 * answer each when the same person answers twice at once: answers are upserts on it.
 */
@ObjectType({ description: "A participant's answer for one slot." })
@Entity()
export class PollAnswer {
  [PrimaryKeyProp]?: ['participant', 'slot'];

  @ManyToOne('PollParticipant', { primary: true, ref: true, deleteRule: 'cascade' })
  participant!: Ref<PollParticipant>;

  @ManyToOne(() => PollSlot, { primary: true, ref: true, deleteRule: 'cascade' })
  @Index()
  slot!: Ref<PollSlot>;

  @Field(() => SlotAnswer)
  @Enum({ items: () => SlotAnswer, nativeEnumName: 'slot_answer' })
  answer!: SlotAnswer;

  @Field()
  @Property({ type: 'datetime' })
  answeredAt!: Date;
}
