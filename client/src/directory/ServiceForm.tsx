import { useRef, useState, type FormEvent } from 'react';
import { graphql, getFragmentData, type FragmentType } from '../gql';
import type { ServiceInput } from '../gql/graphql';
import { errorFor, formErrorOf, formLevelError, useFocusOnError, type FormError } from '../app/form-errors';
import { CheckboxGroup } from '../ui/CheckboxGroup';
import { AUDIENCE_LABELS, SERVICE_MODE_LABELS, THEME_LABELS } from '../ui/labels';
import { FormAlert } from '../ui/QueryStatus';
import { TextField } from '../ui/TextField';
import { CommunesChecklist } from './CommunesChecklist';

export const ServiceFormFragment = graphql(`
  fragment ServiceForm_territory on Territory {
    id
    communes {
      inseeCode
      name
      mergedInto {
        inseeCode
        name
      }
    }
  }
`);

export const EMPTY_SERVICE: ServiceInput = {
  name: '',
  description: '',
  themes: [],
  audiences: [],
  modes: [],
  communesServed: [],
};

const FIELDS: ReadonlyArray<keyof ServiceInput> = ['name', 'description', 'themes', 'audiences', 'modes', 'communesServed'];

interface Props {
  territory: FragmentType<typeof ServiceFormFragment>;
  initial: ServiceInput;
  submitLabel: string;
  /** Saves; a rejected promise carries the API's error, shown next to its field. */
  onSubmit: (input: ServiceInput) => Promise<unknown>;
  onCancel: () => void;
}

/** Adds or edits a service: name, description, themes, audiences, modes and communes served. */
export function ServiceForm({ territory: territoryRef, initial, submitLabel, onSubmit, onCancel }: Props) {
  const territory = getFragmentData(ServiceFormFragment, territoryRef);
  const [values, setValues] = useState<ServiceInput>(initial);
  const [error, setError] = useState<FormError>();
  const [saving, setSaving] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  useFocusOnError(form, error);

  function set<Field extends keyof ServiceInput>(field: Field, value: ServiceInput[Field]) {
    setValues((previous) => ({ ...previous, [field]: value }));
    // The field's message goes once the field is being corrected.
    if (error?.field === field) setError(undefined);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(undefined);
    setSaving(true);
    try {
      await onSubmit({ ...values, name: values.name.trim(), description: values.description?.trim() || null });
    } catch (caught) {
      setError(formErrorOf(caught));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form ref={form} className="form-card service-form" noValidate onSubmit={submit}>
      <FormAlert message={formLevelError(error, FIELDS)} />
      <TextField
        label="Nom du service"
        required
        value={values.name}
        onChange={(value) => set('name', value)}
        error={errorFor(error, 'name')}
      />
      <TextField
        label="Description"
        rows={3}
        value={values.description ?? ''}
        onChange={(value) => set('description', value)}
        error={errorFor(error, 'description')}
      />
      <CheckboxGroup
        legend="Thèmes"
        labels={THEME_LABELS}
        value={values.themes}
        onChange={(value) => set('themes', value)}
        error={errorFor(error, 'themes')}
      />
      <CheckboxGroup
        legend="Publics"
        labels={AUDIENCE_LABELS}
        value={values.audiences}
        onChange={(value) => set('audiences', value)}
        error={errorFor(error, 'audiences')}
      />
      <CheckboxGroup
        legend="Modalités d’accueil"
        labels={SERVICE_MODE_LABELS}
        value={values.modes}
        onChange={(value) => set('modes', value)}
        error={errorFor(error, 'modes')}
      />
      <CommunesChecklist
        communes={territory.communes}
        value={values.communesServed}
        onChange={(value) => set('communesServed', value)}
        error={errorFor(error, 'communesServed')}
      />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {submitLabel}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Annuler
        </button>
      </div>
    </form>
  );
}
