import { Collection, Entity, Index, ManyToOne, OneToMany, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { newId } from '../shared/ids';
import { Node } from '../shared/node';
import { RoadmapAction } from './roadmap-action.entity';
import type { RoadmapOrientation } from './roadmap-orientation.entity';

/** An objective of an orientation, with its action bullets in the document's order. */
@ObjectType({ implements: Node, description: 'An objective of a roadmap orientation.' })
@Entity()
export class RoadmapObjective implements Node {
  @Field(() => ID)
  @PrimaryKey({ type: 'text' })
  id: string = newId('RoadmapObjective');

  @ManyToOne('RoadmapOrientation', { ref: true, deleteRule: 'cascade' })
  @Index()
  orientation!: Ref<RoadmapOrientation>;

  /** Its place among the orientation's objectives, from 0. */
  @Property({ type: 'integer' })
  position!: number;

  @Field()
  @Property({ type: 'text' })
  title!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The sentence that introduces its actions, when the document has one (« En s’appuyant sur… »).',
  })
  @Property({ type: 'text', nullable: true })
  intro?: string | null;

  @OneToMany(() => RoadmapAction, (action) => action.objective, { orderBy: { position: 'asc' } })
  actions = new Collection<RoadmapAction>(this);
}
