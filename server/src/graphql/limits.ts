import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type ValidationContext } from 'graphql';

/**
 * Limits on what one GraphQL document may ask, chosen with headroom over the client's own
 * queries (deepest: a directory page, depth 6; largest: the network matrix).
 */
export const GRAPHQL_LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxDirectives: 10,
  maxCost: 5000,
  // Parsing stops here; Apollo answers 400 (graphql-armor's own token limit answers 500).
  maxTokens: 2000,
  maxBodyBytes: 100 * 1024,
};

/** Each limit's own code and French message (graphql-armor's are English, under a generic code). */
export const LIMIT_ERRORS = {
  QUERY_TOO_DEEP: `Requête trop imbriquée : au plus ${GRAPHQL_LIMITS.maxDepth} niveaux.`,
  TOO_MANY_ALIASES: `Trop d'alias dans la requête : au plus ${GRAPHQL_LIMITS.maxAliases}.`,
  TOO_MANY_DIRECTIVES: `Trop de directives dans la requête : au plus ${GRAPHQL_LIMITS.maxDirectives}.`,
  QUERY_TOO_COSTLY: `Requête trop coûteuse (coût maximal ${GRAPHQL_LIMITS.maxCost}) : demandez moins de champs ou des pages plus petites.`,
  QUERY_TOO_LONG: `Requête trop longue : au plus ${GRAPHQL_LIMITS.maxTokens} éléments.`,
  PAYLOAD_TOO_LARGE: 'Requête trop volumineuse.',
} as const;
export type LimitCode = keyof typeof LIMIT_ERRORS;

/**
 * Apollo files validation errors under GRAPHQL_VALIDATION_FAILED whatever they carry: the limit's
 * code rides in `limitCode`, and the error formatter makes it the code.
 */
function reject(limitCode: LimitCode) {
  return {
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null) =>
        context?.reportError(new GraphQLError(LIMIT_ERRORS[limitCode], { extensions: { limitCode } })),
    ],
  };
}

export function armorProtection(isProduction: boolean) {
  return new ApolloArmor({
    // A fragment spread is not a level of the answer (here and for the cost): colocated fragments must not count twice.
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth, flattenFragments: true, ...reject('QUERY_TOO_DEEP') },
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases, ...reject('TOO_MANY_ALIASES') },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives, ...reject('TOO_MANY_DIRECTIVES') },
    costLimit: { maxCost: GRAPHQL_LIMITS.maxCost, flattenFragments: true, ...reject('QUERY_TOO_COSTLY') },
    maxTokens: { enabled: false },
    // Suggestions ("did you mean …") map the schema for an attacker: off in production.
    blockFieldSuggestion: { enabled: isProduction },
  }).protect();
}

/** graphql-js's own message when the parser stops at maxTokens ("more that", sic, in graphql 16). */
export function isTokenLimitError(message: string): boolean {
  return /Document contains more th\w+ \d+ tokens/.test(message);
}
