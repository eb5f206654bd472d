import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../gql';
import { NETWORK_KIND_LABELS, THEME_LABELS } from '../ui/labels';

export const NetworkCardFragment = graphql(`
  fragment NetworkCard_network on Network {
    id
    slug
    name
    kind
    theme
    animators {
      id
      organization {
        id
        name
      }
    }
  }
`);

export function NetworkCard(props: { network: FragmentType<typeof NetworkCardFragment> }) {
  const network = getFragmentData(NetworkCardFragment, props.network);
  const animatorOrganizations = [...new Set(network.animators.map((animator) => animator.organization.name))];
  return (
    <article className="card network-card">
      <p className="card__eyebrow">
        {NETWORK_KIND_LABELS[network.kind]}
        {network.theme && <> · {THEME_LABELS[network.theme]}</>}
      </p>
      <h3 className="card__title">
        <Link to={`/reseaux/${network.slug}`}>{network.name}</Link>
      </h3>
      {animatorOrganizations.length > 0 && (
        <p className="card__meta">
          <span className="card__meta-label">Animé par</span> {animatorOrganizations.join(', ')}
        </p>
      )}
    </article>
  );
}
