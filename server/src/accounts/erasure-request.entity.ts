import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { newId } from '../shared/ids';
import { Node } from '../shared/node';
import { User } from './user.entity';

export enum ErasureStatus {
  PENDING = 'PENDING',
  DONE = 'DONE',
  REFUSED = 'REFUSED',
}
registerEnumType(ErasureStatus, { name: 'ErasureStatus' });

/** A person's request to be erased (GDPR art. 17), which an admin carries out or refuses. */
@ObjectType({ implements: Node })
@Entity()
export class ErasureRequest implements Node {
  [OptionalProps]?: 'requestedAt' | 'status';

  @Field(() => ID)
  @PrimaryKey({ type: 'text' })
  id: string = newId('ErasureRequest');

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  reason?: string | null;

  @Field(() => ErasureStatus)
  @Enum({ items: () => ErasureStatus, nativeEnumName: 'erasure_status' })
  status: ErasureStatus = ErasureStatus.PENDING;

  @Field()
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  requestedAt: Date = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  handledAt?: Date | null;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  handledBy?: Ref<User> | null;
}
