import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import { QueryError } from '../app/QueryError';
import { TERRITORY_SLUG } from '../app/territory';
import { CommuneMap } from '../map/CommuneMap';
import { Loading } from '../ui/QueryStatus';
import { useDocumentTitle } from '../ui/use-document-title';
import { DirectoryFilters } from './DirectoryFilters';
import { DirectoryResults } from './DirectoryResults';
import { useDirectoryParams } from './use-directory-params';

/**
 * The territory (filter options, map) is asked once; the results have their own query in
 * DirectoryResults, so changing a filter does not fetch the boundaries again nor blank the map.
 */
const DirectoryPageQuery = graphql(`
  query DirectoryPage($territorySlug: String!) {
    territory(slug: $territorySlug) {
      id
      name
      ...DirectoryFilters_territory
      ...CommuneMap_territory
    }
  }
`);

export function DirectoryPage() {
  const params = useDirectoryParams();
  const { data, loading, error, refetch } = useQuery(DirectoryPageQuery, {
    variables: { territorySlug: TERRITORY_SLUG },
  });
  useDocumentTitle(params.filter.text ? `« ${params.filter.text} » – Annuaire` : 'Annuaire');
  const territory = data?.territory ?? undefined;

  return (
    <>
      <h1>Annuaire des structures</h1>
      <DirectoryFilters territory={territory} filter={params.filter} onChange={params.setFilter} onReset={params.resetFilters} />
      <div className="directory-layout">
        <div className="directory-layout__map">
          {loading && <Loading label="Chargement de la carte…" />}
          {error && <QueryError error={error} onRetry={() => void refetch()} />}
          {territory && (
            <CommuneMap
              territory={territory}
              selectedInseeCode={params.filter.communeInseeCode}
              onSelect={(inseeCode) => params.setFilter('communeInseeCode', inseeCode)}
            />
          )}
        </div>
        <DirectoryResults params={params} />
      </div>
    </>
  );
}
