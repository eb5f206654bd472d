import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Person } from '../directory/person.entity';
import { newId } from '../shared/ids';
import { Node } from '../shared/node';
import type { Meeting } from './meeting.entity';

/** A follow-up decided in a meeting: who does what, by when. */
@ObjectType({ implements: Node })
@Entity()
export class ActionItem implements Node {
  [OptionalProps]?: 'done' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'text' })
  id: string = newId('ActionItem');

  @ManyToOne('Meeting', { ref: true, deleteRule: 'cascade' })
  @Index()
  meeting!: Ref<Meeting>;

  @Field()
  @Property({ type: 'text' })
  title!: string;

  @ManyToOne(() => Person, { ref: true, nullable: true, deleteRule: 'set null' })
  @Index()
  owner?: Ref<Person> | null;

  @Field(() => String, { nullable: true, description: 'Due date, yyyy-MM-dd (a day in Europe/Paris).' })
  @Property({ type: 'date', nullable: true })
  dueOn?: string | null;

  @Field()
  @Property({ type: 'boolean', default: false })
  done: boolean = false;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  doneAt?: Date | null;

  @Field()
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
