import { Migration } from '@mikro-orm/migrations';

export class Migration20261128143740 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "user_role" as enum ('ADMIN', 'ANIMATOR', 'PARTNER');`);
    this.addSql(`create type "erasure_status" as enum ('PENDING', 'DONE', 'REFUSED');`);
    this.addSql(`create table "rate_limit" ("key" varchar(255) not null, "points" int not null default 0, "expire" bigint null, constraint "rate_limit_pkey" primary key ("key"));`);

    this.addSql(`create table "app_user" ("id" text not null, "email" text not null, "display_name" text not null, "role" "user_role" not null, "password_hash" text null, "person_id" text null, "is_demo" boolean not null default false, "disabled_at" timestamptz null, "created_at" timestamptz not null default now(), constraint "app_user_pkey" primary key ("id"));`);
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);

    this.addSql(`create table "session" ("token_hash" text not null, "user_id" text not null, "created_at" timestamptz not null default now(), "expires_at" timestamptz not null, "revoked_at" timestamptz null, constraint "session_pkey" primary key ("token_hash"));`);
    this.addSql(`create index "session_user_id_index" on "session" ("user_id");`);
    this.addSql(`create index "session_expires_at_index" on "session" ("expires_at");`);

    this.addSql(`create table "erasure_request" ("id" text not null, "user_id" text not null, "reason" text null, "status" "erasure_status" not null default 'PENDING', "requested_at" timestamptz not null default now(), "handled_at" timestamptz null, "handled_by_id" text null, constraint "erasure_request_pkey" primary key ("id"));`);

    this.addSql(`create table "audit_entry" ("id" text not null, "at" timestamptz not null default now(), "actor_id" text null, "action" text not null, "target_id" text null, "details" jsonb not null, constraint "audit_entry_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_entry_actor_id_index" on "audit_entry" ("actor_id");`);
    this.addSql(`create index "audit_entry_action_index" on "audit_entry" ("action");`);
    this.addSql(`create index "audit_entry_target_id_index" on "audit_entry" ("target_id");`);
    this.addSql(`create index "audit_entry_at_id_index" on "audit_entry" ("at", "id");`);

    this.addSql(`create table "account_invitation" ("id" text not null, "email" text not null, "role" "user_role" not null, "display_name" text not null, "person_id" text null, "token_hash" text not null, "invited_by_id" text null, "created_at" timestamptz not null default now(), "expires_at" timestamptz not null, "accepted_at" timestamptz null, constraint "account_invitation_pkey" primary key ("id"));`);
    this.addSql(`alter table "account_invitation" add constraint "account_invitation_token_hash_unique" unique ("token_hash");`);

    this.addSql(`alter table "app_user" add constraint "app_user_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "session" add constraint "session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "erasure_request" add constraint "erasure_request_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "erasure_request" add constraint "erasure_request_handled_by_id_foreign" foreign key ("handled_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "audit_entry" add constraint "audit_entry_actor_id_foreign" foreign key ("actor_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "account_invitation" add constraint "account_invitation_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "account_invitation" add constraint "account_invitation_invited_by_id_foreign" foreign key ("invited_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "organization" add column "opening_hours" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "session" drop constraint "session_user_id_foreign";`);

    this.addSql(`alter table "erasure_request" drop constraint "erasure_request_user_id_foreign";`);

    this.addSql(`alter table "erasure_request" drop constraint "erasure_request_handled_by_id_foreign";`);

    this.addSql(`alter table "audit_entry" drop constraint "audit_entry_actor_id_foreign";`);

    this.addSql(`alter table "account_invitation" drop constraint "account_invitation_invited_by_id_foreign";`);

    this.addSql(`drop table if exists "rate_limit" cascade;`);

    this.addSql(`drop table if exists "app_user" cascade;`);

    this.addSql(`drop table if exists "session" cascade;`);

    this.addSql(`drop table if exists "erasure_request" cascade;`);

    this.addSql(`drop table if exists "audit_entry" cascade;`);

    this.addSql(`drop table if exists "account_invitation" cascade;`);

    this.addSql(`alter table "organization" drop column "opening_hours";`);

    this.addSql(`drop type "user_role";`);
    this.addSql(`drop type "erasure_status";`);
  }

}
