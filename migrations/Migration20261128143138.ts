import { Migration } from '@mikro-orm/migrations';

export class Migration20261128143138 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "service" add column "search_name" text generated always as (maillage_unaccent(lower(name))) stored not null;`);
    this.addSql(`create index "service_search_name_idx" on "service" using gin ("search_name" gin_trgm_ops);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "service_search_name_idx";`);
    this.addSql(`alter table "service" drop column "search_name";`);
  }

}
