import { Migration } from '@mikro-orm/migrations';

/**
 * Calendars and answer links: the personal answer links mailed with invitations (only their hashes),
 * the day-before reminders sent (one per meeting and start), and each user's secret calendar feed.
 */
export class Migration20261130083332 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "meeting_reminder" ("meeting_id" text not null, "starts_at" timestamptz not null, "sent_at" timestamptz not null default now(), constraint "meeting_reminder_pkey" primary key ("meeting_id", "starts_at"));`,
    );

    this.addSql(
      `create table "invitation_link" ("token_hash" text not null, "invitation_id" text not null, "created_at" timestamptz not null default now(), constraint "invitation_link_pkey" primary key ("token_hash"));`,
    );
    this.addSql(`create index "invitation_link_invitation_id_index" on "invitation_link" ("invitation_id");`);

    this.addSql(
      `create table "calendar_feed" ("user_id" text not null, "token" text not null, "created_at" timestamptz not null default now(), constraint "calendar_feed_pkey" primary key ("user_id"));`,
    );
    this.addSql(`alter table "calendar_feed" add constraint "calendar_feed_token_unique" unique ("token");`);

    this.addSql(
      `alter table "meeting_reminder" add constraint "meeting_reminder_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "invitation_link" add constraint "invitation_link_invitation_id_foreign" foreign key ("invitation_id") references "invitation" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "calendar_feed" add constraint "calendar_feed_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "meeting_reminder" cascade;`);
    this.addSql(`drop table if exists "invitation_link" cascade;`);
    this.addSql(`drop table if exists "calendar_feed" cascade;`);
  }
}
