import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../gql';
import { ActionStatusTag } from './ActionStatusTag';
import { OrganizationLinks } from './OrganizationLinks';

export const RoadmapActionItemFragment = graphql(`
  fragment RoadmapActionItem_action on RoadmapAction {
    id
    title
    subBullets
    status
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
  }
`);

/** One bullet of the CTG, verbatim, with who carries it and where it stands. */
export function RoadmapActionItem({ action: actionRef }: { action: FragmentType<typeof RoadmapActionItemFragment> }) {
  const action = getFragmentData(RoadmapActionItemFragment, actionRef);
  return (
    <li className="roadmap-action">
      <div className="roadmap-action__head">
        <Link to={`/feuille-de-route/actions/${encodeURIComponent(action.id)}`} className="roadmap-action__title">
          {action.title}
        </Link>
        <ActionStatusTag status={action.status} />
      </div>
      {action.subBullets.length > 0 && (
        <ul className="roadmap-action__bullets">
          {action.subBullets.map((bullet, index) => (
            <li key={index}>{bullet}</li>
          ))}
        </ul>
      )}
      <dl className="roadmap-action__facts">
        {action.network && (
          <div>
            <dt>Réseau</dt>
            <dd>
              <Link to={`/reseaux/${action.network.slug}`}>{action.network.name}</Link>
            </dd>
          </div>
        )}
        {action.leads.length > 0 && (
          <div>
            <dt>Porté par</dt>
            <dd>
              <OrganizationLinks organizations={action.leads} />
            </dd>
          </div>
        )}
      </dl>
    </li>
  );
}
