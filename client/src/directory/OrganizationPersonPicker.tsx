import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import { errorMessage } from '../app/error-message';
import { SelectField } from '../ui/SelectField';

/**
 * The structures, then the people of the one chosen, for the forms that name them (adding a member to a
 * network, inviting a user). Their own queries: only those forms need them, and only users who may use
 * them see them. The territory has about fifty structures; 100 is the API's largest page. Everyone's
 * people at once would cost more than the API's query cost limit allows.
 */
const OrganizationOptionsQuery = graphql(`
  query OrganizationOptions {
    organizations(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

const PersonOptionsQuery = graphql(`
  query PersonOptions($organizationId: ID!) {
    node(id: $organizationId) {
      id
      ... on Organization {
        people {
          id
          firstName
          lastName
          jobTitle
        }
      }
    }
  }
`);

export interface OrganizationPersonChoice {
  organizationId: string;
  personId: string;
}

interface Props {
  value: OrganizationPersonChoice;
  onChange: (value: OrganizationPersonChoice) => void;
  organizationLabel: string;
  personLabel: string;
  /** Text of the empty person option: "La structure seule", "Aucune"… */
  noPersonLabel: string;
  organizationError?: string;
  personError?: string;
}

export function OrganizationPersonPicker(props: Props) {
  const { value, onChange, organizationLabel, personLabel, noPersonLabel, organizationError, personError } = props;
  const { data, error } = useQuery(OrganizationOptionsQuery);
  const organizations = (data?.organizations.edges.map((edge) => edge.node) ?? []).sort((a, b) =>
    a.name.localeCompare(b.name, 'fr'),
  );
  const { data: chosen } = useQuery(PersonOptionsQuery, {
    variables: { organizationId: value.organizationId },
    skip: !value.organizationId,
  });
  const people = chosen?.node && 'people' in chosen.node ? chosen.node.people : [];

  return (
    <>
      <SelectField
        label={organizationLabel}
        value={value.organizationId}
        onChange={(organizationId) => onChange({ organizationId, personId: '' })}
        error={organizationError ?? (error ? errorMessage(error) : undefined)}
        disabled={!data}
      >
        <option value="">{data ? 'Choisir une structure…' : 'Chargement des structures…'}</option>
        {organizations.map((organization) => (
          <option key={organization.id} value={organization.id}>
            {organization.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={personLabel}
        value={value.personId}
        onChange={(personId) => onChange({ ...value, personId })}
        error={personError}
        disabled={!value.organizationId || people.length === 0}
      >
        <option value="">{noPersonLabel}</option>
        {people.map((person) => (
          <option key={person.id} value={person.id}>
            {person.firstName} {person.lastName}
            {person.jobTitle ? ` (${person.jobTitle})` : ''}
          </option>
        ))}
      </SelectField>
    </>
  );
}
