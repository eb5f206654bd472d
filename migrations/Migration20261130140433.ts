import { Migration } from '@mikro-orm/migrations';

/**
 * The directory's revision for public caching (server/src/http/public-cache.ts): every statement
 * writing a table the public directory reads stamps the row with its transaction id, which only
 * grows (even across a clearDatabase), inside the writing transaction. Triggers rather than calls
 * in services: no write path (seeder, imports, a future service) can forget it.
 */
export class Migration20261130140433 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "directory_revision" ("id" int not null, "revision" bigint not null default 0, constraint "directory_revision_pkey" primary key ("id"));`);
    this.addSql(`insert into "directory_revision" ("id", "revision") values (1, txid_current());`);
    this.addSql(`create function bump_directory_revision() returns trigger language plpgsql as $$
begin
  insert into directory_revision (id, revision) values (1, txid_current())
    on conflict (id) do update set revision = excluded.revision where directory_revision.revision <> excluded.revision;
  return null;
end $$;`);
    for (const table of DIRECTORY_TABLES) {
      this.addSql(`create trigger "${table}_bumps_directory_revision" after insert or update or delete or truncate on "${table}" for each statement execute function bump_directory_revision();`);
    }
  }

  override async down(): Promise<void> {
    for (const table of DIRECTORY_TABLES) {
      this.addSql(`drop trigger if exists "${table}_bumps_directory_revision" on "${table}";`);
    }
    this.addSql(`drop function if exists bump_directory_revision();`);
    this.addSql(`drop table if exists "directory_revision" cascade;`);
  }

}

const DIRECTORY_TABLES = ['territory', 'commune', 'organization', 'service', 'service_commune_served', 'person', 'network', 'membership'];
