/** The codes a client can rely on, in `extensions.code`. */
export type ErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'RATE_LIMITED';

/**
 * An error the user can act on: a code for the client, the area's own reason (e.g.
 * `ORGANIZATION_NOT_FOUND`) for logs and finer client handling, and a French message to show.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    readonly reason?: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** One entry of an area's error table: its GraphQL code and its French message (a function when it takes details). */
export interface ErrorSpec {
  code: ErrorCode;
  message: string | ((params: never) => string);
  /** The input field the message belongs beside, when there is one. */
  field?: string;
}

type ParamsOf<S extends ErrorSpec> = S['message'] extends (params: infer P) => string ? [params: P] : [];

/**
 * Builds an area's error factory from its table: throw sites name a reason, never a sentence, so
 * each message is written once and the client can rely on the reason.
 */
export function errorTable<T extends Record<string, ErrorSpec>>(table: T) {
  return <K extends keyof T & string>(reason: K, ...params: ParamsOf<T[K]>) => {
    const spec = table[reason];
    const message = typeof spec.message === 'function' ? (spec.message as (params: unknown) => string)(params[0]) : spec.message;
    return new DomainError(spec.code, message, spec.field, reason);
  };
}
