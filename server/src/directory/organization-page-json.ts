import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../graphql/context';
import { statementFor, type JsonObject } from '../graphql/json-reads';
import type { Page, PageRequest } from '../shared/pagination';
import type { OrganizationFilter } from './organization.inputs';
import { searchOrganizationsAs } from './organization-search';

/**
 * A directory page as compiled JSON: the page's statement (organization-search.ts) wrapped in one
 * that builds each node the query asks for — one statement for the page, whatever it nests. Null
 * when the query asks for something only the resolvers answer.
 */
export async function organizationPageAsJson(
  context: Context,
  info: GraphQLResolveInfo,
  filter: OrganizationFilter,
  page: PageRequest,
): Promise<Page<JsonObject> | null> {
  // The node's JSON expression and its values, compiled once per query shape and viewer.
  const node = statementFor(context, info, 'OrganizationPage', ({ selection, sql }) =>
    sql.object('Organization', 'p', selection.get('edges')?.selection.get('node')?.selection ?? new Map()),
  );
  if (!node) return null;
  return searchOrganizationsAs(
    context.em,
    {
      // The node's placeholders come first in the text, then the page's.
      wrap: (inner) => ({
        sql: `select p.total_count, ${node.sql} as node from (${inner.sql}) p`,
        params: [...node.params, ...inner.params],
      }),
      map: (row) => row.node as JsonObject,
    },
    filter,
    page,
  );
}
