import { graphql, getFragmentData, type FragmentType } from '../gql';
import { AddMemberForm } from './AddMemberForm';
import { MembershipRow } from './MembershipRow';

export const MemberManagementFragment = graphql(`
  fragment MemberManagement_network on Network {
    id
    slug
    name
    memberships {
      id
      ...MembershipRow_membership
      organization {
        id
        name
      }
      person {
        id
        lastName
      }
    }
  }
`);

/** For the network's animators and the coordination: add a structure (or one of its people), change a role, remove. */
export function MemberManagement(props: { network: FragmentType<typeof MemberManagementFragment> }) {
  const network = getFragmentData(MemberManagementFragment, props.network);
  const memberships = [...network.memberships].sort(
    (a, b) =>
      a.organization.name.localeCompare(b.organization.name, 'fr') ||
      (a.person?.lastName ?? '').localeCompare(b.person?.lastName ?? '', 'fr'),
  );

  return (
    <section className="panel member-management" aria-labelledby="management-title">
      <h2 id="management-title">Gérer les membres</h2>
      <p className="panel__intro">
        Vous animez ce réseau : ajoutez une structure, ou une personne d’une structure, changez un rôle ou retirez un membre.
      </p>
      <AddMemberForm networkSlug={network.slug} />
      <div className="table-scroll" role="region" aria-labelledby="memberships-caption" tabIndex={0}>
        <table className="table">
          <caption id="memberships-caption" className="table__caption">
            Adhésions au réseau ({memberships.length})
          </caption>
          <thead>
            <tr>
              <th scope="col">Structure</th>
              <th scope="col">Personne</th>
              <th scope="col">Rôle</th>
              <th scope="col">Retirer</th>
            </tr>
          </thead>
          <tbody>
            {memberships.map((membership) => (
              <MembershipRow key={membership.id} membership={membership} networkName={network.name} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
