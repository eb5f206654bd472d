import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../gql';
import { MEMBERSHIP_ROLE_LABELS } from '../ui/labels';

export const AnimatorItemFragment = graphql(`
  fragment AnimatorItem_membership on Membership {
    id
    role
    organization {
      id
      slug
      name
    }
    person {
      id
      firstName
      lastName
      jobTitle
      email
      phone
    }
  }
`);

export function AnimatorItem(props: { membership: FragmentType<typeof AnimatorItemFragment> }) {
  const { role, organization, person } = getFragmentData(AnimatorItemFragment, props.membership);
  return (
    <div className="animator">
      <p className="animator__role">{MEMBERSHIP_ROLE_LABELS[role]}</p>
      <p className="animator__organization">
        <Link to={`/structures/${organization.slug}`}>{organization.name}</Link>
      </p>
      {person && (
        <p className="animator__person">
          {person.firstName} {person.lastName}
          {person.jobTitle && <span className="animator__job">, {person.jobTitle}</span>}
        </p>
      )}
      {person?.email && (
        <p>
          <a href={`mailto:${person.email}`}>{person.email}</a>
        </p>
      )}
      {person?.phone && (
        <p>
          <a href={`tel:${person.phone.replace(/\s+/g, '')}`}>{person.phone}</a>
        </p>
      )}
    </div>
  );
}
