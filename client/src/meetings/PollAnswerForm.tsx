import { useState, type FormEvent } from 'react';
import type { SlotAnswer } from '../gql/graphql';
import { formErrorOf } from '../app/form-errors';
import { FormAlert, Notice } from '../ui/QueryStatus';
import { formatSlot } from '../ui/paris-time';
import { SLOT_ANSWER_LABELS } from './date-poll-labels';

const ANSWERS: SlotAnswer[] = ['YES', 'IF_NEED_BE', 'NO'];

interface Props {
  slots: ReadonlyArray<{ id: string; startsAt: string; endsAt: string }>;
  /** The answers already given, to start from. */
  answers: ReadonlyArray<{ slotId: string; answer: SlotAnswer }>;
  onSubmit: (answers: Array<{ slotId: string; answer: SlotAnswer }>) => Promise<unknown>;
}

/**
 * Availability for each slot of a date poll: one radio group per slot (Oui / Si besoin / Non),
 * the same in the app and on the personal link's page.
 */
export function PollAnswerForm({ slots, answers, onSubmit }: Props) {
  const [chosen, setChosen] = useState<Record<string, SlotAnswer>>(() =>
    Object.fromEntries(answers.map((answer) => [answer.slotId, answer.answer])),
  );
  const [error, setError] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNotice(undefined);
    const given = slots.filter((slot) => chosen[slot.id]).map((slot) => ({ slotId: slot.id, answer: chosen[slot.id] }));
    if (given.length === 0) return setError('Indiquez vos disponibilités pour au moins un créneau.');
    setError(undefined);
    setSaving(true);
    try {
      await onSubmit(given);
      setNotice('Vos disponibilités sont enregistrées. Vous pouvez les modifier jusqu’à la clôture du sondage.');
    } catch (caught) {
      setError(formErrorOf(caught).message);
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="form-card poll-answer-form" noValidate onSubmit={(event) => void submit(event)}>
      <FormAlert message={error} />
      {slots.map((slot) => (
        <fieldset key={slot.id} className="poll-answer">
          <legend>{formatSlot(slot.startsAt, slot.endsAt)}</legend>
          <div className="poll-answer__options">
            {ANSWERS.map((answer) => (
              <label key={answer} className={`poll-answer__option poll-answer__option--${answer.toLowerCase()}`}>
                <input
                  type="radio"
                  name={`slot-${slot.id}`}
                  value={answer}
                  checked={chosen[slot.id] === answer}
                  onChange={() => setChosen({ ...chosen, [slot.id]: answer })}
                />
                {SLOT_ANSWER_LABELS[answer]}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          Enregistrer mes disponibilités
        </button>
        <Notice>{notice}</Notice>
      </div>
    </form>
  );
}
