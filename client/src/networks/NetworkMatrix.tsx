import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../gql';
import type { MembershipRole } from '../gql/graphql';
import { MEMBERSHIP_ROLE_LABELS } from '../ui/labels';
import { rolesByOrganization } from './roles-by-organization';

export const NetworkMatrixFragment = graphql(`
  fragment NetworkMatrix_territory on Territory {
    id
    networks {
      id
      slug
      name
      memberships {
        id
        role
        organization {
          id
          slug
          name
        }
      }
    }
  }
`);

const ANIMATING: MembershipRole[] = ['ANIMATOR', 'CO_ANIMATOR'];

/** Organisations (rows) × networks (columns): who meets whom, and who animates what. */
export function NetworkMatrix(props: { territory: FragmentType<typeof NetworkMatrixFragment> }) {
  const { networks } = getFragmentData(NetworkMatrixFragment, props.territory);
  const rows = rolesByOrganization(networks.flatMap((network) => network.memberships)).map(({ organization }) => organization);
  const columns = networks.map((network) => ({
    network,
    rolesOf: new Map(rolesByOrganization(network.memberships).map((entry) => [entry.organization.id, entry.roles])),
  }));

  return (
    <div className="matrix" role="region" aria-labelledby="matrix-caption" tabIndex={0}>
      <table className="matrix__table">
        <caption id="matrix-caption">
          {rows.length} structures, {networks.length} réseaux et instances. ✓ : membre ; ★ : anime ou co-anime.
        </caption>
        <thead>
          <tr>
            <th scope="col" className="matrix__corner">
              Structure
            </th>
            {columns.map(({ network }) => (
              <th scope="col" key={network.id}>
                <Link to={`/reseaux/${network.slug}`}>{network.name}</Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((organization) => (
            <tr key={organization.id}>
              <th scope="row">
                <Link to={`/structures/${organization.slug}`}>{organization.name}</Link>
              </th>
              {columns.map(({ network, rolesOf }) => (
                <MatrixCell key={network.id} roles={rolesOf.get(organization.id)} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function MatrixCell({ roles }: { roles: MembershipRole[] | undefined }) {
  if (!roles) {
    return (
      <td className="matrix__cell">
        <span className="visually-hidden">non membre</span>
      </td>
    );
  }
  const animates = roles.some((role) => ANIMATING.includes(role));
  const text = roles.map((role) => MEMBERSHIP_ROLE_LABELS[role]).join(', ');
  return (
    <td className="matrix__cell matrix__cell--member" title={text}>
      <span aria-hidden="true">{animates ? '★' : '✓'}</span>
      <span className="visually-hidden">{text}</span>
    </td>
  );
}
