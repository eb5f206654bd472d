import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../gql';
import { MEMBERSHIP_ROLE_LABELS, NETWORK_KIND_LABELS, sortByLabelOrder } from '../ui/labels';

export const OrganizationNetworksFragment = graphql(`
  fragment OrganizationNetworks_organization on Organization {
    id
    networks {
      id
      slug
      name
      kind
    }
    memberships {
      id
      role
      network {
        id
      }
    }
  }
`);

export function OrganizationNetworks(props: { organization: FragmentType<typeof OrganizationNetworksFragment> }) {
  const organization = getFragmentData(OrganizationNetworksFragment, props.organization);
  if (organization.networks.length === 0) {
    return <p>Cette structure ne participe encore à aucun réseau du territoire.</p>;
  }
  return (
    <ul className="link-list">
      {organization.networks.map((network) => {
        const roles = sortByLabelOrder(
          MEMBERSHIP_ROLE_LABELS,
          organization.memberships.filter((membership) => membership.network.id === network.id).map((m) => m.role),
        );
        return (
          <li key={network.id}>
            <Link to={`/reseaux/${network.slug}`}>{network.name}</Link>
            <span className="link-list__meta">
              {NETWORK_KIND_LABELS[network.kind]}
              {roles.length > 0 && <> · {roles.map((role) => MEMBERSHIP_ROLE_LABELS[role]).join(', ')}</>}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
