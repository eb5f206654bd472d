import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { User } from '../accounts/user.entity';
import { Person } from '../directory/person.entity';
import { newId } from '../shared/ids';
import { Node } from '../shared/node';
import { RegistrationStatus } from './training.enums';
import type { Training } from './training.entity';

/**
 * A person's registration to a training. `sequence` is its arrival number, given under the
 * training's row lock: the order the server committed registrations in, which the waitlist follows.
 * One active (confirmed or waitlisted) registration per person and training.
 */
@ObjectType({ implements: Node })
@Entity()
@Unique({ properties: ['training', 'sequence'] })
@Index({
  name: 'registration_active_unique',
  expression:
    "create unique index registration_active_unique on registration (training_id, person_id) where status <> 'CANCELLED'",
})
@Index({ properties: ['training', 'status', 'sequence'] })
export class Registration implements Node {
  [OptionalProps]?: 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'text' })
  id: string = newId('Registration');

  @ManyToOne('Training', { ref: true, deleteRule: 'cascade' })
  training!: Ref<Training>;

  @ManyToOne(() => Person, { ref: true, deleteRule: 'cascade' })
  @Index()
  person!: Ref<Person>;

  @Field(() => RegistrationStatus)
  @Enum({ items: () => RegistrationStatus, nativeEnumName: 'registration_status' })
  status!: RegistrationStatus;

  @Field(() => Int, { description: 'Arrival number within the training (the order registrations were committed in).' })
  @Property({ type: 'integer' })
  sequence!: number;

  /** Set under the training's row lock, so it follows `sequence`. */
  @Field()
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Field(() => Date, { nullable: true, description: 'When it moved from the waitlist to a seat.' })
  @Property({ type: 'datetime', nullable: true })
  promotedAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  cancelledAt?: Date | null;

  /** When the mail telling them of their promotion was queued (its job runs once). */
  @Property({ type: 'datetime', nullable: true })
  promotionMailedAt?: Date | null;

  /** Who registered them, when not themselves (an animator, an admin). */
  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  registeredBy?: Ref<User> | null;
}
