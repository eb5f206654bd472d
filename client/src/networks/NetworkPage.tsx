import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { graphql } from '../gql';
import { QueryError } from '../app/QueryError';
import { NETWORK_KIND_LABELS, THEME_LABELS } from '../ui/labels';
import { Loading } from '../ui/QueryStatus';
import { useDocumentTitle } from '../ui/use-document-title';
import { AnimatorItem } from './AnimatorItem';
import { MemberManagement } from './MemberManagement';
import { NetworkMembers } from './NetworkMembers';
import { NetworkMeetingsSection } from '../meetings/NetworkMeetingsSection';
import { NetworkLinksSection } from './graph/NetworkLinksSection';
import { NetworkTrainingsSection } from '../trainings/NetworkTrainingsSection';

const NetworkPageQuery = graphql(`
  query NetworkPage($slug: String!, $now: DateTime!) {
    me {
      id
    }
    network(slug: $slug) {
      id
      slug
      name
      viewerCan {
        manageMembers
      }
      kind
      theme
      description
      animators {
        id
        ...AnimatorItem_membership
      }
      ...NetworkMembers_network
      ...MemberManagement_network
      ...NetworkMeetingsSection_network
      ...NetworkLinksSection_network
      ...NetworkTrainingsSection_network
    }
  }
`);

export function NetworkPage() {
  const { slug = '' } = useParams();
  const [now] = useState(() => new Date().toISOString());
  const { data, loading, error, refetch } = useQuery(NetworkPageQuery, { variables: { slug, now } });
  const network = data?.network;
  useDocumentTitle(network?.name ?? (data ? 'Réseau introuvable' : 'Réseau'));

  if (loading) return <Loading />;
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!network) {
    return (
      <>
        <h1>Réseau introuvable</h1>
        <p>
          Aucun réseau ne porte cette adresse. <Link to="/reseaux/matrice">Voir tous les réseaux</Link>
        </p>
      </>
    );
  }

  return (
    <article className="detail">
      <p className="detail__breadcrumb">
        <Link to="/reseaux/matrice">Réseaux</Link> <span aria-hidden="true">›</span> {NETWORK_KIND_LABELS[network.kind]}
      </p>
      <h1>{network.name}</h1>
      <p className="detail__kind">
        {NETWORK_KIND_LABELS[network.kind]}
        {network.theme && <> · {THEME_LABELS[network.theme]}</>}
      </p>
      <p className="detail__lead">{network.description}</p>
      <section aria-labelledby="animators-title">
        <h2 id="animators-title">Animation</h2>
        {network.animators.length === 0 ? (
          <p>Aucun animateur n'est désigné.</p>
        ) : (
          <ul className="animator-list">
            {network.animators.map((membership) => (
              <li key={membership.id}>
                <AnimatorItem membership={membership} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <NetworkMeetingsSection network={network} />
      <NetworkTrainingsSection network={network} />
      <NetworkLinksSection network={network} />
      <section aria-labelledby="members-title">
        <h2 id="members-title">Structures membres</h2>
        <NetworkMembers network={network} />
        <p>
          <Link to={`/annuaire?reseau=${encodeURIComponent(network.slug)}`}>Voir ces structures dans l'annuaire</Link>
        </p>
      </section>
      {network.viewerCan.manageMembers && <MemberManagement network={network} />}
    </article>
  );
}
