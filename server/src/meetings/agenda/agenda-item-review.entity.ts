import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Person } from '../../directory/person.entity';
import type { AgendaItem } from './agenda-item.entity';
import { AgendaItemStatus } from './agenda.enums';

/** One review of an item (accepted, deferred, rejected): the item's history, kept as it happened. */
@ObjectType({ description: "One review of an agenda item: the item's history." })
@Entity()
export class AgendaItemReview {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne('AgendaItem', { ref: true, deleteRule: 'cascade' })
  @Index()
  item!: Ref<AgendaItem>;

  @Field(() => AgendaItemStatus)
  @Enum({ items: () => AgendaItemStatus, nativeEnumName: 'agenda_item_status' })
  status!: AgendaItemStatus;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  comment?: string | null;

  @ManyToOne(() => Person, { ref: true, nullable: true, deleteRule: 'set null' })
  reviewedBy?: Ref<Person> | null;

  @Field()
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  at: Date = new Date();
}
