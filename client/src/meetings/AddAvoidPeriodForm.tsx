import { useRef, useState, type FormEvent } from 'react';
import type { AvoidPeriodKind } from '../gql/graphql';
import { errorFor, formErrorOf, formLevelError, useFocusOnError, type FormError } from '../app/form-errors';
import { EnumOptions } from '../ui/EnumOptions';
import { FormAlert, Notice } from '../ui/QueryStatus';
import { SelectField } from '../ui/SelectField';
import { TextField } from '../ui/TextField';
import { AVOID_PERIOD_KIND_LABELS, useAddAvoidPeriodMutation } from './avoid-periods';

const FIELDS = ['label', 'startsOn', 'endsOn', 'kind'];

export function AddAvoidPeriodForm() {
  const [add, { loading }] = useAddAvoidPeriodMutation();
  const [label, setLabel] = useState('');
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [kind, setKind] = useState<AvoidPeriodKind>('SCHOOL_HOLIDAYS');
  const [error, setError] = useState<FormError>();
  const [notice, setNotice] = useState<string>();
  const form = useRef<HTMLFormElement>(null);
  useFocusOnError(form, error);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNotice(undefined);
    setError(undefined);
    try {
      await add({ label: label.trim(), startsOn, endsOn, kind });
      setLabel('');
      setStartsOn('');
      setEndsOn('');
      setNotice('Période ajoutée.');
    } catch (caught) {
      setError(formErrorOf(caught));
    }
  }

  return (
    <form ref={form} className="form-card add-avoid-period" noValidate onSubmit={(event) => void submit(event)}>
      <h2>Ajouter une période</h2>
      <FormAlert message={formLevelError(error, FIELDS)} />
      <div className="form-grid">
        <TextField
          label="Libellé"
          hint="Ex. « Vacances d’hiver (zone A) »"
          value={label}
          onChange={setLabel}
          error={errorFor(error, 'label')}
        />
        <TextField type="date" label="Premier jour" value={startsOn} onChange={setStartsOn} error={errorFor(error, 'startsOn')} />
        <TextField
          type="date"
          label="Dernier jour (compris)"
          value={endsOn}
          onChange={setEndsOn}
          error={errorFor(error, 'endsOn')}
        />
        <SelectField
          label="Type"
          value={kind}
          onChange={(value) => setKind(value as AvoidPeriodKind)}
          error={errorFor(error, 'kind')}
        >
          <EnumOptions labels={AVOID_PERIOD_KIND_LABELS} />
        </SelectField>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={loading}>
          Ajouter la période
        </button>
        <Notice>{notice}</Notice>
      </div>
    </form>
  );
}
