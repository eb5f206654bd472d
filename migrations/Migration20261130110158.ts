import { Migration } from '@mikro-orm/migrations';

export class Migration20261130110158 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "training" drop constraint training_not_overbooked;`);

    this.addSql(`alter table "training" add constraint training_not_overbooked check(confirmed_count between 0 and capacity);`);

    this.addSql(`alter table "roadmap_work_link" drop constraint roadmap_work_link_one_target;`);

    this.addSql(`alter table "roadmap_work_link" add column "training_id" text null;`);
    this.addSql(`alter table "roadmap_work_link" add constraint "roadmap_work_link_training_id_foreign" foreign key ("training_id") references "training" ("id") on update cascade on delete cascade;`);
    this.addSql(`create index "roadmap_work_link_training_id_index" on "roadmap_work_link" ("training_id");`);
    this.addSql(`alter table "roadmap_work_link" add constraint "roadmap_work_link_action_id_training_id_unique" unique ("action_id", "training_id");`);
    this.addSql(`alter table "roadmap_work_link" add constraint roadmap_work_link_one_target check(num_nonnulls(meeting_id, agenda_item_id, training_id) = 1);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "roadmap_work_link" drop constraint "roadmap_work_link_training_id_foreign";`);

    this.addSql(`drop index "roadmap_work_link_training_id_index";`);
    this.addSql(`alter table "roadmap_work_link" drop constraint "roadmap_work_link_action_id_training_id_unique";`);
    this.addSql(`alter table "roadmap_work_link" drop constraint roadmap_work_link_one_target;`);
    this.addSql(`alter table "roadmap_work_link" drop column "training_id";`);

    this.addSql(`alter table "roadmap_work_link" add constraint roadmap_work_link_one_target check(num_nonnulls(meeting_id, agenda_item_id) = 1);`);

    this.addSql(`alter table "training" drop constraint training_not_overbooked;`);

    this.addSql(`alter table "training" add constraint training_not_overbooked check((confirmed_count >= 0) AND (confirmed_count <= capacity));`);
  }

}
