import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Person } from '../directory/person.entity';
import { newId } from '../shared/ids';
import { Node } from '../shared/node';
import { UserRole } from './account.enums';

/** Someone who signs in. `passwordHash` never leaves the server: it has no @Field. */
@ObjectType({ implements: Node })
@Entity({ tableName: 'app_user' })
export class User implements Node {
  [OptionalProps]?: 'createdAt' | 'isDemo';

  @Field(() => ID)
  @PrimaryKey({ type: 'text' })
  id: string = newId('User');

  /** Stored lower-cased: addresses are compared case-insensitively. */
  @Field()
  @Property({ type: 'text' })
  @Unique()
  email!: string;

  @Field()
  @Property({ type: 'text' })
  displayName!: string;

  @Field(() => UserRole)
  @Enum({ items: () => UserRole, nativeEnumName: 'user_role' })
  role!: UserRole;

  @Property({ type: 'text', nullable: true, hidden: true, lazy: true })
  passwordHash?: string | null;

  @ManyToOne(() => Person, { ref: true, nullable: true, deleteRule: 'set null' })
  person?: Ref<Person> | null;

  /** Demo accounts (known password) sign in only where demo mode is on. */
  @Property({ type: 'boolean', default: false })
  isDemo: boolean = false;

  /** Disabled accounts keep their history but cannot sign in. */
  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  disabledAt?: Date | null;

  @Field()
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
