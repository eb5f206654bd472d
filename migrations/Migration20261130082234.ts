import { Migration } from '@mikro-orm/migrations';

export class Migration20261130082234 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "series_frequency" as enum ('WEEKLY', 'MONTHLY');`);
    this.addSql(
      `create type "meeting_kind" as enum ('NETWORK_MEETING', 'JOINT_MEETING', 'COMMISSION', 'STEERING_COMMITTEE', 'PARTNER_CONSULTATION');`,
    );
    this.addSql(`create type "meeting_status" as enum ('DRAFT', 'SCHEDULED', 'HELD', 'CANCELLED');`);
    this.addSql(`create type "rsvp_response" as enum ('PENDING', 'YES', 'NO', 'MAYBE');`);
    this.addSql(
      `create table "meeting_series" ("id" text not null, "frequency" "series_frequency" not null, "interval" int not null, "count" int not null, "created_at" timestamptz not null default now(), constraint "meeting_series_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "meeting" ("id" text not null, "title" text not null, "kind" "meeting_kind" not null, "status" "meeting_status" not null default 'SCHEDULED', "starts_at" timestamptz not null, "ends_at" timestamptz not null, "commune_insee_code" text null, "place" text null, "online_url" text null, "description" text null, "minutes" text null, "is_public" boolean not null default false, "cancellation_reason" text null, "series_id" text null, "version" int not null default 1, "sequence" int not null default 0, "announced_sequence" int not null default -1, "created_by_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "meeting_pkey" primary key ("id"), constraint meeting_ends_after_start check (ends_at > starts_at));`,
    );
    this.addSql(`create index "meeting_series_id_index" on "meeting" ("series_id");`);
    this.addSql(`create index "meeting_starts_at_ends_at_index" on "meeting" ("starts_at", "ends_at");`);

    this.addSql(
      `create table "meeting_network" ("meeting_id" text not null, "network_id" text not null, constraint "meeting_network_pkey" primary key ("meeting_id", "network_id"));`,
    );
    this.addSql(`create index "meeting_network_network_id_index" on "meeting_network" ("network_id");`);

    this.addSql(
      `create table "invitation" ("id" text not null, "meeting_id" text not null, "person_id" text not null, "response" "rsvp_response" not null default 'PENDING', "responded_at" timestamptz null, "attended" boolean null, "link_token_hash" text null, "created_at" timestamptz not null default now(), constraint "invitation_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "invitation_person_id_index" on "invitation" ("person_id");`);
    this.addSql(`alter table "invitation" add constraint "invitation_link_token_hash_unique" unique ("link_token_hash");`);
    this.addSql(
      `alter table "invitation" add constraint "invitation_meeting_id_person_id_unique" unique ("meeting_id", "person_id");`,
    );

    this.addSql(
      `create table "action_item" ("id" text not null, "meeting_id" text not null, "title" text not null, "owner_id" text null, "due_on" date null, "done" boolean not null default false, "done_at" timestamptz null, "created_at" timestamptz not null default now(), constraint "action_item_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "action_item_meeting_id_index" on "action_item" ("meeting_id");`);
    this.addSql(`create index "action_item_owner_id_index" on "action_item" ("owner_id");`);

    this.addSql(
      `alter table "meeting" add constraint "meeting_commune_insee_code_foreign" foreign key ("commune_insee_code") references "commune" ("insee_code") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "meeting" add constraint "meeting_series_id_foreign" foreign key ("series_id") references "meeting_series" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "meeting" add constraint "meeting_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "meeting_network" add constraint "meeting_network_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "meeting_network" add constraint "meeting_network_network_id_foreign" foreign key ("network_id") references "network" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "invitation" add constraint "invitation_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "invitation" add constraint "invitation_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "action_item" add constraint "action_item_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "action_item" add constraint "action_item_owner_id_foreign" foreign key ("owner_id") references "person" ("id") on update cascade on delete set null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "meeting" drop constraint "meeting_series_id_foreign";`);

    this.addSql(`alter table "meeting_network" drop constraint "meeting_network_meeting_id_foreign";`);

    this.addSql(`alter table "invitation" drop constraint "invitation_meeting_id_foreign";`);

    this.addSql(`alter table "action_item" drop constraint "action_item_meeting_id_foreign";`);

    this.addSql(`drop table if exists "meeting_series" cascade;`);

    this.addSql(`drop table if exists "meeting" cascade;`);

    this.addSql(`drop table if exists "meeting_network" cascade;`);

    this.addSql(`drop table if exists "invitation" cascade;`);

    this.addSql(`drop table if exists "action_item" cascade;`);

    this.addSql(`drop type "series_frequency";`);
    this.addSql(`drop type "meeting_kind";`);
    this.addSql(`drop type "meeting_status";`);
    this.addSql(`drop type "rsvp_response";`);
  }
}
