import { Migration } from '@mikro-orm/migrations';

export class Migration20261130101943 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "agenda_item_review" ("id" uuid not null, "item_id" text not null, "status" "agenda_item_status" not null, "comment" text null, "reviewed_by_id" text null, "at" timestamptz not null default now(), constraint "agenda_item_review_pkey" primary key ("id"));`);
    this.addSql(`create index "agenda_item_review_item_id_index" on "agenda_item_review" ("item_id");`);

    this.addSql(`alter table "agenda_item_review" add constraint "agenda_item_review_item_id_foreign" foreign key ("item_id") references "agenda_item" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "agenda_item_review" add constraint "agenda_item_review_reviewed_by_id_foreign" foreign key ("reviewed_by_id") references "person" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "agenda_item_review" cascade;`);
  }

}
