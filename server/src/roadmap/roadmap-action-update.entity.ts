import { randomUUID } from 'node:crypto';
import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { User } from '../accounts/user.entity';
import { ActionStatus } from './roadmap.enums';
import type { RoadmapAction } from './roadmap-action.entity';

/** One dated update of an action (its status then, and a comment): its history, kept as it happened. */
@ObjectType({ description: "One dated update of a roadmap action: the action's history." })
@Entity()
@Unique({ properties: ['action', 'revision'] })
export class RoadmapActionUpdate {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne('RoadmapAction', { ref: true, deleteRule: 'cascade' })
  action!: Ref<RoadmapAction>;

  /** 1, 2, 3… per action: the order updates were made in, each once (taken under the action's row lock). */
  @Field(() => Int, { description: 'Its place in the history: 1 for the first update.' })
  @Property({ type: 'integer' })
  revision!: number;

  @Field()
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  at: Date = new Date();

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  author?: Ref<User> | null;

  @Field({ description: 'The author’s name when they wrote it (kept if the account goes).' })
  @Property({ type: 'text' })
  authorName!: string;

  @Field(() => ActionStatus, { description: 'The status it gave the action.' })
  @Enum({ items: () => ActionStatus, nativeEnumName: 'action_status' })
  status!: ActionStatus;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  comment?: string | null;
}
