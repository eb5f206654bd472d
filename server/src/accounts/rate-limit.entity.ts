import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The table rate-limiter-flexible's PostgreSQL store works on (its own layout), mapped here so the
 * migrator creates it and never proposes to drop it. Limits held here hold across instances.
 */
@Entity({ tableName: 'rate_limit' })
export class RateLimitCounter {
  @PrimaryKey({ type: 'string', length: 255 })
  key!: string;

  @Property({ type: 'integer', default: 0 })
  points!: number;

  @Property({ type: 'bigint', nullable: true })
  expire?: string | null;
}
