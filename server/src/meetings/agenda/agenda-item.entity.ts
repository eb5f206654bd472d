import {
  Collection,
  Entity,
  Enum,
  Index,
  ManyToOne,
  OneToMany,
  OptionalProps,
  PrimaryKey,
  Property,
  type Ref,
} from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Organization } from '../../directory/organization.entity';
import { Person } from '../../directory/person.entity';
import { newId } from '../../shared/ids';
import { Node } from '../../shared/node';
import type { Meeting } from '../meeting.entity';
import { AgendaItemKind, AgendaItemStatus, OpinionKind } from './agenda.enums';
import { AgendaItemReview } from './agenda-item-review.entity';

/** A point of a meeting's agenda, from its proposal to its outcome; a deferred one is carried to a later meeting. */
@ObjectType({ implements: Node })
@Entity()
export class AgendaItem implements Node {
  [OptionalProps]?: 'status' | 'links' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'text' })
  id: string = newId('AgendaItem');

  @ManyToOne('Meeting', { ref: true, deleteRule: 'cascade' })
  @Index()
  meeting!: Ref<Meeting>;

  /** 0..n-1 among the meeting's ACCEPTED items; null for the others. */
  @Property({ type: 'integer', nullable: true })
  position?: number | null;

  @Field()
  @Property({ type: 'text' })
  title!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Field(() => AgendaItemKind)
  @Enum({ items: () => AgendaItemKind, nativeEnumName: 'agenda_item_kind' })
  kind!: AgendaItemKind;

  @Field(() => AgendaItemStatus)
  @Enum({ items: () => AgendaItemStatus, nativeEnumName: 'agenda_item_status' })
  status: AgendaItemStatus = AgendaItemStatus.PROPOSED;

  @Field(() => Int)
  @Property({ type: 'integer' })
  durationMinutes!: number;

  @ManyToOne(() => Person, { ref: true, nullable: true, deleteRule: 'set null' })
  proposedBy?: Ref<Person> | null;

  @ManyToOne(() => Person, { ref: true, nullable: true, deleteRule: 'set null' })
  presenter?: Ref<Person> | null;

  /** The structure it is about: its dossier gathers these items across meetings. */
  @ManyToOne(() => Organization, { ref: true, nullable: true, deleteRule: 'set null' })
  @Index()
  organization?: Ref<Organization> | null;

  @Field(() => [String], { description: 'Documents and links attached to the proposal (URLs).' })
  @Property({ type: 'json' })
  links: string[] = [];

  @Field(() => String, { nullable: true, description: "The animators' comment when they reviewed it." })
  @Property({ type: 'text', nullable: true })
  reviewComment?: string | null;

  @ManyToOne(() => Person, { ref: true, nullable: true, deleteRule: 'set null' })
  reviewedBy?: Ref<Person> | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  reviewedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'What was said or decided (the text of a decision or opinion).' })
  @Property({ type: 'text', nullable: true })
  outcome?: string | null;

  @Field(() => OpinionKind, { nullable: true })
  @Enum({ items: () => OpinionKind, nativeEnumName: 'opinion_kind', nullable: true })
  opinion?: OpinionKind | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  outcomeRecordedAt?: Date | null;

  /** The deferred item this one continues, at an earlier meeting: the dossier's history. */
  @ManyToOne(() => AgendaItem, { ref: true, nullable: true, deleteRule: 'set null' })
  carriedFrom?: Ref<AgendaItem> | null;

  /** Set on a deferred item once carried over, so it is carried once. */
  @Property({ type: 'datetime', nullable: true })
  carriedOverAt?: Date | null;

  @Field()
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @OneToMany(() => AgendaItemReview, (review) => review.item, { orderBy: { at: 'asc' } })
  reviews = new Collection<AgendaItemReview>(this);
}
