import { useState, type FormEvent } from 'react';
import { errorFor, formErrorOf, type FormError } from '../../app/form-errors';
import { FormAlert, Notice } from '../../ui/QueryStatus';
import { TextField } from '../../ui/TextField';
import { isClock, isDay, parisClock, parisDay, parisInstant } from '../../ui/paris-time';
import { useSetAgendaDeadlineMutation } from './agenda-mutations';

/** The animators move the proposals' deadline (typed on Paris clocks), or go back to the default. */
export function AgendaDeadlineForm({ meetingId, deadline: saved }: { meetingId: string; deadline: string }) {
  const [setDeadline, { loading }] = useSetAgendaDeadlineMutation();
  // What is typed, until saved: then the server's deadline shows again.
  const [draft, setDraft] = useState<{ day: string; time: string } | null>(null);
  const day = draft?.day ?? parisDay(saved);
  const time = draft?.time ?? parisClock(saved);
  const [error, setError] = useState<FormError>();
  const [notice, setNotice] = useState<string>();

  async function save(deadline: string | null) {
    setError(undefined);
    setNotice(undefined);
    try {
      await setDeadline(meetingId, deadline);
      setDraft(null);
      setNotice(deadline ? 'Date limite enregistrée.' : 'Date limite par défaut rétablie : 7 jours avant la réunion.');
    } catch (caught) {
      setError(formErrorOf(caught));
    }
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!isDay(day) || !isClock(time)) return setError({ field: 'deadline', message: 'Indiquez un jour et une heure.' });
    void save(parisInstant(day, time));
  }

  return (
    <form className="agenda-deadline inline-form" noValidate onSubmit={submit}>
      <FormAlert message={error && error.field !== 'deadline' ? error.message : undefined} />
      <fieldset className="form-grid form-grid--fieldset">
        <legend>Date limite des propositions (heure de Paris)</legend>
        <TextField
          type="date"
          label="Jour"
          value={day}
          onChange={(value) => setDraft({ day: value, time })}
          error={errorFor(error, 'deadline')}
        />
        <TextField type="time" label="Heure" value={time} onChange={(value) => setDraft({ day, time: value })} />
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button button--small" disabled={loading}>
          Enregistrer la date limite
        </button>
        <button type="button" className="button button--small button--link" disabled={loading} onClick={() => void save(null)}>
          Revenir au délai par défaut
        </button>
        <Notice>{notice}</Notice>
      </div>
    </form>
  );
}
