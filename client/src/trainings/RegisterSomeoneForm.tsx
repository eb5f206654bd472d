import { useRef, useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import { errorFor, formErrorOf, formLevelError, useFocusOnError, type FormError } from '../app/form-errors';
import { FormAlert, Notice } from '../ui/QueryStatus';
import { SelectField } from '../ui/SelectField';
import { registrationLabel } from './training-labels';
import { useRegisterForTrainingMutation } from './training-mutations';

/** Its own query: only the managers, who see this form, load the people of the networks. */
const TrainingPeopleQuery = graphql(`
  query TrainingPeople($id: ID!) {
    training(id: $id) {
      id
      networks {
        id
        organizations {
          id
          name
          people {
            id
            firstName
            lastName
          }
        }
      }
    }
  }
`);

interface PersonOption {
  id: string;
  label: string;
  organization: string;
}

function peopleOf(
  networks: Array<{ organizations: Array<{ name: string; people: Array<{ id: string; firstName: string; lastName: string }> }> }>,
) {
  const byId = new Map<string, PersonOption>();
  for (const network of networks)
    for (const organization of network.organizations)
      for (const person of organization.people)
        byId.set(person.id, { id: person.id, label: `${person.lastName} ${person.firstName}`, organization: organization.name });
  const byOrganization = new Map<string, PersonOption[]>();
  for (const option of [...byId.values()].sort((a, b) => a.label.localeCompare(b.label, 'fr'))) {
    byOrganization.set(option.organization, [...(byOrganization.get(option.organization) ?? []), option]);
  }
  return [...byOrganization].sort(([a], [b]) => a.localeCompare(b, 'fr'));
}

/** For its managers: registers a person of the training's networks (a seat, or the waitlist). */
export function RegisterSomeoneForm({ trainingId }: { trainingId: string }) {
  const { data, loading: loadingPeople } = useQuery(TrainingPeopleQuery, { variables: { id: trainingId } });
  const [register, { loading }] = useRegisterForTrainingMutation();
  const [personId, setPersonId] = useState('');
  const [error, setError] = useState<FormError>();
  const [notice, setNotice] = useState<string>();
  const form = useRef<HTMLFormElement>(null);
  useFocusOnError(form, error);
  const groups = peopleOf(data?.training?.networks ?? []);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNotice(undefined);
    if (!personId) return setError({ field: 'personId', message: 'Choisissez la personne à inscrire.' });
    setError(undefined);
    try {
      const { data: registered } = await register(trainingId, personId);
      const chosen = groups.flatMap(([, people]) => people).find((person) => person.id === personId);
      setPersonId('');
      if (registered)
        setNotice(`${chosen?.label ?? 'Personne'} : ${registrationLabel(registered.registerForTraining).toLowerCase()}.`);
    } catch (caught) {
      setError(formErrorOf(caught));
    }
  }

  return (
    <form ref={form} className="form-card register-someone" noValidate onSubmit={submit}>
      <h3>Inscrire une personne</h3>
      <FormAlert message={formLevelError(error, ['personId'])} />
      <SelectField
        label="Personne des réseaux de la formation"
        value={personId}
        onChange={setPersonId}
        error={errorFor(error, 'personId')}
        disabled={loadingPeople}
      >
        <option value="">{loadingPeople ? 'Chargement…' : 'Choisir une personne'}</option>
        {groups.map(([organization, people]) => (
          <optgroup key={organization} label={organization}>
            {people.map((person) => (
              <option key={person.id} value={person.id}>
                {person.label}
              </option>
            ))}
          </optgroup>
        ))}
      </SelectField>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={loading}>
          Inscrire
        </button>
        <Notice>{notice}</Notice>
      </div>
    </form>
  );
}
