import { Entity, Enum, Index, ManyToOne, PrimaryKey, type Ref, Unique } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { newId } from '../shared/ids';
import { Node } from '../shared/node';
import { Organization } from '../directory/organization.entity';
import { Person } from '../directory/person.entity';
import { Network } from './network.entity';
import { MembershipRole } from './network.enums';

/** An organisation (optionally through one of its people) taking part in a network, with a role. */
// Public directory data: anonymous GET answers may be cached (server/src/http/public-cache.ts).
@Directive('@cacheControl(maxAge: 300)')
@ObjectType({ implements: Node })
@Entity()
@Unique({ properties: ['network', 'organization', 'person'] })
export class Membership implements Node {
  @Field(() => ID)
  @PrimaryKey({ type: 'text' })
  id: string = newId('Membership');

  @ManyToOne(() => Network, { ref: true, deleteRule: 'cascade' })
  network!: Ref<Network>;

  @ManyToOne(() => Organization, { ref: true, deleteRule: 'cascade' })
  @Index()
  organization!: Ref<Organization>;

  @ManyToOne(() => Person, { ref: true, nullable: true, deleteRule: 'cascade' })
  @Index()
  person?: Ref<Person> | null;

  @Field(() => MembershipRole)
  @Enum({ items: () => MembershipRole, nativeEnumName: 'membership_role' })
  role!: MembershipRole;
}
