import { useRef, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { graphql, getFragmentData, type FragmentType } from '../gql';
import type { UpdateOrganizationInput } from '../gql/graphql';
import { errorFor, formErrorOf, formLevelError, useFocusOnError, type FormError } from '../app/form-errors';
import { FormAlert, Notice } from '../ui/QueryStatus';
import { TextField } from '../ui/TextField';

export const OrganizationFormFragment = graphql(`
  fragment OrganizationForm_organization on Organization {
    id
    description
    address
    website
    publicEmail
    publicPhone
    openingHours
  }
`);

const UpdateOrganizationMutation = graphql(`
  mutation UpdateOrganization($id: ID!, $input: UpdateOrganizationInput!) {
    updateOrganization(id: $id, input: $input) {
      id
      ...OrganizationForm_organization
      ...OrganizationContact_organization
    }
  }
`);

function useUpdateOrganizationMutation() {
  const [mutate, state] = useMutation(UpdateOrganizationMutation);
  const update = (id: string, input: UpdateOrganizationInput) => mutate({ variables: { id, input } });
  return [update, state] as const;
}

type Values = Required<{ [Field in keyof UpdateOrganizationInput]: string }>;
const FIELDS: ReadonlyArray<keyof Values> = ['description', 'address', 'website', 'publicEmail', 'publicPhone', 'openingHours'];

function valuesOf(organization: Record<keyof Values, string | null | undefined>): Values {
  return Object.fromEntries(FIELDS.map((field) => [field, organization[field] ?? ''])) as Values;
}

/**
 * Only the fields changed are sent (the API leaves the others alone), so two people editing different
 * fields do not undo each other. An emptied field is sent as null, which clears it.
 */
function changesOf(values: Values, saved: Values): UpdateOrganizationInput {
  const input: UpdateOrganizationInput = {};
  for (const field of FIELDS) {
    const value = values[field].trim();
    if (value !== saved[field].trim()) input[field] = value || null;
  }
  return input;
}

export function OrganizationForm(props: { organization: FragmentType<typeof OrganizationFormFragment> }) {
  const organization = getFragmentData(OrganizationFormFragment, props.organization);
  const saved = valuesOf(organization);
  const [values, setValues] = useState(saved);
  const [update, { loading }] = useUpdateOrganizationMutation();
  const [error, setError] = useState<FormError>();
  const [notice, setNotice] = useState<string>();
  const form = useRef<HTMLFormElement>(null);
  useFocusOnError(form, error);

  const field = (name: keyof Values) => ({
    value: values[name],
    onChange: (value: string) => {
      setValues((previous) => ({ ...previous, [name]: value }));
      // The field's message goes once the field is being corrected.
      if (error?.field === name) setError(undefined);
    },
    error: errorFor(error, name),
    name,
  });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(undefined);
    setNotice(undefined);
    const input = changesOf(values, saved);
    if (Object.keys(input).length === 0) return setNotice('Aucune modification à enregistrer.');
    try {
      await update(organization.id, input);
      setNotice('Modifications enregistrées : elles sont visibles dans l’annuaire.');
    } catch (caught) {
      setError(formErrorOf(caught));
    }
  }

  return (
    <form ref={form} className="form-card" noValidate onSubmit={submit}>
      <FormAlert message={formLevelError(error, FIELDS)} />
      <TextField label="Présentation" rows={5} hint="Ce que fait la structure, pour qui, où." {...field('description')} />
      <div className="form-grid">
        <TextField label="Adresse" autoComplete="street-address" {...field('address')} />
        <TextField label="Site web" type="url" hint="Adresse complète, ex. https://exemple.fr" {...field('website')} />
        <TextField
          label="Courriel public"
          type="email"
          hint="L’adresse de la structure, pas celle d’une personne."
          {...field('publicEmail')}
        />
        <TextField label="Téléphone public" type="tel" hint="Ex. 04 75 00 00 00" {...field('publicPhone')} />
      </div>
      <TextField
        label="Horaires d’ouverture"
        hint={
          <>
            Au format OpenStreetMap, ex. « Mo-Fr 09:00-12:00; We 14:00-17:00 » (Mo lundi, Tu mardi, We mercredi, Th jeudi, Fr
            vendredi, Sa samedi, Su dimanche).
          </>
        }
        {...field('openingHours')}
      />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={loading}>
          Enregistrer
        </button>
        <Notice>{notice}</Notice>
      </div>
    </form>
  );
}
