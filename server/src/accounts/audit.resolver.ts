import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { loadRef } from '../shared/load';
import type { Context } from '../graphql/context';
import { connectionFrom, connectionTypes, pageRequest } from '../shared/pagination';
import { AuditEntry } from './audit-entry.entity';
import { User } from './user.entity';

const { Connection: AuditEntryConnection } = connectionTypes(AuditEntry, 'AuditEntry');

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Authorized('ADMIN')
  @Query(() => AuditEntryConnection, { description: 'Who changed what and when, newest first.' })
  async auditLog(
    @Ctx() { em }: Context,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('action', () => String, { nullable: true }) action: string | null,
    @Arg('actorId', () => ID, { nullable: true }) actorId: string | null,
    @Arg('targetId', () => ID, { nullable: true }) targetId: string | null,
  ) {
    const { limit, offset } = pageRequest(first, after);
    const where = { ...(action ? { action } : {}), ...(actorId ? { actor: actorId } : {}), ...(targetId ? { targetId } : {}) };
    const [nodes, totalCount] = await em.findAndCount(AuditEntry, where, { orderBy: { at: 'desc', id: 'desc' }, limit, offset });
    return connectionFrom({ nodes, totalCount, offset });
  }

  @FieldResolver(() => User, { nullable: true })
  actor(@Root() entry: AuditEntry) {
    return loadRef(entry.actor);
  }

  @FieldResolver(() => String, { name: 'details', description: 'The arguments given, secrets removed (JSON).' })
  detailsJson(@Root() entry: AuditEntry) {
    return JSON.stringify(entry.details);
  }
}
