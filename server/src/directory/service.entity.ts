import {
  Check,
  Collection,
  Entity,
  Enum,
  Index,
  ManyToMany,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  type Ref,
} from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { newId } from '../shared/ids';
import { Node } from '../shared/node';
import { Commune } from './commune.entity';
import { ServiceCommuneServed } from './service-commune-served.entity';
import { Audience, ServiceMode, Theme } from './directory.enums';
import { Organization } from './organization.entity';
import { enumArrayCheck, plainName, serviceSearchVector } from './search-columns';

// Public directory data: anonymous GET answers may be cached (server/src/http/public-cache.ts).
@Directive('@cacheControl(maxAge: 300)')
@ObjectType({ implements: Node, description: 'What a structure offers: a permanence, a workshop, a place…' })
@Entity()
@Index({
  name: 'service_search_vector_idx',
  expression: 'create index "service_search_vector_idx" on "service" using gin ("search_vector")',
})
@Index({
  name: 'service_search_name_idx',
  expression: 'create index "service_search_name_idx" on "service" using gin ("search_name" gin_trgm_ops)',
})
@Index({ name: 'service_themes_idx', expression: 'create index "service_themes_idx" on "service" using gin ("themes")' })
@Index({ name: 'service_audiences_idx', expression: 'create index "service_audiences_idx" on "service" using gin ("audiences")' })
@Check({ name: 'service_themes_check', expression: enumArrayCheck('themes', Theme) })
@Check({ name: 'service_audiences_check', expression: enumArrayCheck('audiences', Audience) })
@Check({ name: 'service_modes_check', expression: enumArrayCheck('modes', ServiceMode) })
export class Service implements Node {
  [OptionalProps]?: 'updatedAt' | 'themes' | 'audiences' | 'modes';

  @Field(() => ID)
  @PrimaryKey({ type: 'text' })
  id: string = newId('Service');

  @ManyToOne(() => Organization, { ref: true, deleteRule: 'cascade' })
  @Index()
  organization!: Ref<Organization>;

  @Field()
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Its own web address, when it is an online tool or has a page apart from its structure’s site.',
  })
  @Property({ type: 'text', nullable: true })
  url?: string | null;

  @Field(() => [Theme])
  @Enum({ items: () => Theme, array: true, default: [] })
  themes: Theme[] = [];

  @Field(() => [Audience])
  @Enum({ items: () => Audience, array: true, default: [] })
  audiences: Audience[] = [];

  @Field(() => [ServiceMode])
  @Enum({ items: () => ServiceMode, array: true, default: [] })
  modes: ServiceMode[] = [];

  @ManyToMany({ entity: () => Commune, pivotEntity: () => ServiceCommuneServed })
  communesServed = new Collection<Commune>(this);

  @Property({
    type: 'tsvector',
    generated: `(${serviceSearchVector}) stored`,
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

  @Field({ description: 'Last time its structure checked or changed it.' })
  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
