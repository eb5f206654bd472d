import { Migration } from '@mikro-orm/migrations';

export class Migration20261130121720 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "roadmap_action" add column "created_at" timestamptz not null default now();`);

    this.addSql(`alter table "training" drop constraint training_not_overbooked;`);

    this.addSql(`alter table "training" add constraint training_not_overbooked check(confirmed_count between 0 and capacity);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "roadmap_action" drop column "created_at";`);

    this.addSql(`alter table "training" drop constraint training_not_overbooked;`);

    this.addSql(`alter table "training" add constraint training_not_overbooked check((confirmed_count >= 0) AND (confirmed_count <= capacity));`);
  }

}
