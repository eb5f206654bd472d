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
// knex's "Transaction query already complete": the connection died mid-transaction, which knex then closed.
const UNAVAILABLE_MESSAGES =
  /Connection terminated|not queryable|Timeout acquiring a connection|connection error|terminating connection|the database system is (starting up|shutting down)|Transaction query already complete/i;

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

// PostgreSQL's data exceptions that only a client's value can cause: a NUL byte or an invalid
// character in text, a malformed literal, a number or date out of range, a string too long — and
// 08P01, "invalid message format", which is what a NUL byte inside a statement's text becomes.
const INVALID_VALUE_CODES = new Set(['22021', '22P05', '22P02', '22003', '22007', '22008', '22001', '08P01']);
export const INVALID_VALUE_MESSAGE = 'Saisie invalide : une valeur contient un caractère ou un format refusé.';

/** Whether PostgreSQL refused a value the client sent (rather than a bug in a statement). */
export function isInvalidValue(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 6; depth++) {
    const candidate = current as { code?: unknown; cause?: unknown; originalError?: unknown };
    if (typeof candidate.code === 'string' && INVALID_VALUE_CODES.has(candidate.code)) return true;
    current = candidate.cause ?? candidate.originalError;
  }
  return false;
}
