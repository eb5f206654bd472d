import { Entity, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Directive, Field, Float, Int, ObjectType } from 'type-graphql';
import type { Geometry } from 'geojson';
import { Territory } from './territory.entity';

// Public directory data: anonymous GET answers may be cached (server/src/http/public-cache.ts).
@Directive('@cacheControl(maxAge: 300)')
@ObjectType({ description: 'A commune, identified by its INSEE code.' })
@Entity()
export class Commune {
  @Field()
  @PrimaryKey({ type: 'text' })
  inseeCode!: string;

  @Field()
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  postalCode?: string | null;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  population?: number | null;

  @Field(() => Float, { nullable: true })
  @Property({ type: 'double', nullable: true })
  latitude?: number | null;

  @Field(() => Float, { nullable: true })
  @Property({ type: 'double', nullable: true })
  longitude?: number | null;

  /** GeoJSON geometry of the boundary (WGS84), drawn by the client's map. */
  @Property({ type: 'json', nullable: true, lazy: true })
  boundary?: Geometry | null;

  @ManyToOne(() => Territory, { ref: true })
  territory!: Ref<Territory>;

  /** A former commune keeps its row: the CTG names it, and history refers to it. */
  @ManyToOne(() => Commune, { ref: true, nullable: true })
  mergedInto?: Ref<Commune> | null;

  @Field(() => String, { nullable: true, description: 'Date (YYYY-MM-DD) the commune merged into another.' })
  @Property({ type: 'date', nullable: true })
  mergedOn?: string | null;
}
