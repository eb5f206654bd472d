import { Check, Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { User } from '../../accounts/user.entity';
import { newId } from '../../shared/ids';
import { Node } from '../../shared/node';
import { Network } from '../network.entity';
import { NetworkLinkKind } from './network-link.enums';

/**
 * A typed link between two networks (« maillage » between the CTG's local networks), with the
 * passage of the CTG it comes from. One link per (from, to, kind); for symmetric kinds one per
 * unordered pair too (see DIRECTED_KINDS), enforced by the partial expression index below.
 */
@ObjectType({ implements: Node, description: 'How two networks work together.' })
@Entity()
@Unique({ properties: ['from', 'to', 'kind'] })
@Check({ name: 'network_link_two_networks', expression: 'from_id <> to_id' })
@Index({
  name: 'network_link_symmetric_pair_unique',
  expression:
    "create unique index network_link_symmetric_pair_unique on network_link (kind, least(from_id, to_id), greatest(from_id, to_id)) where kind <> 'REFERRAL'",
})
export class NetworkLink implements Node {
  [OptionalProps]?: 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'text' })
  id: string = newId('NetworkLink');

  @ManyToOne(() => Network, { ref: true, deleteRule: 'cascade' })
  from!: Ref<Network>;

  @ManyToOne(() => Network, { ref: true, deleteRule: 'cascade' })
  @Index()
  to!: Ref<Network>;

  @Field(() => NetworkLinkKind)
  @Enum({ items: () => NetworkLinkKind, nativeEnumName: 'network_link_kind' })
  kind!: NetworkLinkKind;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'The passage of the CTG this link comes from (where, and its words).' })
  @Property({ type: 'text', nullable: true })
  source?: string | null;

  /** Who drew it; null for the demo seed, or once the account is erased. */
  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  createdBy?: Ref<User> | null;

  @Field()
  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
