import { defaultFieldResolver, type GraphQLSchema } from 'graphql';
import type { Context } from '../graphql/context';
import { logger } from '../shared/logger';
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

async function record(context: Context, action: string, args: Record<string, unknown>, result: unknown) {
  const signedIn = (result as { user?: { id: string } } | null)?.user?.id;
  try {
    const em = context.em.fork();
    em.create(AuditEntry, {
      actor: context.viewer?.userId ?? signedIn ?? null,
      action,
      targetId: targetOf(args, result),
      details: withoutSecrets(JSON.parse(JSON.stringify(args))) as Record<string, unknown>,
    });
    await em.flush();
  } catch (error) {
    // The change itself has been committed; a missing audit row must not turn it into an error.
    logger.error({ err: error, action }, 'Could not write the audit entry');
  }
}

/**
 * Every successful mutation leaves one audit entry: who, what, on which object, with which
 * arguments. Wrapping the Mutation type's resolvers once covers every mutation, present and
 * future, without the per-field cost a type-graphql global middleware adds to every query.
 */
export function auditMutations(schema: GraphQLSchema): GraphQLSchema {
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = async (source, args, context: Context, info) => {
      const result = await resolve(source, args, context, info);
      await record(context, info.fieldName, args, result);
      return result;
    };
  }
  return schema;
}
