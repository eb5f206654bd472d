import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One row: a counter that PostgreSQL bumps (statement triggers, see its migration) on every write
 * to a table the public directory reads. Public answers carry it in their ETag, so an edit, by any
 * code path or instance, changes the ETag at once. Mapped so the migrator never proposes to drop it.
 */
@Entity({ tableName: 'directory_revision' })
export class DirectoryRevision {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  id!: number;

  @Property({ type: 'bigint', default: 0 })
  revision!: string;
}
