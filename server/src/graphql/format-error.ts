import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ApolloServerErrorCode, unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';
import {
  DATABASE_UNAVAILABLE_MESSAGE,
  INVALID_VALUE_MESSAGE,
  isDatabaseUnavailable,
  isInvalidValue,
} from '../database/unavailable';
import { DomainError } from '../shared/errors';
import { logger } from '../shared/logger';
import { isTokenLimitError, LIMIT_ERRORS } from './limits';

const PASS_THROUGH = new Set<string>([
  ApolloServerErrorCode.GRAPHQL_PARSE_FAILED,
  ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED,
  ApolloServerErrorCode.BAD_USER_INPUT,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_FOUND,
  ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE,
  ApolloServerErrorCode.BAD_REQUEST,
  'SERVICE_UNAVAILABLE',
]);

/**
 * One mapper from what went wrong to what the client sees: domain errors (each area's table) keep
 * their code, reason and French message, validation errors name the field, limits have their own
 * codes, an unreachable database is SERVICE_UNAVAILABLE (retry), anything unexpected is logged and
 * masked.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) {
    const { code, reason, field } = original;
    return { ...formatted, message: original.message, extensions: { code, reason, field } };
  }
  if (original instanceof ArgumentValidationError) {
    const first = original.extensions.validationErrors[0];
    const message = first?.constraints ? Object.values(first.constraints)[0] : 'Saisie invalide.';
    return { ...formatted, message, extensions: { code: 'BAD_USER_INPUT', field: first?.property } };
  }
  const limitCode = formatted.extensions?.limitCode;
  if (typeof limitCode === 'string')
    return { message: formatted.message, locations: formatted.locations, extensions: { code: limitCode } };
  if (isTokenLimitError(formatted.message))
    return { message: LIMIT_ERRORS.QUERY_TOO_LONG, extensions: { code: 'QUERY_TOO_LONG' } };
  if (isDatabaseUnavailable(original)) {
    logger.warn({ err: original }, 'PostgreSQL unreachable during a GraphQL operation');
    return { message: DATABASE_UNAVAILABLE_MESSAGE, path: formatted.path, extensions: { code: 'SERVICE_UNAVAILABLE' } };
  }
  if (isInvalidValue(original)) {
    return { message: INVALID_VALUE_MESSAGE, path: formatted.path, extensions: { code: 'BAD_USER_INPUT' } };
  }
  const code = formatted.extensions?.code;
  if (code === ApolloServerErrorCode.PERSISTED_QUERY_NOT_FOUND) {
    // Apollo Client reads the code (and sends the query text again); the sentence is for people.
    return { message: 'Requête enregistrée inconnue : envoyez le texte de la requête.', extensions: { code } };
  }
  if (typeof code === 'string' && PASS_THROUGH.has(code)) return formatted;
  if (original instanceof GraphQLError && !original.originalError) return formatted;
  logger.error({ err: original }, 'Unexpected error in a GraphQL operation');
  return {
    message: 'Une erreur inattendue est survenue. Réessayez dans un instant.',
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
