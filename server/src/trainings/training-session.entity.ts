import { Check, Entity, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Commune } from '../directory/commune.entity';
import { newId } from '../shared/ids';
import { Node } from '../shared/node';
import type { Training } from './training.entity';

/** One time slot of a training, in a place or online. */
@ObjectType({ implements: Node })
@Entity()
@Index({ properties: ['startsAt'] })
@Check({ name: 'training_session_ends_after_start', expression: 'ends_at > starts_at' })
export class TrainingSession implements Node {
  @Field(() => ID)
  @PrimaryKey({ type: 'text' })
  id: string = newId('TrainingSession');

  @ManyToOne('Training', { ref: true, deleteRule: 'cascade' })
  @Index()
  training!: Ref<Training>;

  @Field()
  @Property({ type: 'datetime' })
  startsAt!: Date;

  @Field()
  @Property({ type: 'datetime' })
  endsAt!: Date;

  @ManyToOne(() => Commune, { ref: true, nullable: true })
  commune?: Ref<Commune> | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  place?: string | null;

  @Field(() => String, { nullable: true, description: 'The video link, for a session held online.' })
  @Property({ type: 'text', nullable: true })
  onlineUrl?: string | null;
}
