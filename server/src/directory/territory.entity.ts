import { Collection, Entity, OneToMany, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { newId } from '../shared/ids';
import { Node } from '../shared/node';
import { Commune } from './commune.entity';
import { Network } from '../networks/network.entity';

/** The area of one Convention territoriale globale: an intercommunality and its communes. */
// Public directory data: anonymous GET answers may be cached (server/src/http/public-cache.ts).
@Directive('@cacheControl(maxAge: 300)')
@ObjectType({ implements: Node })
@Entity()
export class Territory implements Node {
  @Field(() => ID)
  @PrimaryKey({ type: 'text' })
  id: string = newId('Territory');

  @Field()
  @Property({ type: 'text' })
  @Unique()
  slug!: string;

  @Field()
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'SIREN of the intercommunality (EPCI).' })
  @Property({ type: 'text', nullable: true })
  sirenCode?: string | null;

  @OneToMany(() => Commune, (commune) => commune.territory)
  communes = new Collection<Commune>(this);

  @OneToMany(() => Network, (network) => network.territory)
  networks = new Collection<Network>(this);
}
