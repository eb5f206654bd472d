import type { ReactNode } from 'react';
import type { FormError } from '../app/form-errors';
import { errorFor } from '../app/form-errors';
import { TextField } from '../ui/TextField';
import type { SlotDraft } from './meeting-form';

interface Props {
  value: SlotDraft;
  legend?: string;
  /** Extra controls at the end of the group (a « Retirer » button). */
  children?: ReactNode;
  onChange: (value: SlotDraft) => void;
  error?: FormError;
}

/** Date, start and end of a meeting, on Paris clocks (said in the legend, for visitors abroad). */
export function SlotFields({ value, onChange, error, legend = 'Date et horaires (heure de Paris)', children }: Props) {
  return (
    <fieldset className="form-grid form-grid--fieldset slot-fields">
      <legend>{legend}</legend>
      <TextField
        type="date"
        label="Date"
        name="day"
        required
        value={value.day}
        onChange={(day) => onChange({ ...value, day })}
        error={errorFor(error, 'day')}
      />
      <TextField
        type="time"
        label="Début"
        name="start"
        required
        value={value.start}
        onChange={(start) => onChange({ ...value, start })}
        error={errorFor(error, 'startsAt')}
      />
      <TextField
        type="time"
        label="Fin"
        name="end"
        required
        value={value.end}
        onChange={(end) => onChange({ ...value, end })}
        error={errorFor(error, 'endsAt')}
      />
      {children}
    </fieldset>
  );
}
