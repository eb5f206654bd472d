import {
  Check,
  Collection,
  Entity,
  Enum,
  Index,
  ManyToMany,
  ManyToOne,
  OneToMany,
  OptionalProps,
  PrimaryKey,
  Property,
  type Ref,
} from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { User } from '../accounts/user.entity';
import { Commune } from '../directory/commune.entity';
import { Network } from '../networks/network.entity';
import { newId } from '../shared/ids';
import { Node } from '../shared/node';
import { ActionItem } from './action-item.entity';
import { AgendaItem } from './agenda/agenda-item.entity';
import { Invitation } from './invitation.entity';
import { MeetingKind, MeetingStatus } from './meeting.enums';
import { MeetingNetwork } from './meeting-network.entity';
import { MeetingSeries } from './series/meeting-series.entity';

/** A meeting owned by one network or, for a joint meeting, by several: one row, never copies. */
@ObjectType({ implements: Node })
@Entity()
@Index({ properties: ['startsAt', 'endsAt'] })
@Check({ name: 'meeting_ends_after_start', expression: 'ends_at > starts_at' })
export class Meeting implements Node {
  [OptionalProps]?: 'status' | 'version' | 'sequence' | 'announcedSequence' | 'isPublic' | 'createdAt' | 'updatedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'text' })
  id: string = newId('Meeting');

  @Field()
  @Property({ type: 'text' })
  title!: string;

  @Field(() => MeetingKind)
  @Enum({ items: () => MeetingKind, nativeEnumName: 'meeting_kind' })
  kind!: MeetingKind;

  @Field(() => MeetingStatus)
  @Enum({ items: () => MeetingStatus, nativeEnumName: 'meeting_status' })
  status: MeetingStatus = MeetingStatus.SCHEDULED;

  @ManyToMany({ entity: () => Network, pivotEntity: () => MeetingNetwork, owner: true })
  networks = new Collection<Network>(this);

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

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  onlineUrl?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description?: string | null;

  /** Markdown; exposed by the resolver to those who may read it. */
  @Property({ type: 'text', nullable: true })
  minutes?: string | null;

  @Field({ description: 'Shown to anonymous visitors and in the public calendar feed of its networks.' })
  @Property({ type: 'boolean', default: false })
  isPublic: boolean = false;

  @Field(() => String, { nullable: true, description: 'Why it was cancelled, when it was.' })
  @Property({ type: 'text', nullable: true })
  cancellationReason?: string | null;

  @ManyToOne(() => MeetingSeries, { ref: true, nullable: true, deleteRule: 'set null' })
  @Index()
  series?: Ref<MeetingSeries> | null;

  /** Optimistic lock: an edit made on a stale copy is refused, never silently applied. */
  @Field(() => Int, { description: 'Send it back with updateMeeting: an edit on a stale copy is refused.' })
  @Property({ version: true })
  version!: number;

  /** iCalendar SEQUENCE: raised on every change invitees' calendars must apply. */
  @Property({ type: 'integer', default: 0 })
  sequence: number = 0;

  /** The last SEQUENCE whose mails were queued: announcing the same one twice does nothing. */
  @Property({ type: 'integer', default: -1 })
  announcedSequence: number = -1;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  createdBy?: Ref<User> | null;

  @Field()
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field()
  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @OneToMany(() => Invitation, (invitation) => invitation.meeting)
  invitations = new Collection<Invitation>(this);

  @OneToMany(() => ActionItem, (item) => item.meeting, { orderBy: { createdAt: 'asc' } })
  actionItems = new Collection<ActionItem>(this);

  /** Every proposal, whatever its status; the agenda is the accepted ones by position. */
  @OneToMany(() => AgendaItem, (item) => item.meeting, { orderBy: { position: 'asc', createdAt: 'asc' } })
  agendaItems = new Collection<AgendaItem>(this);

  /** Last moment for proposals; null means the default, 7 days before the start (see agendaDeadlineOf). */
  @Property({ type: 'datetime', nullable: true })
  agendaDeadline?: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the agenda was last published (mailed to the invitees).' })
  @Property({ type: 'datetime', nullable: true })
  agendaPublishedAt?: Date | null;

  /** The publication whose mails were queued: a job that runs twice mails once. */
  @Property({ type: 'datetime', nullable: true })
  agendaMailedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the published agenda last changed: it is to be published again.' })
  @Property({ type: 'datetime', nullable: true })
  agendaChangedAt?: Date | null;
}
