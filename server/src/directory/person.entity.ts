import { Collection, Entity, Index, ManyToOne, OneToMany, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { newId } from '../shared/ids';
import { Node } from '../shared/node';
import { Organization } from './organization.entity';
import { Membership } from '../networks/membership.entity';

/** A contact person. `email` and `phone` are personal data: exposed only through PersonResolver. */
@ObjectType({ implements: Node })
@Entity()
export class Person implements Node {
  @Field(() => ID)
  @PrimaryKey({ type: 'text' })
  id: string = newId('Person');

  @Field()
  @Property({ type: 'text' })
  firstName!: string;

  @Field()
  @Property({ type: 'text' })
  lastName!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  jobTitle?: string | null;

  @ManyToOne(() => Organization, { ref: true, nullable: true, deleteRule: 'set null' })
  @Index()
  organization?: Ref<Organization> | null;

  @Property({ type: 'text', nullable: true })
  @Unique()
  email?: string | null;

  @Property({ type: 'text', nullable: true })
  phone?: string | null;

  @OneToMany(() => Membership, (membership) => membership.person)
  memberships = new Collection<Membership>(this);
}
