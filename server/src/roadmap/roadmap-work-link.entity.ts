import { randomUUID } from 'node:crypto';
import { Check, Entity, Index, ManyToOne, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { User } from '../accounts/user.entity';
import { AgendaItem } from '../meetings/agenda/agenda-item.entity';
import { Meeting } from '../meetings/meeting.entity';
import { Training } from '../trainings/training.entity';
import type { RoadmapAction } from './roadmap-action.entity';

/**
 * Where an action was worked on: a meeting, an agenda item or a training (exactly one per row). One table, so
 * an action's links are read in one statement.
 */
@Entity()
@Check({ name: 'roadmap_work_link_one_target', expression: 'num_nonnulls(meeting_id, agenda_item_id, training_id) = 1' })
@Unique({ properties: ['action', 'meeting'] })
@Unique({ properties: ['action', 'agendaItem'] })
@Unique({ properties: ['action', 'training'] })
export class RoadmapWorkLink {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne('RoadmapAction', { ref: true, deleteRule: 'cascade' })
  action!: Ref<RoadmapAction>;

  @ManyToOne(() => Meeting, { ref: true, nullable: true, deleteRule: 'cascade' })
  @Index()
  meeting?: Ref<Meeting> | null;

  @ManyToOne(() => AgendaItem, { ref: true, nullable: true, deleteRule: 'cascade' })
  @Index()
  agendaItem?: Ref<AgendaItem> | null;

  @ManyToOne(() => Training, { ref: true, nullable: true, deleteRule: 'cascade' })
  @Index()
  training?: Ref<Training> | null;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  linkedBy?: Ref<User> | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  linkedAt: Date = new Date();
}
