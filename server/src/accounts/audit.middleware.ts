import type { MiddlewareFn } from 'type-graphql';
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

/** Every successful mutation leaves one audit entry: who, what, on which object, with which arguments. */
export const auditMutations: MiddlewareFn<Context> = async ({ info, args, context }, next) => {
  const result = await next();
  if (info.parentType.name !== 'Mutation') return result;
  const signedIn = (result as { user?: { id: string } } | null)?.user?.id;
  try {
    const em = context.em.fork();
    em.create(AuditEntry, {
      actor: context.viewer?.userId ?? signedIn ?? null,
      action: info.fieldName,
      targetId: targetOf(args, result),
      details: withoutSecrets(JSON.parse(JSON.stringify(args))) as Record<string, unknown>,
    });
    await em.flush();
  } catch (error) {
    // The change itself has been committed; a missing audit row must not turn it into an error.
    logger.error({ err: error, action: info.fieldName }, 'Could not write the audit entry');
  }
  return result;
};
