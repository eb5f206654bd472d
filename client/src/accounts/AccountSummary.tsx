import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../gql';
import { formatDay } from '../ui/format';
import { USER_ROLE_LABELS } from '../ui/labels';

export const AccountSummaryFragment = graphql(`
  fragment AccountSummary_user on User {
    id
    displayName
    email
    role
    createdAt
    person {
      id
      jobTitle
      organization {
        id
        slug
        name
      }
    }
    animatedNetworks {
      id
      slug
      name
    }
  }
`);

export function AccountSummary(props: { user: FragmentType<typeof AccountSummaryFragment> }) {
  const user = getFragmentData(AccountSummaryFragment, props.user);
  const organization = user.person?.organization;
  return (
    <dl className="facts">
      <div>
        <dt>Nom</dt>
        <dd>{user.displayName}</dd>
      </div>
      <div>
        <dt>Adresse e-mail</dt>
        <dd>{user.email}</dd>
      </div>
      <div>
        <dt>Rôle</dt>
        <dd>{USER_ROLE_LABELS[user.role]}</dd>
      </div>
      <div>
        <dt>Structure</dt>
        <dd>
          {organization ? (
            <>
              <Link to={`/structures/${organization.slug}`}>{organization.name}</Link>
              {user.person?.jobTitle && <> · {user.person.jobTitle}</>}
            </>
          ) : (
            'Compte rattaché à aucune structure de l’annuaire'
          )}
        </dd>
      </div>
      {user.animatedNetworks.length > 0 && (
        <div>
          <dt>Réseaux animés</dt>
          <dd>
            <ul className="inline-list">
              {user.animatedNetworks.map((network) => (
                <li key={network.id}>
                  <Link to={`/reseaux/${network.slug}`}>{network.name}</Link>
                </li>
              ))}
            </ul>
          </dd>
        </div>
      )}
      <div>
        <dt>Compte créé le</dt>
        <dd>{formatDay(user.createdAt)}</dd>
      </div>
    </dl>
  );
}
