import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Invitation } from '../invitation.entity';

/**
 * A personal answer link sent by mail: whoever holds it answers that one invitation, without an
 * account. Each mail brings its own link and the earlier ones keep working; revoking an invitation's
 * links deletes its rows. Only the secret's hash is kept (tokens.ts), as for sessions.
 */
@Entity()
export class InvitationLink {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'text' })
  tokenHash!: string;

  @ManyToOne(() => Invitation, { ref: true, deleteRule: 'cascade' })
  @Index()
  invitation!: Ref<Invitation>;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
