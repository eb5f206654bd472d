import { ApolloArmor } from '@escape.tech/graphql-armor';

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

export function armorProtection(isProduction: boolean) {
  return new ApolloArmor({
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth },
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives },
    costLimit: { maxCost: GRAPHQL_LIMITS.maxCost },
    maxTokens: { enabled: false },
    // Suggestions ("did you mean …") map the schema for an attacker when introspection is off.
    blockFieldSuggestion: { enabled: isProduction },
  }).protect();
}
