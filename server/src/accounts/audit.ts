import type { EntityManager } from '@mikro-orm/postgresql';
import { defaultFieldResolver, type GraphQLSchema } from 'graphql';
import type { Context } from '../graphql/context';
import type { Actor } from '../shared/actor';
import { AuditEntry } from './audit-entry.entity';

const SECRET = /password|token/i;

/** The arguments as given, without secrets (passwords, tokens). */
export function withoutSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSecrets);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, SECRET.test(key) ? '[masqué]' : withoutSecrets(inner)]),
    );
  }
  return value;
}

function targetOf(args: Record<string, unknown>, result: unknown): string | null {
  const fromResult = (result as { id?: unknown; user?: { id?: unknown }; invitation?: { id?: unknown } } | null) ?? null;
  const id = args.id ?? fromResult?.id ?? fromResult?.invitation?.id ?? fromResult?.user?.id;
  return typeof id === 'string' ? id : null;
}

/**
 * Records one change in the caller's unit of work: flushed with the change, in its transaction,
 * so there is never a change without its trace nor a trace of a change that was rolled back.
 * Jobs call it for what they do on the platform's behalf (no user: `actor` is null).
 */
export function recordAudit(
  em: EntityManager,
  entry: { actorUserId: string | null; action: string; targetId: string | null; details: Record<string, unknown> },
) {
  return em.create(AuditEntry, {
    actor: entry.actorUserId,
    action: entry.action,
    targetId: entry.targetId,
    details: withoutSecrets(JSON.parse(JSON.stringify(entry.details))) as Record<string, unknown>,
  });
}

export const userIdOf = (actor: Actor | null) => (actor?.kind === 'user' ? actor.userId : null);

/**
 * Every successful mutation leaves one audit entry: who, what, on which object, with which
 * arguments. Each mutation runs in one transaction with its entry (services' own transactions
 * nest as savepoints). Wrapping the Mutation type's resolvers once covers every mutation, present
 * and future, without the per-field cost a type-graphql global middleware adds to every query.
 */
export function auditMutations(schema: GraphQLSchema): GraphQLSchema {
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = (source, args, context: Context, info) =>
      context.em.transactional(async (em) => {
        const result = await resolve(source, args, { ...context, em }, info);
        const signedIn = (result as { user?: { id: string } } | null)?.user?.id ?? null;
        recordAudit(em, {
          actorUserId: userIdOf(context.actor) ?? signedIn,
          action: info.fieldName,
          targetId: targetOf(args, result),
          details: args,
        });
        await em.flush();
        return result;
      });
  }
  return schema;
}
