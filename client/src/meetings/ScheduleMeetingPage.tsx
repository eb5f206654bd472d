import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { graphql } from '../gql';
import { QueryError } from '../app/QueryError';
import { TERRITORY_SLUG } from '../app/territory';
import { AccessRestricted } from '../accounts/RequireRole';
import { Loading } from '../ui/QueryStatus';
import { useDocumentTitle } from '../ui/use-document-title';
import { ScheduleMeetingForm } from './ScheduleMeetingForm';

const ScheduleMeetingPageQuery = graphql(`
  query ScheduleMeetingPage($slug: String!, $territorySlug: String!) {
    me {
      id
    }
    network(slug: $slug) {
      id
      slug
      name
      meetingPermissions {
        schedule
      }
      territory {
        id
        networks {
          id
          slug
          name
        }
      }
    }
    territory(slug: $territorySlug) {
      id
      ...CommuneOptions_territory
    }
  }
`);

/** /reseaux/:slug/reunions/planifier — for those the API lets schedule this network's meetings. */
export function ScheduleMeetingPage() {
  const { slug = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ScheduleMeetingPageQuery, {
    variables: { slug, territorySlug: TERRITORY_SLUG },
  });
  const network = data?.network;
  useDocumentTitle(network ? `Planifier une réunion – ${network.name}` : 'Planifier une réunion');

  if (loading) return <Loading />;
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!network) {
    return (
      <>
        <h1>Réseau introuvable</h1>
        <p>
          <Link to="/reseaux/matrice">Voir tous les réseaux</Link>
        </p>
      </>
    );
  }
  if (!network.meetingPermissions.schedule) {
    return (
      <AccessRestricted
        signedIn={!!data.me}
        reason="Seuls les animateurs de ce réseau (et la coordination) planifient ses réunions."
      />
    );
  }
  const options = [...network.territory.networks].sort((a, b) => a.name.localeCompare(b.name, 'fr'));

  return (
    <div className="schedule-page">
      <p className="detail__breadcrumb">
        <Link to={`/reseaux/${network.slug}`}>{network.name}</Link> <span aria-hidden="true">›</span>{' '}
        <Link to={`/reseaux/${network.slug}/reunions`}>Réunions</Link>
      </p>
      <h1>Planifier une réunion</h1>
      <ScheduleMeetingForm network={network} networkOptions={options} territory={data.territory} />
    </div>
  );
}
