import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { graphql } from '../gql';
import { QueryError } from '../app/QueryError';
import { TERRITORY_SLUG } from '../app/territory';
import { Loading } from '../ui/QueryStatus';
import { useDocumentTitle } from '../ui/use-document-title';
import { NetworkCard } from './NetworkCard';
import { SearchBox } from './SearchBox';

const HomePageQuery = graphql(`
  query HomePage($territorySlug: String!) {
    territory(slug: $territorySlug) {
      id
      name
      networks {
        id
        ...NetworkCard_network
      }
    }
  }
`);

export function HomePage() {
  const { data, loading, error, refetch } = useQuery(HomePageQuery, { variables: { territorySlug: TERRITORY_SLUG } });
  useDocumentTitle('Accueil');
  const territory = data?.territory;

  return (
    <>
      <section className="hero" aria-labelledby="home-title">
        <p className="hero__eyebrow">Convention territoriale globale</p>
        <h1 id="home-title">{territory ? territory.name : 'Maillage'}</h1>
        <p className="hero__lead">
          Les partenaires du territoire, leurs services et les réseaux qui les relient : trouvez qui peut aider, et avec qui
          travailler.
        </p>
        <SearchBox />
        <p className="hero__links">
          <Link to="/annuaire">Parcourir tout l'annuaire</Link>
          <Link to="/carte">Voir le territoire en carte</Link>
        </p>
      </section>

      <section aria-labelledby="networks-title" aria-busy={loading}>
        <div className="section-heading">
          <h2 id="networks-title">Les réseaux du territoire</h2>
          <Link to="/reseaux/matrice">Qui est dans quel réseau ?</Link>
        </div>
        {loading && <Loading />}
        {error && <QueryError error={error} onRetry={() => void refetch()} />}
        {data && !territory && <p>Ce territoire n'est pas (encore) décrit dans Maillage.</p>}
        {territory && (
          <ul className="card-grid">
            {territory.networks.map((network) => (
              <li key={network.id}>
                <NetworkCard network={network} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
