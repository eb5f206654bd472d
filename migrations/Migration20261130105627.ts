import { Migration } from '@mikro-orm/migrations';

export class Migration20261130105627 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "action_status" as enum ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'ABANDONED');`);
    this.addSql(`create type "action_organization_role" as enum ('LEAD', 'PARTNER');`);
    this.addSql(`create type "registration_status" as enum ('CONFIRMED', 'WAITLISTED', 'CANCELLED');`);
    this.addSql(`create table "roadmap_orientation" ("id" text not null, "territory_id" text not null, "theme" "theme" not null, "number" int not null, "title" text not null, constraint "roadmap_orientation_pkey" primary key ("id"));`);
    this.addSql(`create index "roadmap_orientation_territory_id_theme_number_index" on "roadmap_orientation" ("territory_id", "theme", "number");`);

    this.addSql(`create table "roadmap_objective" ("id" text not null, "orientation_id" text not null, "position" int not null, "title" text not null, "intro" text null, constraint "roadmap_objective_pkey" primary key ("id"));`);
    this.addSql(`create index "roadmap_objective_orientation_id_index" on "roadmap_objective" ("orientation_id");`);

    this.addSql(`create table "roadmap_action" ("id" text not null, "objective_id" text not null, "position" int not null, "title" text not null, "sub_bullets" jsonb not null, "status" "action_status" not null default 'NOT_STARTED', "network_id" text null, "revision" int not null default 0, constraint "roadmap_action_pkey" primary key ("id"));`);
    this.addSql(`create index "roadmap_action_objective_id_index" on "roadmap_action" ("objective_id");`);
    this.addSql(`create index "roadmap_action_network_id_index" on "roadmap_action" ("network_id");`);

    this.addSql(`create table "roadmap_action_organization" ("action_id" text not null, "organization_id" text not null, "role" "action_organization_role" not null, "mention" text null, constraint "roadmap_action_organization_pkey" primary key ("action_id", "organization_id"));`);

    this.addSql(`create table "training" ("id" text not null, "title" text not null, "description" text null, "theme" "theme" null, "audiences" text[] not null default '{}', "trainer" text null, "organizer_id" text null, "capacity" int not null, "is_public" boolean not null default false, "confirmed_count" int not null default 0, "waitlist_count" int not null default 0, "last_sequence" int not null default 0, "version" int not null default 1, "created_by_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "training_pkey" primary key ("id"), constraint training_audiences_check check (audiences <@ ARRAY['ALL'::text, 'FAMILIES'::text, 'PARENTS'::text, 'YOUNG_CHILDREN'::text, 'CHILDREN'::text, 'TEENAGERS'::text, 'YOUNG_ADULTS'::text, 'SENIORS'::text, 'PEOPLE_WITH_DISABILITIES'::text, 'PEOPLE_IN_PRECARITY'::text, 'PROFESSIONALS'::text, 'VOLUNTEERS'::text, 'ELECTED_OFFICIALS'::text]), constraint training_waitlist_count_positive check (waitlist_count >= 0), constraint training_not_overbooked check (confirmed_count between 0 and capacity), constraint training_capacity_positive check (capacity > 0));`);

    this.addSql(`create table "training_session" ("id" text not null, "training_id" text not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "commune_insee_code" text null, "place" text null, "online_url" text null, constraint "training_session_pkey" primary key ("id"), constraint training_session_ends_after_start check (ends_at > starts_at));`);
    this.addSql(`create index "training_session_training_id_index" on "training_session" ("training_id");`);
    this.addSql(`create index "training_session_starts_at_index" on "training_session" ("starts_at");`);

    this.addSql(`create table "training_reminder" ("session_id" text not null, "starts_at" timestamptz not null, "sent_at" timestamptz not null default now(), constraint "training_reminder_pkey" primary key ("session_id", "starts_at"));`);

    this.addSql(`create table "training_network" ("training_id" text not null, "network_id" text not null, constraint "training_network_pkey" primary key ("training_id", "network_id"));`);
    this.addSql(`create index "training_network_network_id_index" on "training_network" ("network_id");`);

    this.addSql(`create table "roadmap_action_update" ("id" uuid not null, "action_id" text not null, "revision" int not null, "at" timestamptz not null default now(), "author_id" text null, "author_name" text not null, "status" "action_status" not null, "comment" text null, constraint "roadmap_action_update_pkey" primary key ("id"));`);
    this.addSql(`alter table "roadmap_action_update" add constraint "roadmap_action_update_action_id_revision_unique" unique ("action_id", "revision");`);

    this.addSql(`create table "registration" ("id" text not null, "training_id" text not null, "person_id" text not null, "status" "registration_status" not null, "sequence" int not null, "created_at" timestamptz not null, "promoted_at" timestamptz null, "cancelled_at" timestamptz null, "promotion_mailed_at" timestamptz null, "registered_by_id" text null, constraint "registration_pkey" primary key ("id"));`);
    this.addSql(`create index "registration_person_id_index" on "registration" ("person_id");`);
    this.addSql(`create index "registration_training_id_status_sequence_index" on "registration" ("training_id", "status", "sequence");`);
    this.addSql(`create unique index registration_active_unique on registration (training_id, person_id) where status <> 'CANCELLED';`);
    this.addSql(`alter table "registration" add constraint "registration_training_id_sequence_unique" unique ("training_id", "sequence");`);

    this.addSql(`create table "training_attendance" ("session_id" text not null, "registration_id" text not null, "recorded_at" timestamptz not null default now(), constraint "training_attendance_pkey" primary key ("session_id", "registration_id"));`);

    this.addSql(`create table "training_seat_link" ("token_hash" text not null, "registration_id" text not null, "created_at" timestamptz not null default now(), constraint "training_seat_link_pkey" primary key ("token_hash"));`);
    this.addSql(`create index "training_seat_link_registration_id_index" on "training_seat_link" ("registration_id");`);

    this.addSql(`create table "roadmap_work_link" ("id" uuid not null, "action_id" text not null, "meeting_id" text null, "agenda_item_id" text null, "linked_by_id" text null, "linked_at" timestamptz not null default now(), constraint "roadmap_work_link_pkey" primary key ("id"), constraint roadmap_work_link_one_target check (num_nonnulls(meeting_id, agenda_item_id) = 1));`);
    this.addSql(`create index "roadmap_work_link_meeting_id_index" on "roadmap_work_link" ("meeting_id");`);
    this.addSql(`create index "roadmap_work_link_agenda_item_id_index" on "roadmap_work_link" ("agenda_item_id");`);
    this.addSql(`alter table "roadmap_work_link" add constraint "roadmap_work_link_action_id_agenda_item_id_unique" unique ("action_id", "agenda_item_id");`);
    this.addSql(`alter table "roadmap_work_link" add constraint "roadmap_work_link_action_id_meeting_id_unique" unique ("action_id", "meeting_id");`);

    this.addSql(`alter table "roadmap_orientation" add constraint "roadmap_orientation_territory_id_foreign" foreign key ("territory_id") references "territory" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "roadmap_objective" add constraint "roadmap_objective_orientation_id_foreign" foreign key ("orientation_id") references "roadmap_orientation" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "roadmap_action" add constraint "roadmap_action_objective_id_foreign" foreign key ("objective_id") references "roadmap_objective" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "roadmap_action" add constraint "roadmap_action_network_id_foreign" foreign key ("network_id") references "network" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "roadmap_action_organization" add constraint "roadmap_action_organization_action_id_foreign" foreign key ("action_id") references "roadmap_action" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "roadmap_action_organization" add constraint "roadmap_action_organization_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "training" add constraint "training_organizer_id_foreign" foreign key ("organizer_id") references "organization" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "training" add constraint "training_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "training_session" add constraint "training_session_training_id_foreign" foreign key ("training_id") references "training" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "training_session" add constraint "training_session_commune_insee_code_foreign" foreign key ("commune_insee_code") references "commune" ("insee_code") on update cascade on delete set null;`);

    this.addSql(`alter table "training_reminder" add constraint "training_reminder_session_id_foreign" foreign key ("session_id") references "training_session" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "training_network" add constraint "training_network_training_id_foreign" foreign key ("training_id") references "training" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "training_network" add constraint "training_network_network_id_foreign" foreign key ("network_id") references "network" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "roadmap_action_update" add constraint "roadmap_action_update_action_id_foreign" foreign key ("action_id") references "roadmap_action" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "roadmap_action_update" add constraint "roadmap_action_update_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "registration" add constraint "registration_training_id_foreign" foreign key ("training_id") references "training" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "registration" add constraint "registration_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "registration" add constraint "registration_registered_by_id_foreign" foreign key ("registered_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "training_attendance" add constraint "training_attendance_session_id_foreign" foreign key ("session_id") references "training_session" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "training_attendance" add constraint "training_attendance_registration_id_foreign" foreign key ("registration_id") references "registration" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "training_seat_link" add constraint "training_seat_link_registration_id_foreign" foreign key ("registration_id") references "registration" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "roadmap_work_link" add constraint "roadmap_work_link_action_id_foreign" foreign key ("action_id") references "roadmap_action" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "roadmap_work_link" add constraint "roadmap_work_link_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "roadmap_work_link" add constraint "roadmap_work_link_agenda_item_id_foreign" foreign key ("agenda_item_id") references "agenda_item" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "roadmap_work_link" add constraint "roadmap_work_link_linked_by_id_foreign" foreign key ("linked_by_id") references "app_user" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "roadmap_objective" drop constraint "roadmap_objective_orientation_id_foreign";`);

    this.addSql(`alter table "roadmap_action" drop constraint "roadmap_action_objective_id_foreign";`);

    this.addSql(`alter table "roadmap_action_organization" drop constraint "roadmap_action_organization_action_id_foreign";`);

    this.addSql(`alter table "roadmap_action_update" drop constraint "roadmap_action_update_action_id_foreign";`);

    this.addSql(`alter table "roadmap_work_link" drop constraint "roadmap_work_link_action_id_foreign";`);

    this.addSql(`alter table "training_session" drop constraint "training_session_training_id_foreign";`);

    this.addSql(`alter table "training_network" drop constraint "training_network_training_id_foreign";`);

    this.addSql(`alter table "registration" drop constraint "registration_training_id_foreign";`);

    this.addSql(`alter table "training_reminder" drop constraint "training_reminder_session_id_foreign";`);

    this.addSql(`alter table "training_attendance" drop constraint "training_attendance_session_id_foreign";`);

    this.addSql(`alter table "training_attendance" drop constraint "training_attendance_registration_id_foreign";`);

    this.addSql(`alter table "training_seat_link" drop constraint "training_seat_link_registration_id_foreign";`);

    this.addSql(`drop table if exists "roadmap_orientation" cascade;`);

    this.addSql(`drop table if exists "roadmap_objective" cascade;`);

    this.addSql(`drop table if exists "roadmap_action" cascade;`);

    this.addSql(`drop table if exists "roadmap_action_organization" cascade;`);

    this.addSql(`drop table if exists "training" cascade;`);

    this.addSql(`drop table if exists "training_session" cascade;`);

    this.addSql(`drop table if exists "training_reminder" cascade;`);

    this.addSql(`drop table if exists "training_network" cascade;`);

    this.addSql(`drop table if exists "roadmap_action_update" cascade;`);

    this.addSql(`drop table if exists "registration" cascade;`);

    this.addSql(`drop table if exists "training_attendance" cascade;`);

    this.addSql(`drop table if exists "training_seat_link" cascade;`);

    this.addSql(`drop table if exists "roadmap_work_link" cascade;`);

    this.addSql(`drop type "action_status";`);
    this.addSql(`drop type "action_organization_role";`);
    this.addSql(`drop type "registration_status";`);
  }

}
