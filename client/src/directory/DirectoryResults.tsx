import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import { QueryError } from '../app/QueryError';
import { countOf } from '../ui/format';
import { Pagination } from '../ui/Pagination';
import { Loading } from '../ui/QueryStatus';
import { OrganizationResult } from './OrganizationResult';
import type { DirectoryParams } from './use-directory-params';

export const PAGE_SIZE = 20;

const DirectorySearchQuery = graphql(`
  query DirectorySearch($filter: OrganizationFilter, $first: Int, $after: String) {
    organizations(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          ...OrganizationResult_organization
        }
      }
    }
  }
`);

export function DirectoryResults({ params }: { params: DirectoryParams }) {
  const { data, loading, error, refetch } = useQuery(DirectorySearchQuery, {
    variables: { filter: params.filter, first: PAGE_SIZE, after: params.after },
  });
  const organizations = data?.organizations;

  return (
    <section className="results" aria-labelledby="results-title" aria-busy={loading}>
      <h2 id="results-title" className="results__count" aria-live="polite">
        {organizations ? resultCount(organizations.totalCount) : 'Résultats'}
      </h2>
      {loading && <Loading />}
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      {organizations && organizations.totalCount === 0 && (
        <div className="empty-state">
          <p>Aucune structure ne correspond à cette recherche.</p>
          <button type="button" className="button" onClick={params.resetFilters}>
            Effacer la recherche et les filtres
          </button>
        </div>
      )}
      {organizations && organizations.edges.length > 0 && (
        <>
          <ol className="result-list">
            {organizations.edges.map((edge) => (
              <li key={edge.node.id}>
                <OrganizationResult organization={edge.node} />
              </li>
            ))}
          </ol>
          <Pagination label="Pages de résultats" pages={params} connection={organizations} pageSize={PAGE_SIZE} />
        </>
      )}
    </section>
  );
}

function resultCount(count: number): string {
  return count === 0 ? 'Aucune structure' : countOf(count, 'structure', 'structures');
}
