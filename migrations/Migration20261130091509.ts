import { Migration } from '@mikro-orm/migrations';

export class Migration20261130091509 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "invitation" drop constraint "invitation_link_token_hash_unique";`);
    this.addSql(`alter table "invitation" drop column "link_token_hash";`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "invitation" add column "link_token_hash" text null;`);
    this.addSql(`alter table "invitation" add constraint "invitation_link_token_hash_unique" unique ("link_token_hash");`);
  }

}
