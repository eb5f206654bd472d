import { useRef, useState, type FormEvent } from 'react';
import { errorFor, formErrorOf, formLevelError, useFocusOnError, type FormError } from '../app/form-errors';
import { addDays, isClock, isDay, parisInstant, parisToday } from '../ui/paris-time';
import { FormAlert } from '../ui/QueryStatus';
import { TextField } from '../ui/TextField';
import { useStartDatePollMutation } from './date-poll-mutations';
import { durationOf, isFormError, slotDraftOf, slotInstants, type SlotDraft } from './meeting-form';
import { SlotFields } from './SlotFields';
import { SlotSuggestions } from './SlotSuggestions';

/** The API's bounds: two slots make a choice, past six people stop weighing each one. */
const MIN_SLOTS = 2;
const MAX_SLOTS = 6;

interface Props {
  meetingId: string;
  networkSlugs: string[];
  /** The draft's provisional slot, the first proposal. */
  startsAt: string;
  endsAt: string;
}

function initialSlots(startsAt: string, endsAt: string): SlotDraft[] {
  const first = slotDraftOf(startsAt, endsAt);
  return [first, { ...first, day: addDays(first.day, 1) }];
}

/** Answers close the evening before the first proposal (or tonight, when that is tomorrow). */
function defaultClosing(slots: SlotDraft[]): string {
  const days = slots
    .map((slot) => slot.day)
    .filter(isDay)
    .sort();
  const eve = days.length ? addDays(days[0], -1) : addDays(parisToday(), 3);
  return eve < parisToday() ? parisToday() : eve;
}

/** « Trouver une date »: 2 to 6 slots for a draft meeting; each member gets a personal link by mail. */
export function StartDatePollForm({ meetingId, networkSlugs, startsAt, endsAt }: Props) {
  const [start, { loading }] = useStartDatePollMutation();
  const [slots, setSlots] = useState(() => initialSlots(startsAt, endsAt));
  const [closesDay, setClosesDay] = useState(() => defaultClosing(initialSlots(startsAt, endsAt)));
  const [closesTime, setClosesTime] = useState('18:00');
  const [error, setError] = useState<FormError>();
  const form = useRef<HTMLFormElement>(null);
  useFocusOnError(form, error);

  const change = (index: number, slot: SlotDraft) => setSlots(slots.map((current, i) => (i === index ? slot : current)));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const instants = slots.map(slotInstants);
    const invalid = instants.find(isFormError);
    if (invalid) return setError({ field: 'slots', message: `Créneau ${instants.indexOf(invalid) + 1} : ${invalid.message}` });
    if (!isDay(closesDay) || !isClock(closesTime))
      return setError({ field: 'closesAt', message: 'Indiquez la date et l’heure de clôture.' });
    setError(undefined);
    try {
      await start(meetingId, instants as Array<{ startsAt: string; endsAt: string }>, parisInstant(closesDay, closesTime));
    } catch (caught) {
      setError(formErrorOf(caught));
    }
  }

  return (
    <form ref={form} className="form-card start-date-poll" noValidate onSubmit={(event) => void submit(event)}>
      <h3>Proposer des dates</h3>
      <p className="panel__intro">
        Proposez de {MIN_SLOTS} à {MAX_SLOTS} créneaux. Chaque membre des réseaux reçoit par courriel un lien personnel pour
        indiquer ses disponibilités, sans avoir besoin de compte.
      </p>
      <FormAlert message={formLevelError(error, ['closesAt'])} />
      {slots.map((slot, index) => (
        <SlotFields
          key={index}
          legend={`Créneau ${index + 1} (heure de Paris)`}
          value={slot}
          onChange={(next) => change(index, next)}
        >
          {slots.length > MIN_SLOTS && (
            <div className="slot-fields__remove">
              <button
                type="button"
                className="button button--small"
                onClick={() => setSlots(slots.filter((_, i) => i !== index))}
              >
                Retirer<span className="visually-hidden"> le créneau {index + 1}</span>
              </button>
            </div>
          )}
        </SlotFields>
      ))}
      <div className="form-actions">
        {slots.length < MAX_SLOTS && (
          <button type="button" className="button" onClick={() => setSlots([...slots, { ...slots[slots.length - 1] }])}>
            Ajouter un créneau
          </button>
        )}
      </div>
      <SlotSuggestions
        networkSlugs={networkSlugs}
        durationMinutes={durationOf(slots[0])}
        count={MAX_SLOTS}
        pickLabel="Ajouter au sondage"
        onPick={(picked) => {
          const next = slotDraftOf(picked.startsAt, picked.endsAt);
          setSlots(slots.length < MAX_SLOTS ? [...slots, next] : [...slots.slice(0, -1), next]);
        }}
      />
      <fieldset className="form-grid form-grid--fieldset">
        <legend>Clôture des réponses (heure de Paris)</legend>
        <TextField
          type="date"
          label="Jour de clôture"
          name="closesDay"
          value={closesDay}
          onChange={setClosesDay}
          error={errorFor(error, 'closesAt')}
        />
        <TextField type="time" label="Heure de clôture" name="closesTime" value={closesTime} onChange={setClosesTime} />
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={loading}>
          Lancer le sondage
        </button>
      </div>
    </form>
  );
}
