import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** The server already words its errors in French for the user; anything else gets a generic sentence. */
export function errorMessage(error: unknown): string {
  if (CombinedGraphQLErrors.is(error) && error.errors.length > 0) {
    return error.errors.map((graphQLError) => graphQLError.message).join(' ');
  }
  return 'Le service ne répond pas pour le moment. Vérifiez votre connexion puis réessayez.';
}
