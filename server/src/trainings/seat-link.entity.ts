import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Registration } from './registration.entity';

/**
 * A personal link sent by mail to give a seat back without signing in. Only the secret's hash is
 * kept (as for the meetings' answer links); the registration's cancellation ends its use.
 */
@Entity({ tableName: 'training_seat_link' })
export class SeatLink {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'text' })
  tokenHash!: string;

  @ManyToOne(() => Registration, { ref: true, deleteRule: 'cascade' })
  @Index()
  registration!: Ref<Registration>;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
