import { Collection, Entity, Enum, ManyToOne, OneToMany, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { newId } from '../shared/ids';
import { Node } from '../shared/node';
import { Theme } from '../directory/directory.enums';
import { Territory } from '../directory/territory.entity';
import { Membership } from './membership.entity';
import { NetworkKind } from './network.enums';

/** A local partner network, a commission or the steering committee of a territory. */
// Public directory data: anonymous GET answers may be cached (server/src/http/public-cache.ts).
@Directive('@cacheControl(maxAge: 300)')
@ObjectType({ implements: Node })
@Entity()
export class Network implements Node {
  @Field(() => ID)
  @PrimaryKey({ type: 'text' })
  id: string = newId('Network');

  @Field()
  @Property({ type: 'text' })
  @Unique()
  slug!: string;

  @Field()
  @Property({ type: 'text' })
  name!: string;

  @Field(() => NetworkKind)
  @Enum({ items: () => NetworkKind, nativeEnumName: 'network_kind' })
  kind!: NetworkKind;

  @Field(() => Theme, { nullable: true })
  @Enum({ items: () => Theme, nullable: true, nativeEnumName: 'theme' })
  theme?: Theme | null;

  @Field()
  @Property({ type: 'text' })
  description!: string;

  @ManyToOne(() => Territory, { ref: true })
  territory!: Ref<Territory>;

  @OneToMany(() => Membership, (membership) => membership.network, { orderBy: { id: 'asc' } })
  memberships = new Collection<Membership>(this);
}
