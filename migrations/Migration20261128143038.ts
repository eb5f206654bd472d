import { Migration } from '@mikro-orm/migrations';

export class Migration20261128143038 extends Migration {

  override async up(): Promise<void> {
    // Search support, created by hand: the generated columns below depend on it.
    // `maillage_fr` is French stemming with accents removed first, so "numerique", "Numérique"
    // and "numériques" meet; the functions are immutable wrappers that generated columns accept.
    this.addSql(`create extension if not exists unaccent;`);
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(`create text search configuration maillage_fr (copy = french);`);
    this.addSql(`alter text search configuration maillage_fr alter mapping for hword, hword_part, word with unaccent, french_stem;`);
    this.addSql(`create function maillage_unaccent(text) returns text language sql immutable parallel safe strict
      as $$ select public.unaccent('public.unaccent'::regdictionary, $1) $$;`);
    this.addSql(`create function maillage_join(text[]) returns text language sql immutable parallel safe
      as $$ select coalesce(array_to_string($1, ' '), '') $$;`);
    // Theme codes as French words, so that "logement" finds every housing service.
    this.addSql(`create function maillage_theme_words(text[]) returns text language sql immutable parallel safe
      as $$ select coalesce(string_agg(case t
        when 'RIGHTS_AND_DIGITAL_INCLUSION' then 'accès aux droits inclusion numérique démarches en ligne'
        when 'EARLY_CHILDHOOD' then 'petite enfance accueil du jeune enfant crèche'
        when 'CHILDHOOD' then 'enfance loisirs accueil de loisirs périscolaire'
        when 'YOUTH' then 'jeunesse jeunes adolescents'
        when 'PARENTING' then 'parentalité parents familles'
        when 'SOCIAL_LIFE' then 'animation de la vie sociale vivre ensemble'
        when 'HOUSING' then 'logement habitat'
        else '' end, ' '), '') from unnest($1) t $$;`);

    this.addSql(`create type "network_kind" as enum ('NETWORK', 'COMMISSION', 'STEERING_COMMITTEE');`);
    this.addSql(`create type "theme" as enum ('RIGHTS_AND_DIGITAL_INCLUSION', 'EARLY_CHILDHOOD', 'CHILDHOOD', 'YOUTH', 'PARENTING', 'SOCIAL_LIFE', 'HOUSING');`);
    this.addSql(`create type "organization_kind" as enum ('CAF', 'INTERCOMMUNALITY', 'MUNICIPALITY', 'CCAS', 'DEPARTMENT', 'SOCIAL_CENTRE', 'SOCIAL_LIFE_SPACE', 'CHILDCARE', 'ASSOCIATION', 'PUBLIC_SERVICE', 'HOUSING_PROVIDER', 'SCHOOL', 'HEALTH', 'COMPANY', 'OTHER');`);
    this.addSql(`create type "membership_role" as enum ('ANIMATOR', 'CO_ANIMATOR', 'MEMBER', 'ELECTED_OFFICIAL', 'GUEST');`);
    this.addSql(`create table "territory" ("id" text not null, "slug" text not null, "name" text not null, "siren_code" text null, constraint "territory_pkey" primary key ("id"));`);
    this.addSql(`alter table "territory" add constraint "territory_slug_unique" unique ("slug");`);

    this.addSql(`create table "network" ("id" text not null, "slug" text not null, "name" text not null, "kind" "network_kind" not null, "theme" "theme" null, "description" text not null, "territory_id" text not null, constraint "network_pkey" primary key ("id"));`);
    this.addSql(`alter table "network" add constraint "network_slug_unique" unique ("slug");`);

    this.addSql(`create table "commune" ("insee_code" text not null, "name" text not null, "postal_code" text null, "population" int null, "latitude" double precision null, "longitude" double precision null, "boundary" jsonb null, "territory_id" text not null, "merged_into_insee_code" text null, "merged_on" date null, constraint "commune_pkey" primary key ("insee_code"));`);

    this.addSql(`create table "organization" ("id" text not null, "slug" text not null, "name" text not null, "kind" "organization_kind" not null, "description" text null, "territory_id" text not null, "commune_insee_code" text null, "address" text null, "website" text null, "public_email" text null, "public_phone" text null, "labels" text[] not null default '{}', "search_vector" tsvector generated always as ((setweight(to_tsvector('maillage_fr'::regconfig, name), 'A'::"char") || setweight(to_tsvector('maillage_fr'::regconfig, maillage_join(labels)), 'B'::"char")) || setweight(to_tsvector('maillage_fr'::regconfig, COALESCE(description, ''::text)), 'C'::"char")) stored not null, "search_name" text generated always as (maillage_unaccent(lower(name))) stored not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "organization_pkey" primary key ("id"));`);
    this.addSql(`alter table "organization" add constraint "organization_slug_unique" unique ("slug");`);
    this.addSql(`create index "organization_kind_index" on "organization" ("kind");`);
    this.addSql(`create index "organization_commune_insee_code_index" on "organization" ("commune_insee_code");`);
    this.addSql(`create index "organization_search_name_id_idx" on "organization" ("search_name", "id");`);
    this.addSql(`create index "organization_search_name_idx" on "organization" using gin ("search_name" gin_trgm_ops);`);
    this.addSql(`create index "organization_search_vector_idx" on "organization" using gin ("search_vector");`);

    this.addSql(`create table "service" ("id" text not null, "organization_id" text not null, "name" text not null, "description" text null, "themes" text[] not null default '{}', "audiences" text[] not null default '{}', "modes" text[] not null default '{}', "search_vector" tsvector generated always as ((setweight(to_tsvector('maillage_fr'::regconfig, name), 'A'::"char") || setweight(to_tsvector('maillage_fr'::regconfig, maillage_theme_words(themes)), 'B'::"char")) || setweight(to_tsvector('maillage_fr'::regconfig, COALESCE(description, ''::text)), 'C'::"char")) stored not null, "updated_at" timestamptz not null default now(), constraint "service_pkey" primary key ("id"), constraint service_modes_check check (modes <@ ARRAY['ON_SITE'::text, 'BY_APPOINTMENT'::text, 'ITINERANT'::text, 'REMOTE'::text]), constraint service_audiences_check check (audiences <@ ARRAY['ALL'::text, 'FAMILIES'::text, 'PARENTS'::text, 'YOUNG_CHILDREN'::text, 'CHILDREN'::text, 'TEENAGERS'::text, 'YOUNG_ADULTS'::text, 'SENIORS'::text, 'PEOPLE_WITH_DISABILITIES'::text, 'PEOPLE_IN_PRECARITY'::text, 'PROFESSIONALS'::text, 'VOLUNTEERS'::text, 'ELECTED_OFFICIALS'::text]), constraint service_themes_check check (themes <@ ARRAY['RIGHTS_AND_DIGITAL_INCLUSION'::text, 'EARLY_CHILDHOOD'::text, 'CHILDHOOD'::text, 'YOUTH'::text, 'PARENTING'::text, 'SOCIAL_LIFE'::text, 'HOUSING'::text]));`);
    this.addSql(`create index "service_organization_id_index" on "service" ("organization_id");`);
    this.addSql(`create index "service_audiences_idx" on "service" using gin ("audiences");`);
    this.addSql(`create index "service_themes_idx" on "service" using gin ("themes");`);
    this.addSql(`create index "service_search_vector_idx" on "service" using gin ("search_vector");`);

    this.addSql(`create table "service_commune_served" ("service_id" text not null, "commune_insee_code" text not null, constraint "service_commune_served_pkey" primary key ("service_id", "commune_insee_code"));`);

    this.addSql(`create table "person" ("id" text not null, "first_name" text not null, "last_name" text not null, "job_title" text null, "organization_id" text null, "email" text null, "phone" text null, constraint "person_pkey" primary key ("id"));`);
    this.addSql(`create index "person_organization_id_index" on "person" ("organization_id");`);
    this.addSql(`alter table "person" add constraint "person_email_unique" unique ("email");`);

    this.addSql(`create table "membership" ("id" text not null, "network_id" text not null, "organization_id" text not null, "person_id" text null, "role" "membership_role" not null, constraint "membership_pkey" primary key ("id"));`);
    this.addSql(`create index "membership_organization_id_index" on "membership" ("organization_id");`);
    this.addSql(`create index "membership_person_id_index" on "membership" ("person_id");`);
    this.addSql(`alter table "membership" add constraint "membership_network_id_organization_id_person_id_unique" unique nulls not distinct ("network_id", "organization_id", "person_id");`);

    this.addSql(`alter table "network" add constraint "network_territory_id_foreign" foreign key ("territory_id") references "territory" ("id") on update cascade;`);

    this.addSql(`alter table "commune" add constraint "commune_territory_id_foreign" foreign key ("territory_id") references "territory" ("id") on update cascade;`);
    this.addSql(`alter table "commune" add constraint "commune_merged_into_insee_code_foreign" foreign key ("merged_into_insee_code") references "commune" ("insee_code") on update cascade on delete set null;`);

    this.addSql(`alter table "organization" add constraint "organization_territory_id_foreign" foreign key ("territory_id") references "territory" ("id") on update cascade;`);
    this.addSql(`alter table "organization" add constraint "organization_commune_insee_code_foreign" foreign key ("commune_insee_code") references "commune" ("insee_code") on update cascade on delete set null;`);

    this.addSql(`alter table "service" add constraint "service_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "service_commune_served" add constraint "service_commune_served_service_id_foreign" foreign key ("service_id") references "service" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "service_commune_served" add constraint "service_commune_served_commune_insee_code_foreign" foreign key ("commune_insee_code") references "commune" ("insee_code") on update cascade on delete cascade;`);

    this.addSql(`alter table "person" add constraint "person_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "membership" add constraint "membership_network_id_foreign" foreign key ("network_id") references "network" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "membership" add constraint "membership_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "membership" add constraint "membership_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    for (const table of ['membership', 'person', 'service_commune_served', 'service', 'organization', 'commune', 'network', 'territory']) {
      this.addSql(`drop table if exists "${table}" cascade;`);
    }
    this.addSql(`drop type if exists "network_kind", "theme", "organization_kind", "membership_role";`);
    this.addSql(`drop function if exists maillage_theme_words(text[]), maillage_join(text[]), maillage_unaccent(text);`);
    this.addSql(`drop text search configuration if exists maillage_fr;`);
  }
}
