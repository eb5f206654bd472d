import { Migration } from '@mikro-orm/migrations';

export class Migration20261130101204 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "agenda_item_kind" as enum ('INFORMATION', 'DISCUSSION', 'OPINION', 'DECISION');`);
    this.addSql(`create type "agenda_item_status" as enum ('PROPOSED', 'ACCEPTED', 'DEFERRED', 'REJECTED');`);
    this.addSql(`create type "opinion_kind" as enum ('FAVOURABLE', 'RESERVED', 'UNFAVOURABLE');`);
    this.addSql(`create table "agenda_item" ("id" text not null, "meeting_id" text not null, "position" int null, "title" text not null, "description" text null, "kind" "agenda_item_kind" not null, "status" "agenda_item_status" not null default 'PROPOSED', "duration_minutes" int not null, "proposed_by_id" text null, "presenter_id" text null, "organization_id" text null, "links" jsonb not null, "review_comment" text null, "reviewed_by_id" text null, "reviewed_at" timestamptz null, "outcome" text null, "opinion" "opinion_kind" null, "outcome_recorded_at" timestamptz null, "carried_from_id" text null, "carried_over_at" timestamptz null, "created_at" timestamptz not null default now(), constraint "agenda_item_pkey" primary key ("id"));`);
    this.addSql(`create index "agenda_item_meeting_id_index" on "agenda_item" ("meeting_id");`);
    this.addSql(`create index "agenda_item_organization_id_index" on "agenda_item" ("organization_id");`);

    this.addSql(`alter table "agenda_item" add constraint "agenda_item_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "agenda_item" add constraint "agenda_item_proposed_by_id_foreign" foreign key ("proposed_by_id") references "person" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "agenda_item" add constraint "agenda_item_presenter_id_foreign" foreign key ("presenter_id") references "person" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "agenda_item" add constraint "agenda_item_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "agenda_item" add constraint "agenda_item_reviewed_by_id_foreign" foreign key ("reviewed_by_id") references "person" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "agenda_item" add constraint "agenda_item_carried_from_id_foreign" foreign key ("carried_from_id") references "agenda_item" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "meeting" add column "agenda_deadline" timestamptz null, add column "agenda_published_at" timestamptz null, add column "agenda_mailed_at" timestamptz null, add column "agenda_changed_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "agenda_item" drop constraint "agenda_item_carried_from_id_foreign";`);

    this.addSql(`drop table if exists "agenda_item" cascade;`);

    this.addSql(`alter table "meeting" drop column "agenda_deadline", drop column "agenda_published_at", drop column "agenda_mailed_at", drop column "agenda_changed_at";`);

    this.addSql(`drop type "agenda_item_kind";`);
    this.addSql(`drop type "agenda_item_status";`);
    this.addSql(`drop type "opinion_kind";`);
  }

}
