import { Migration } from '@mikro-orm/migrations';

/**
 * The outbox (MailMessage): every mail is written here, in the transaction of the work that sends
 * it, before its `mail.send` job delivers it. pg-boss keeps its own tables in the `pgboss` schema.
 */
export class Migration20261130081445 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "mail_status" as enum ('QUEUED', 'SENT', 'STORED', 'FAILED');`);
    this.addSql(
      `create table "mail_message" ("id" text not null, "recipient" text not null, "subject" text not null, "text" text not null, "html" text not null, "attachments" jsonb null, "alternatives" jsonb null, "status" "mail_status" not null default 'QUEUED', "created_at" timestamptz not null default now(), "sent_at" timestamptz null, "error" text null, "message_id" text null, constraint "mail_message_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "mail_message_created_at_id_index" on "mail_message" ("created_at", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "mail_message" cascade;`);

    this.addSql(`drop type "mail_status";`);
  }
}
