import { Migration } from '@mikro-orm/migrations';

/**
 * Finding a date and planning around others: date polls (slots, participants with the hashes of
 * their personal links, one answer per participant and slot), and the periods to avoid.
 */
export class Migration20261130083516 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "avoid_period_kind" as enum ('SCHOOL_HOLIDAYS', 'OTHER');`);
    this.addSql(`create type "slot_answer" as enum ('YES', 'IF_NEED_BE', 'NO');`);
    this.addSql(`create table "avoid_period" ("id" text not null, "label" text not null, "starts_on" date not null, "ends_on" date not null, "kind" "avoid_period_kind" not null, "created_at" timestamptz not null default now(), constraint "avoid_period_pkey" primary key ("id"), constraint avoid_period_ends_after_start check (ends_on >= starts_on));`);
    this.addSql(`create index "avoid_period_starts_on_ends_on_index" on "avoid_period" ("starts_on", "ends_on");`);

    this.addSql(`create table "date_poll" ("id" text not null, "meeting_id" text not null, "closes_at" timestamptz not null, "closed_at" timestamptz null, "chosen_slot_id" text null, "created_by_id" text null, "created_at" timestamptz not null default now(), constraint "date_poll_pkey" primary key ("id"));`);
    this.addSql(`alter table "date_poll" add constraint "date_poll_meeting_id_unique" unique ("meeting_id");`);

    this.addSql(`create table "poll_slot" ("id" text not null, "poll_id" text not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, constraint "poll_slot_pkey" primary key ("id"), constraint poll_slot_ends_after_start check (ends_at > starts_at));`);
    this.addSql(`alter table "poll_slot" add constraint "poll_slot_poll_id_starts_at_ends_at_unique" unique ("poll_id", "starts_at", "ends_at");`);

    this.addSql(`create table "poll_participant" ("id" text not null, "poll_id" text not null, "person_id" text not null, "link_token_hash" text not null, "created_at" timestamptz not null default now(), constraint "poll_participant_pkey" primary key ("id"));`);
    this.addSql(`create index "poll_participant_person_id_index" on "poll_participant" ("person_id");`);
    this.addSql(`alter table "poll_participant" add constraint "poll_participant_link_token_hash_unique" unique ("link_token_hash");`);
    this.addSql(`alter table "poll_participant" add constraint "poll_participant_poll_id_person_id_unique" unique ("poll_id", "person_id");`);

    this.addSql(`create table "poll_answer" ("participant_id" text not null, "slot_id" text not null, "answer" "slot_answer" not null, "answered_at" timestamptz not null, constraint "poll_answer_pkey" primary key ("participant_id", "slot_id"));`);
    this.addSql(`create index "poll_answer_slot_id_index" on "poll_answer" ("slot_id");`);

    this.addSql(`alter table "date_poll" add constraint "date_poll_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "date_poll" add constraint "date_poll_chosen_slot_id_foreign" foreign key ("chosen_slot_id") references "poll_slot" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "date_poll" add constraint "date_poll_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "poll_slot" add constraint "poll_slot_poll_id_foreign" foreign key ("poll_id") references "date_poll" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "poll_participant" add constraint "poll_participant_poll_id_foreign" foreign key ("poll_id") references "date_poll" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "poll_participant" add constraint "poll_participant_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "poll_answer" add constraint "poll_answer_participant_id_foreign" foreign key ("participant_id") references "poll_participant" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "poll_answer" add constraint "poll_answer_slot_id_foreign" foreign key ("slot_id") references "poll_slot" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "poll_slot" drop constraint "poll_slot_poll_id_foreign";`);

    this.addSql(`alter table "poll_participant" drop constraint "poll_participant_poll_id_foreign";`);

    this.addSql(`alter table "date_poll" drop constraint "date_poll_chosen_slot_id_foreign";`);

    this.addSql(`alter table "poll_answer" drop constraint "poll_answer_slot_id_foreign";`);

    this.addSql(`alter table "poll_answer" drop constraint "poll_answer_participant_id_foreign";`);

    this.addSql(`drop table if exists "avoid_period" cascade;`);

    this.addSql(`drop table if exists "date_poll" cascade;`);

    this.addSql(`drop table if exists "poll_slot" cascade;`);

    this.addSql(`drop table if exists "poll_participant" cascade;`);

    this.addSql(`drop table if exists "poll_answer" cascade;`);

    this.addSql(`drop type "avoid_period_kind";`);
    this.addSql(`drop type "slot_answer";`);
  }

}
