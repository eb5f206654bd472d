import type { FragmentType } from '../gql';
import { FieldError } from '../ui/TextField';
import { PlaceFields, type CommuneOptionsFragment } from '../meetings/PlaceFields';
import { SlotFields } from '../meetings/SlotFields';
import { emptySession, type SessionDraft, type SessionError } from './training-form';

// The API's bound: a cycle of monthly sessions over a school year.
const MAX_SESSIONS = 30;

interface Props {
  value: SessionDraft[];
  onChange: (value: SessionDraft[]) => void;
  territory: FragmentType<typeof CommuneOptionsFragment> | null | undefined;
  /** An error about one row (`row`), or about the sessions as a whole. */
  error?: SessionError;
}

/** The sessions: each a Paris date and times, and where (room, commune, video link); rows added and removed. */
export function SessionRows({ value, onChange, territory, error }: Props) {
  const change = (index: number, next: SessionDraft) => onChange(value.map((row, i) => (i === index ? next : row)));
  const last = value[value.length - 1];
  const listError = error && error.row === undefined ? error.message : undefined;
  return (
    <fieldset className="training-sessions-form" aria-describedby={listError ? 'sessions-error' : undefined}>
      <legend>Séances</legend>
      <FieldError id={listError ? 'sessions-error' : undefined} message={listError} />
      {value.map((session, index) => {
        const rowError = error?.row === index ? error : undefined;
        return (
          <div key={session.key} className="training-session-row">
            <SlotFields
              legend={`Séance ${index + 1} (heure de Paris)`}
              value={session.slot}
              onChange={(slot) => change(index, { ...session, slot })}
              error={rowError}
            >
              {value.length > 1 && (
                <div className="slot-fields__remove">
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => onChange(value.filter((_, i) => i !== index))}
                  >
                    Retirer<span className="visually-hidden"> la séance {index + 1}</span>
                  </button>
                </div>
              )}
            </SlotFields>
            <PlaceFields
              value={session.place}
              onChange={(place) => change(index, { ...session, place })}
              territory={territory}
              error={rowError}
            />
            {rowError &&
              !['day', 'startsAt', 'endsAt', 'place', 'communeInseeCode', 'onlineUrl'].includes(rowError.field ?? '') && (
                <FieldError id={undefined} message={rowError.message} />
              )}
          </div>
        );
      })}
      {value.length < MAX_SESSIONS && (
        <div className="form-actions">
          <button
            type="button"
            className="button"
            onClick={() => onChange([...value, emptySession(last ? { ...last.slot, day: '' } : undefined)])}
          >
            Ajouter une séance
          </button>
        </div>
      )}
    </fieldset>
  );
}
