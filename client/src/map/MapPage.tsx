import { useQuery } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { graphql } from '../gql';
import { QueryError } from '../app/QueryError';
import { TERRITORY_SLUG } from '../app/territory';
import { Loading } from '../ui/QueryStatus';
import { useDocumentTitle } from '../ui/use-document-title';
import { CommuneMap } from './CommuneMap';

const MapPageQuery = graphql(`
  query MapPage($territorySlug: String!) {
    territory(slug: $territorySlug) {
      id
      name
      ...CommuneMap_territory
    }
  }
`);

/** The map on its own: choosing a commune opens the directory filtered on it. */
export function MapPage() {
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(MapPageQuery, { variables: { territorySlug: TERRITORY_SLUG } });
  useDocumentTitle('Carte des communes');
  return (
    <>
      <h1>Le territoire en carte</h1>
      {loading && <Loading />}
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      {data && !data.territory && <p>Ce territoire n'est pas (encore) décrit dans Maillage.</p>}
      {data?.territory && (
        <div className="map-page">
          <CommuneMap
            territory={data.territory}
            selectedInseeCode={undefined}
            onSelect={(inseeCode) => navigate(inseeCode ? `/annuaire?commune=${inseeCode}` : '/annuaire')}
          />
        </div>
      )}
    </>
  );
}
