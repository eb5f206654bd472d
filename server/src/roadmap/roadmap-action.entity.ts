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
import { Network } from '../networks/network.entity';
import { newId } from '../shared/ids';
import { Node } from '../shared/node';
import { ActionStatus } from './roadmap.enums';
import { RoadmapActionOrganization } from './roadmap-action-organization.entity';
import { RoadmapActionUpdate } from './roadmap-action-update.entity';
import { RoadmapWorkLink } from './roadmap-work-link.entity';
import type { RoadmapObjective } from './roadmap-objective.entity';

/** An action bullet of the roadmap, followed by the network that carries it. */
@ObjectType({ implements: Node, description: 'An action of the roadmap: a bullet of the CTG, followed by its network.' })
@Entity()
export class RoadmapAction implements Node {
  [OptionalProps]?: 'status' | 'revision' | 'subBullets' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'text' })
  id: string = newId('RoadmapAction');

  @ManyToOne('RoadmapObjective', { ref: true, deleteRule: 'cascade' })
  @Index()
  objective!: Ref<RoadmapObjective>;

  /** Its place among the objective's actions, from 0. */
  @Property({ type: 'integer' })
  position!: number;

  @Field({ description: 'The bullet, verbatim.' })
  @Property({ type: 'text' })
  title!: string;

  @Field(() => Int, { nullable: true, description: 'Its line in the CTG document, to cite it (« CTG, l. 423 »).' })
  @Property({ type: 'integer', nullable: true })
  sourceLine?: number | null;

  @Field(() => [String], { description: 'The bullets under it in the document, verbatim.' })
  @Property({ type: 'json' })
  subBullets: string[] = [];

  @Field(() => ActionStatus)
  @Enum({ items: () => ActionStatus, nativeEnumName: 'action_status' })
  status: ActionStatus = ActionStatus.NOT_STARTED;

  /** The network whose animators follow it; null leaves it to the coordination. */
  @ManyToOne(() => Network, { ref: true, nullable: true, deleteRule: 'set null' })
  @Index()
  network?: Ref<Network> | null;

  @Field(() => Int, {
    description: 'How many updates it has had: send it back with an update to be told when someone else updated it first.',
  })
  @Property({ type: 'integer', default: 0 })
  revision: number = 0;

  /** When it entered the roadmap: an action never updated counts as stale six months after it. */
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @OneToMany(() => RoadmapActionOrganization, (link) => link.action)
  organizations = new Collection<RoadmapActionOrganization>(this);

  @OneToMany(() => RoadmapActionUpdate, (update) => update.action, { orderBy: { revision: 'asc' } })
  updates = new Collection<RoadmapActionUpdate>(this);

  @OneToMany(() => RoadmapWorkLink, (link) => link.action, { orderBy: { linkedAt: 'asc' } })
  workLinks = new Collection<RoadmapWorkLink>(this);
}
