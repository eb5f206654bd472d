import { Migration } from '@mikro-orm/migrations';

export class Migration20261130112906 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "roadmap_action" add column "source_line" int null;`);

    this.addSql(`alter table "training" drop constraint training_not_overbooked;`);

    this.addSql(`alter table "training" add constraint training_not_overbooked check(confirmed_count between 0 and capacity);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "roadmap_action" drop column "source_line";`);

    this.addSql(`alter table "training" drop constraint training_not_overbooked;`);

    this.addSql(`alter table "training" add constraint training_not_overbooked check((confirmed_count >= 0) AND (confirmed_count <= capacity));`);
  }

}
