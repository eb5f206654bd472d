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
  return someCause(
    error,
    (cause) =>
      (typeof cause.code === 'string' && UNAVAILABLE_CODES.has(cause.code)) ||
      (typeof cause.message === 'string' && UNAVAILABLE_MESSAGES.test(cause.message)) ||
      (cause instanceof AggregateError && cause.errors.some(isDatabaseUnavailable)),
  );
}

type Cause = { code?: unknown; message?: unknown; cause?: unknown; originalError?: unknown };

/** MikroORM, knex and GraphQL wrap the driver's error: look down the chain (a few levels). */
function someCause(error: unknown, test: (cause: Cause) => boolean): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 6; depth++) {
    const candidate = current as Cause;
    if (test(candidate)) return true;
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
  return someCause(error, (cause) => typeof cause.code === 'string' && INVALID_VALUE_CODES.has(cause.code));
}
