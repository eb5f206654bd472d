import { Entity, OneToOne, OptionalProps, Property, type Ref, Unique } from '@mikro-orm/core';
import { User } from '../../accounts/user.entity';

/**
 * A user's secret calendar feed (/calendar/personal/<token>.ics). Unlike sessions, the token is kept
 * as is: its owner must be able to copy the URL again (User.calendarUrl), and what it opens is
 * read-only (their meetings' times and places). Regenerating it replaces the token: the old URL dies.
 */
@Entity()
export class CalendarFeed {
  [OptionalProps]?: 'createdAt';

  @OneToOne(() => User, { primary: true, ref: true, owner: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @Property({ type: 'text' })
  @Unique()
  token!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
