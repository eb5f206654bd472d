import { Entity, ManyToOne, OptionalProps, PrimaryKey, PrimaryKeyProp, Property, type Ref } from '@mikro-orm/core';
import { TrainingSession } from './training-session.entity';

/** The day-before reminder of a session starting at `startsAt`: never twice for one date, again if it moves. */
@Entity({ tableName: 'training_reminder' })
export class TrainingReminder {
  [PrimaryKeyProp]?: ['session', 'startsAt'];
  [OptionalProps]?: 'sentAt';

  @ManyToOne(() => TrainingSession, { primary: true, ref: true, deleteRule: 'cascade' })
  session!: Ref<TrainingSession>;

  @PrimaryKey({ type: 'datetime' })
  startsAt!: Date;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  sentAt: Date = new Date();
}
