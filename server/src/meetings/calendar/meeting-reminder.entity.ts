import { Entity, ManyToOne, OptionalProps, PrimaryKey, PrimaryKeyProp, Property, type Ref } from '@mikro-orm/core';
import { Meeting } from '../meeting.entity';

/**
 * The day-before reminder sent for a meeting starting at `startsAt`: never twice for one date, and
 * again if the meeting moves to another one.
 */
@Entity()
export class MeetingReminder {
  [PrimaryKeyProp]?: ['meeting', 'startsAt'];
  [OptionalProps]?: 'sentAt';

  @ManyToOne(() => Meeting, { primary: true, ref: true, deleteRule: 'cascade' })
  meeting!: Ref<Meeting>;

  @PrimaryKey({ type: 'datetime' })
  startsAt!: Date;

  /** When the mails were queued (they leave with their `mail.send` jobs). */
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  sentAt: Date = new Date();
}
