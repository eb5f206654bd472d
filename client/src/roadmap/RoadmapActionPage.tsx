import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { graphql } from '../gql';
import { QueryError } from '../app/QueryError';
import { THEME_LABELS } from '../ui/labels';
import { Loading } from '../ui/QueryStatus';
import { useDocumentTitle } from '../ui/use-document-title';
import { ActionHistory } from './ActionHistory';
import { ActionStatusTag } from './ActionStatusTag';
import { ActionUpdateForm } from './ActionUpdateForm';
import { ActionWork } from './ActionWork';
import { LinkMeetingForm } from './LinkMeetingForm';
import { OrganizationLinks } from './OrganizationLinks';
import { sourceCitation } from './roadmap-labels';
import './roadmap.css';

const RoadmapActionPageQuery = graphql(`
  query RoadmapActionPage($id: ID!) {
    me {
      id
    }
    roadmapAction(id: $id) {
      id
      title
      sourceLine
      subBullets
      status
      revision
      objective {
        id
        title
        intro
        orientation {
          id
          theme
          number
          title
        }
      }
      network {
        id
        slug
        name
      }
      leads {
        id
        slug
        name
      }
      partners {
        id
        slug
        name
      }
      meetings {
        id
      }
      viewerCan {
        update
        linkWork
      }
      ...ActionHistory_action
      ...ActionWork_action
    }
  }
`);

/** /feuille-de-route/actions/:id — one action of the CTG, its history and where it was worked on. */
export function RoadmapActionPage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(RoadmapActionPageQuery, {
    variables: { id },
    // Others update the action: the cached one shows at once, then is refreshed.
    fetchPolicy: 'cache-and-network',
  });
  const action = data?.roadmapAction;
  useDocumentTitle(action ? `Action : ${action.title}` : data ? 'Action introuvable' : 'Action de la feuille de route');

  if (loading && !data) return <Loading />;
  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return <Loading />;
  if (!action) {
    return (
      <>
        <h1>Action introuvable</h1>
        <p>
          Cette action n’existe pas ou plus. <Link to="/feuille-de-route">Revenir à la feuille de route</Link>
        </p>
      </>
    );
  }
  const { objective } = action;
  const { orientation } = objective;

  return (
    <article className="detail roadmap-action-page">
      <p className="detail__breadcrumb">
        <Link to="/feuille-de-route">Feuille de route</Link> <span aria-hidden="true">›</span>{' '}
        <Link to={`/feuille-de-route?theme=${orientation.theme}`}>{THEME_LABELS[orientation.theme]}</Link>
      </p>
      <h1>{action.title}</h1>
      <p>
        <ActionStatusTag status={action.status} />
        {action.sourceLine != null && <span className="roadmap-source"> · {sourceCitation(action.sourceLine)}</span>}
      </p>
      {action.subBullets.length > 0 && (
        <ul className="roadmap-action__bullets">
          {action.subBullets.map((bullet, index) => (
            <li key={index}>{bullet}</li>
          ))}
        </ul>
      )}
      <dl className="roadmap-context">
        <dt>Orientation {orientation.number}</dt>
        <dd>{orientation.title}</dd>
        <dt>Objectif</dt>
        <dd>
          {objective.title}
          {objective.intro && <span className="roadmap-objective__intro">{objective.intro}</span>}
        </dd>
        <dt>Réseau qui la suit</dt>
        <dd>{action.network ? <Link to={`/reseaux/${action.network.slug}`}>{action.network.name}</Link> : 'Aucun réseau'}</dd>
        <dt>Porteurs</dt>
        <dd>
          <OrganizationLinks organizations={action.leads} none="Aucun porteur nommé" />
        </dd>
        <dt>Partenaires</dt>
        <dd>
          <OrganizationLinks organizations={action.partners} none="Aucun autre partenaire nommé" />
        </dd>
      </dl>
      {action.viewerCan.update && (
        <ActionUpdateForm actionId={action.id} status={action.status} revision={action.revision} onStale={() => refetch()} />
      )}
      <ActionHistory action={action} signedIn={!!data.me} />
      <section className="panel" aria-labelledby="action-work-title">
        <h2 id="action-work-title">Où elle a été travaillée</h2>
        <ActionWork action={action} />
        {action.viewerCan.linkWork && action.network && (
          <LinkMeetingForm
            actionId={action.id}
            networkSlug={action.network.slug}
            linkedMeetingIds={action.meetings.map((meeting) => meeting.id)}
          />
        )}
      </section>
    </article>
  );
}
