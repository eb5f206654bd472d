import { randomUUID } from 'node:crypto';
import {
  Collection,
  Entity,
  Index,
  ManyToOne,
  OneToMany,
  OptionalProps,
  PrimaryKey,
  Property,
  type Ref,
  Unique,
} from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { Person } from '../../directory/person.entity';
import type { DatePoll } from './date-poll.entity';
import type { PollAnswer } from './poll-answer.entity';

/**
 * Someone asked to answer a poll: the people the meeting would invite when the poll started.
 * Not a Node: personal data, read only through its poll by those who take part.
 */
@ObjectType({ description: 'Someone asked to answer a date poll, and their answers.' })
@Entity()
@Unique({ properties: ['poll', 'person'] })
export class PollParticipant {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'text' })
  id: string = `ppt_${randomUUID().replace(/-/g, '')}`;

  @ManyToOne('DatePoll', { ref: true, deleteRule: 'cascade' })
  poll!: Ref<DatePoll>;

  @ManyToOne(() => Person, { ref: true, deleteRule: 'cascade' })
  @Index()
  person!: Ref<Person>;

  /** Hash of the personal link sent by mail: answering needs no account. */
  @Property({ type: 'text', hidden: true })
  @Unique()
  linkTokenHash!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @OneToMany('PollAnswer', 'participant')
  answers = new Collection<PollAnswer>(this);
}
