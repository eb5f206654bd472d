import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Person } from '../directory/person.entity';
import { newId } from '../shared/ids';
import { Node } from '../shared/node';
import { UserRole } from './account.enums';
import { User } from './user.entity';

/** An admin's invitation to create an account, redeemed once through a secret link. */
@ObjectType({ implements: Node })
@Entity()
export class AccountInvitation implements Node {
  [OptionalProps]?: 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'text' })
  id: string = newId('AccountInvitation');

  @Field()
  @Property({ type: 'text' })
  email!: string;

  @Field(() => UserRole)
  @Enum({ items: () => UserRole, nativeEnumName: 'user_role' })
  role!: UserRole;

  @Field()
  @Property({ type: 'text' })
  displayName!: string;

  @ManyToOne(() => Person, { ref: true, nullable: true, deleteRule: 'set null' })
  person?: Ref<Person> | null;

  @Property({ type: 'text', hidden: true })
  @Unique()
  tokenHash!: string;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  invitedBy?: Ref<User> | null;

  @Field()
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field()
  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  acceptedAt?: Date | null;
}
