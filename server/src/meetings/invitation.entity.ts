import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Person } from '../directory/person.entity';
import { newId } from '../shared/ids';
import { Node } from '../shared/node';
import { RsvpResponse } from './meeting.enums';
import type { Meeting } from './meeting.entity';

/** A person invited to a meeting, their answer and, afterwards, whether they came. */
@ObjectType({ implements: Node })
@Entity()
@Unique({ properties: ['meeting', 'person'] })
export class Invitation implements Node {
  [OptionalProps]?: 'response' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'text' })
  id: string = newId('Invitation');

  @ManyToOne('Meeting', { ref: true, deleteRule: 'cascade' })
  meeting!: Ref<Meeting>;

  @ManyToOne(() => Person, { ref: true, deleteRule: 'cascade' })
  @Index()
  person!: Ref<Person>;

  @Field(() => RsvpResponse)
  @Enum({ items: () => RsvpResponse, nativeEnumName: 'rsvp_response' })
  response: RsvpResponse = RsvpResponse.PENDING;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  respondedAt?: Date | null;

  @Field(() => Boolean, { nullable: true, description: 'Recorded after the meeting; null until then.' })
  @Property({ type: 'boolean', nullable: true })
  attended?: boolean | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
