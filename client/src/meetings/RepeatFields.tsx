import type { FormError } from '../app/form-errors';
import { errorFor } from '../app/form-errors';
import type { SeriesFrequency } from '../gql/graphql';
import { SelectField } from '../ui/SelectField';
import { TextField } from '../ui/TextField';

export interface RepeatDraft {
  /** Empty: a single meeting. */
  frequency: SeriesFrequency | '';
  interval: string;
  count: string;
}

export const NO_REPEAT: RepeatDraft = { frequency: '', interval: '1', count: '6' };

interface Props {
  value: RepeatDraft;
  onChange: (value: RepeatDraft) => void;
  error?: FormError;
}

/** A series: the first meeting repeated every `interval` weeks or months, `count` times in all. */
export function RepeatFields({ value, onChange, error }: Props) {
  return (
    <fieldset className="form-grid form-grid--fieldset">
      <legend>Répétition</legend>
      <SelectField
        label="Se répète"
        value={value.frequency}
        onChange={(frequency) => onChange({ ...value, frequency: frequency as RepeatDraft['frequency'] })}
        error={errorFor(error, 'frequency')}
      >
        <option value="">Non, une seule réunion</option>
        <option value="WEEKLY">Toutes les semaines (ou toutes les n semaines)</option>
        <option value="MONTHLY">Tous les mois (ou tous les n mois)</option>
      </SelectField>
      {value.frequency && (
        <>
          <TextField
            type="number"
            label={value.frequency === 'WEEKLY' ? 'Toutes les … semaines' : 'Tous les … mois'}
            min={1}
            max={24}
            value={value.interval}
            onChange={(interval) => onChange({ ...value, interval })}
            error={errorFor(error, 'interval')}
          />
          <TextField
            type="number"
            label="Nombre de réunions (la première comprise)"
            min={2}
            max={52}
            value={value.count}
            onChange={(count) => onChange({ ...value, count })}
            error={errorFor(error, 'count')}
          />
        </>
      )}
    </fieldset>
  );
}
