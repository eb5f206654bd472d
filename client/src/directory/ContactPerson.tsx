import { graphql, getFragmentData, type FragmentType } from '../gql';

export const ContactPersonFragment = graphql(`
  fragment ContactPerson_person on Person {
    id
    firstName
    lastName
    jobTitle
    email
    phone
  }
`);

/** Email and phone are personal data: the API returns them only to those allowed to see them. */
export function ContactPerson(props: { person: FragmentType<typeof ContactPersonFragment> }) {
  const person = getFragmentData(ContactPersonFragment, props.person);
  return (
    <div className="contact-person">
      <p className="contact-person__name">
        {person.firstName} {person.lastName}
      </p>
      {person.jobTitle && <p className="contact-person__job">{person.jobTitle}</p>}
      {person.email && (
        <p>
          <a href={`mailto:${person.email}`}>{person.email}</a>
        </p>
      )}
      {person.phone && (
        <p>
          <a href={`tel:${person.phone.replace(/\s+/g, '')}`}>{person.phone}</a>
        </p>
      )}
    </div>
  );
}
