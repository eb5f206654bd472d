import { Migration } from '@mikro-orm/migrations';

export class Migration20261130105401 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "network_link_kind" as enum ('TRANSVERSALITY', 'PREVENTION_PROTECTION_GATEWAY', 'REFERRAL', 'JOINT_PROJECT');`);
    this.addSql(`create table "network_link" ("id" text not null, "from_id" text not null, "to_id" text not null, "kind" "network_link_kind" not null, "description" text null, "source" text null, "created_by_id" text null, "created_at" timestamptz not null, constraint "network_link_pkey" primary key ("id"), constraint network_link_two_networks check (from_id <> to_id));`);
    this.addSql(`create index "network_link_to_id_index" on "network_link" ("to_id");`);
    this.addSql(`create unique index network_link_symmetric_pair_unique on network_link (kind, least(from_id, to_id), greatest(from_id, to_id)) where kind <> 'REFERRAL';`);
    this.addSql(`alter table "network_link" add constraint "network_link_from_id_to_id_kind_unique" unique ("from_id", "to_id", "kind");`);

    this.addSql(`alter table "network_link" add constraint "network_link_from_id_foreign" foreign key ("from_id") references "network" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "network_link" add constraint "network_link_to_id_foreign" foreign key ("to_id") references "network" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "network_link" add constraint "network_link_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "network_link" cascade;`);

    this.addSql(`drop type "network_link_kind";`);
  }

}
