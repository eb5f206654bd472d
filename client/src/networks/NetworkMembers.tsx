import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../gql';
import { MEMBERSHIP_ROLE_LABELS, ORGANIZATION_KIND_LABELS } from '../ui/labels';
import { rolesByOrganization } from './roles-by-organization';

export const NetworkMembersFragment = graphql(`
  fragment NetworkMembers_network on Network {
    id
    memberships {
      id
      role
      organization {
        id
        slug
        name
        kind
        commune {
          inseeCode
          name
        }
      }
    }
  }
`);

export function NetworkMembers(props: { network: FragmentType<typeof NetworkMembersFragment> }) {
  const network = getFragmentData(NetworkMembersFragment, props.network);
  const members = rolesByOrganization(network.memberships);

  if (members.length === 0) return <p>Ce réseau n'a pas encore de membres.</p>;
  return (
    <table className="table">
      <caption className="visually-hidden">Structures membres et leur rôle dans le réseau</caption>
      <thead>
        <tr>
          <th scope="col">Structure</th>
          <th scope="col">Type</th>
          <th scope="col">Rôle</th>
        </tr>
      </thead>
      <tbody>
        {members.map(({ organization, roles }) => (
          <tr key={organization.id}>
            <th scope="row">
              <Link to={`/structures/${organization.slug}`}>{organization.name}</Link>
              {organization.commune && <span className="table__note">{organization.commune.name}</span>}
            </th>
            <td>{ORGANIZATION_KIND_LABELS[organization.kind]}</td>
            <td>{roles.map((role) => MEMBERSHIP_ROLE_LABELS[role]).join(', ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
