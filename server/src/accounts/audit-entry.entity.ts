import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { newId } from '../shared/ids';
import { Node } from '../shared/node';
import { User } from './user.entity';

/** Who changed what and when: one row per successful mutation. */
@ObjectType({ implements: Node })
@Entity()
@Index({ properties: ['at', 'id'] })
export class AuditEntry implements Node {
  [OptionalProps]?: 'at';

  @Field(() => ID)
  @PrimaryKey({ type: 'text' })
  id: string = newId('AuditEntry');

  @Field()
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  at: Date = new Date();

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  @Index()
  actor?: Ref<User> | null;

  @Field({ description: 'The mutation, e.g. updateOrganization.' })
  @Property({ type: 'text' })
  @Index()
  action!: string;

  @Field(() => String, { nullable: true, description: 'Id of the object changed, when there is one.' })
  @Property({ type: 'text', nullable: true })
  @Index()
  targetId?: string | null;

  /** Exposed as JSON text by AuditResolver.details. */
  @Property({ type: 'json' })
  details!: Record<string, unknown>;
}
