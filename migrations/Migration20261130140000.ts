import { Migration } from '@mikro-orm/migrations';

/**
 * French name order in SQL, as the client's collator has it (Intl.Collator('fr', { sensitivity:
 * 'base' })): accents and case aside. Compiled reads order lists by it, then by the stored text.
 */
export class Migration20261130140000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create collation if not exists maillage_fr_base (provider = icu, locale = 'fr-u-ks-level1', deterministic = false);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop collation if exists maillage_fr_base;`);
  }

}
