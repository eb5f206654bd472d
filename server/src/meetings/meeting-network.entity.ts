import { Entity, Index, ManyToOne, PrimaryKeyProp, type Ref } from '@mikro-orm/core';
import { Network } from '../networks/network.entity';
import type { Meeting } from './meeting.entity';

/**
 * The owners of a meeting (one network, or several for a joint meeting). Declared as an entity so
 * that queries can start from it; a network's calendar reads it by network (indexed).
 */
@Entity({ tableName: 'meeting_network' })
export class MeetingNetwork {
  [PrimaryKeyProp]?: ['meeting', 'network'];

  @ManyToOne('Meeting', { primary: true, ref: true, deleteRule: 'cascade' })
  meeting!: Ref<Meeting>;

  @ManyToOne(() => Network, { primary: true, ref: true, deleteRule: 'cascade' })
  @Index()
  network!: Ref<Network>;
}
