import { Collection, Entity, Enum, OneToMany, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { newId } from '../../shared/ids';
import { Node } from '../../shared/node';
import type { Meeting } from '../meeting.entity';

export enum SeriesFrequency {
  WEEKLY = 'WEEKLY',
  MONTHLY = 'MONTHLY',
}
registerEnumType(SeriesFrequency, { name: 'SeriesFrequency' });

/**
 * A recurring rule (« tous les six mois ») that created real meetings: each occurrence is a
 * Meeting of its own that can be moved or cancelled; the series remembers the rule.
 */
@ObjectType({ implements: Node })
@Entity()
export class MeetingSeries implements Node {
  [OptionalProps]?: 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'text' })
  id: string = newId('MeetingSeries');

  @Field(() => SeriesFrequency)
  @Enum({ items: () => SeriesFrequency, nativeEnumName: 'series_frequency' })
  frequency!: SeriesFrequency;

  @Field(() => Int, { description: 'Every `interval` weeks or months (6 months for the steering committee).' })
  @Property({ type: 'integer' })
  interval!: number;

  @Field(() => Int, { description: 'How many occurrences were created.' })
  @Property({ type: 'integer' })
  count!: number;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  // Typed loosely: the entity is named by string to keep the import cycle out of load time.
  @OneToMany('Meeting', 'series', { orderBy: { startsAt: 'asc' } as never })
  meetings = new Collection<Meeting>(this);
}
