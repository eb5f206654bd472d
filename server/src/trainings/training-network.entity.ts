import { Entity, Index, ManyToOne, PrimaryKeyProp, type Ref } from '@mikro-orm/core';
import { Network } from '../networks/network.entity';
import type { Training } from './training.entity';

/**
 * The networks a training is offered to (one row per network): a training shared by several
 * networks is one training. Other areas read it by network (indexed), e.g. the trainings two
 * linked networks share (trainingsSharedBy in training-queries.ts).
 */
@Entity({ tableName: 'training_network' })
export class TrainingNetwork {
  [PrimaryKeyProp]?: ['training', 'network'];

  @ManyToOne('Training', { primary: true, ref: true, deleteRule: 'cascade' })
  training!: Ref<Training>;

  @ManyToOne(() => Network, { primary: true, ref: true, deleteRule: 'cascade' })
  @Index()
  network!: Ref<Network>;
}
