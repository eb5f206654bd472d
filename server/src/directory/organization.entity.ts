import {
  Collection,
  Entity,
  Enum,
  Index,
  ManyToOne,
  OneToMany,
  OptionalProps,
  PrimaryKey,
  Property,
  type Ref,
  Unique,
} from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { newId } from '../shared/ids';
import { Node } from '../shared/node';
import { Commune } from './commune.entity';
import { OrganizationKind } from './directory.enums';
import { organizationSearchVector, plainName } from './search-columns';
import { Person } from './person.entity';
import { Service } from './service.entity';
import { Territory } from './territory.entity';
import { Membership } from '../networks/membership.entity';

// Public directory data: anonymous GET answers may be cached (server/src/http/public-cache.ts).
@Directive('@cacheControl(maxAge: 300)')
@ObjectType({ implements: Node, description: 'A structure of the territory: public body, association, service…' })
@Entity()
@Index({
  name: 'organization_search_vector_idx',
  expression: 'create index "organization_search_vector_idx" on "organization" using gin ("search_vector")',
})
@Index({
  name: 'organization_search_name_idx',
  expression: 'create index "organization_search_name_idx" on "organization" using gin ("search_name" gin_trgm_ops)',
})
@Index({
  name: 'organization_search_name_id_idx',
  expression: 'create index "organization_search_name_id_idx" on "organization" ("search_name", "id")',
})
export class Organization implements Node {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'labels';

  @Field(() => ID)
  @PrimaryKey({ type: 'text' })
  id: string = newId('Organization');

  @Field()
  @Property({ type: 'text' })
  @Unique()
  slug!: string;

  @Field()
  @Property({ type: 'text' })
  name!: string;

  @Field(() => OrganizationKind)
  @Enum({ items: () => OrganizationKind, nativeEnumName: 'organization_kind' })
  @Index()
  kind!: OrganizationKind;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @ManyToOne(() => Territory, { ref: true })
  territory!: Ref<Territory>;

  @ManyToOne(() => Commune, { ref: true, nullable: true })
  @Index()
  commune?: Ref<Commune> | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  address?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  website?: string | null;

  @Field(() => String, { nullable: true, description: "The structure's public contact address (not a person's)." })
  @Property({ type: 'text', nullable: true })
  publicEmail?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  publicPhone?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Opening hours in OpenStreetMap opening_hours syntax (e.g. "Mo-Fr 09:00-12:00").',
  })
  @Property({ type: 'text', nullable: true })
  openingHours?: string | null;

  @Field(() => [String], { description: 'Labels and programmes it carries (France services, Point numérique Caf…).' })
  @Property({ type: 'text[]', default: '{}' })
  labels: string[] = [];

  @OneToMany(() => Service, (service) => service.organization, { orderBy: { name: 'asc' } })
  services = new Collection<Service>(this);

  @OneToMany(() => Person, (person) => person.organization, { orderBy: { lastName: 'asc', firstName: 'asc' } })
  people = new Collection<Person>(this);

  @OneToMany(() => Membership, (membership) => membership.organization)
  memberships = new Collection<Membership>(this);

  @Property({
    type: 'tsvector',
    generated: `(${organizationSearchVector}) stored`,
    lazy: true,
    hidden: true,
    ignoreSchemaChanges: ['type', 'extra'],
  })
  searchVector?: string;

  @Property({
    type: 'text',
    generated: `(${plainName}) stored`,
    lazy: true,
    hidden: true,
    ignoreSchemaChanges: ['type', 'extra'],
  })
  searchName?: string;

  @Field()
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field()
  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
