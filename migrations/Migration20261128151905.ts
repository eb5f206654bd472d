import { Migration } from '@mikro-orm/migrations';

/**
 * The directory filtered by a commune starts from the communes' side of
 * service_commune_served: its primary key (service_id, commune_insee_code) cannot answer
 * "which services serve this commune?" without reading the whole table (1.1 million rows
 * for a national directory). Declared on ServiceCommuneServed, the pivot's entity.
 */
export class Migration20261128151905 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "service_commune_served_commune_insee_code_service_id_index" on "service_commune_served" ("commune_insee_code", "service_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "service_commune_served_commune_insee_code_service_id_index";`);
  }

}
