import { Entity, ManyToOne, OptionalProps, PrimaryKeyProp, Property, type Ref } from '@mikro-orm/core';
import { Registration } from './registration.entity';
import { TrainingSession } from './training-session.entity';

/** Someone registered was there at a session (a row per presence; absence is no row). */
@Entity({ tableName: 'training_attendance' })
export class TrainingAttendance {
  [PrimaryKeyProp]?: ['session', 'registration'];
  [OptionalProps]?: 'recordedAt';

  @ManyToOne(() => TrainingSession, { primary: true, ref: true, deleteRule: 'cascade' })
  session!: Ref<TrainingSession>;

  @ManyToOne(() => Registration, { primary: true, ref: true, deleteRule: 'cascade' })
  registration!: Ref<Registration>;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  recordedAt: Date = new Date();
}
