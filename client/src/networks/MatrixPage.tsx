import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import { QueryError } from '../app/QueryError';
import { TERRITORY_SLUG } from '../app/territory';
import { Loading } from '../ui/QueryStatus';
import { useDocumentTitle } from '../ui/use-document-title';
import { NetworkMatrix } from './NetworkMatrix';

const MatrixPageQuery = graphql(`
  query MatrixPage($territorySlug: String!) {
    territory(slug: $territorySlug) {
      id
      name
      ...NetworkMatrix_territory
    }
  }
`);

export function MatrixPage() {
  const { data, loading, error, refetch } = useQuery(MatrixPageQuery, { variables: { territorySlug: TERRITORY_SLUG } });
  useDocumentTitle('Qui est dans quel réseau ?');
  return (
    <>
      <h1>Qui est dans quel réseau ?</h1>
      <p className="page-intro">
        Les structures du territoire et les réseaux, commissions et instances de la Convention territoriale globale auxquels elles
        participent.
      </p>
      {loading && <Loading />}
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      {data && !data.territory && <p>Ce territoire n'est pas (encore) décrit dans Maillage.</p>}
      {data?.territory && <NetworkMatrix territory={data.territory} />}
    </>
  );
}
