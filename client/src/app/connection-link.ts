import { ApolloLink, makeVar } from '@apollo/client';
import { ServerError } from '@apollo/client/errors';
import { RetryLink } from '@apollo/client/link/retry';
import { map } from 'rxjs';

/** False while the server (or its database) cannot answer: the layout shows « reconnexion… ». */
export const serverReachable = makeVar(true);

/** A read answered "PostgreSQL is away, retry" (HTTP 503, SERVICE_UNAVAILABLE). */
class ServiceUnavailable extends Error {}

const isQuery = (operation: ApolloLink.Operation) =>
  operation.query.definitions.some((definition) => definition.kind === 'OperationDefinition' && definition.operation === 'query');

/**
 * Tells the layout whether the server answers, and turns a read's "retry" answer into an error for
 * the retry link. Writes keep the server's French message: retrying one could apply it twice.
 */
const trackAvailability = new ApolloLink((operation, forward) =>
  forward(operation).pipe(
    map((result) => {
      const unavailable = result.errors?.some((error) => error.extensions?.code === 'SERVICE_UNAVAILABLE') ?? false;
      serverReachable(!unavailable);
      if (unavailable && isQuery(operation)) throw new ServiceUnavailable(result.errors![0].message);
      return result;
    }),
  ),
);

/** The server away (no answer, a proxy's 502–504) or its database away: worth retrying a read. */
function isTransient(error: unknown): boolean {
  if (error instanceof ServiceUnavailable) return true;
  if (ServerError.is(error)) return [502, 503, 504].includes(error.statusCode);
  return error instanceof TypeError; // fetch's "Failed to fetch": no answer at all
}

/** Reads retry until the server is back (1 s, doubling to 15 s, with jitter); writes never do. */
const retryReads = new RetryLink({
  delay: { initial: 1_000, max: 15_000, jitter: true },
  attempts: {
    max: Infinity,
    retryIf: (error, operation) => {
      const transient = isTransient(error);
      if (transient) serverReachable(false);
      return transient && isQuery(operation);
    },
  },
});

export const connectionLinks = ApolloLink.from([retryReads, trackAvailability]);
