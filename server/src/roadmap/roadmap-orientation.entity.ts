import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Theme } from '../directory/directory.enums';
import { Territory } from '../directory/territory.entity';
import { newId } from '../shared/ids';
import { Node } from '../shared/node';
import { RoadmapObjective } from './roadmap-objective.entity';

/** A numbered orientation of a theme's roadmap (« 1 Structurer et consolider… »), as the CTG states it. */
@ObjectType({ implements: Node, description: "A numbered orientation of one theme's roadmap in the CTG." })
@Entity()
@Index({ properties: ['territory', 'theme', 'number'] })
export class RoadmapOrientation implements Node {
  @Field(() => ID)
  @PrimaryKey({ type: 'text' })
  id: string = newId('RoadmapOrientation');

  /** The convention it belongs to: tests keep their own orientations in a territory of their own. */
  @ManyToOne(() => Territory, { ref: true, deleteRule: 'cascade' })
  territory!: Ref<Territory>;

  @Field(() => Theme)
  @Enum({ items: () => Theme, nativeEnumName: 'theme' })
  theme!: Theme;

  @Field(() => Int, { description: 'Its number within the theme, as in the document.' })
  @Property({ type: 'integer' })
  number!: number;

  @Field()
  @Property({ type: 'text' })
  title!: string;

  @OneToMany(() => RoadmapObjective, (objective) => objective.orientation, { orderBy: { position: 'asc' } })
  objectives = new Collection<RoadmapObjective>(this);
}
