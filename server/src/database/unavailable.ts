import { GraphQLError } from 'graphql';

/** How long a client should wait before retrying while PostgreSQL is away (seconds). */
export const RETRY_AFTER_SECONDS = 5;
export const DATABASE_UNAVAILABLE_MESSAGE =
  'Le service est momentanément indisponible (base de données injoignable). Nouvelle tentative dans quelques secondes.';

// Socket errors, and PostgreSQL's "shutting down / starting up / connection lost / too many clients".
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  '53300',
]);
const UNAVAILABLE_MESSAGES =
  /Connection terminated|not queryable|Timeout acquiring a connection|connection error|terminating connection|the database system is (starting up|shutting down)/i;

/**
 * Whether an error means "PostgreSQL cannot be reached right now" rather than a bug: MikroORM and
 * knex wrap the driver's error, so the cause chain is walked.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 6; depth++) {
    const candidate = current as { code?: unknown; message?: unknown; cause?: unknown; originalError?: unknown };
    if (typeof candidate.code === 'string' && UNAVAILABLE_CODES.has(candidate.code)) return true;
    if (typeof candidate.message === 'string' && UNAVAILABLE_MESSAGES.test(candidate.message)) return true;
    if (current instanceof AggregateError && current.errors.some(isDatabaseUnavailable)) return true;
    current = candidate.cause ?? candidate.originalError;
  }
  return false;
}

/** Thrown where Apollo takes an HTTP status from the error itself (context creation). */
export function databaseUnavailableError(cause: unknown): GraphQLError {
  return new GraphQLError(DATABASE_UNAVAILABLE_MESSAGE, {
    originalError: cause instanceof Error ? cause : undefined,
    extensions: {
      code: 'SERVICE_UNAVAILABLE',
      http: { status: 503, headers: new Map([['retry-after', String(RETRY_AFTER_SECONDS)]]) },
    },
  });
}
