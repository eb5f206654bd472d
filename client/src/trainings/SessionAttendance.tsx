import { useState, type FormEvent } from 'react';
import { graphql, getFragmentData, type FragmentType } from '../gql';
import type { SessionAttendance_TrainingFragment as Training } from '../gql/graphql';
import { errorMessage } from '../app/error-message';
import { FormAlert, Notice } from '../ui/QueryStatus';
import { sessionWhen } from './training-labels';
import { useRecordTrainingAttendanceMutation } from './training-mutations';

export const SessionAttendanceFragment = graphql(`
  fragment SessionAttendance_training on Training {
    id
    sessions {
      id
      startsAt
      endsAt
      hasStarted
      attendees {
        id
      }
    }
    registrations {
      id
      status
      person {
        id
        firstName
        lastName
      }
    }
  }
`);

type Session = Training['sessions'][number];

/** For its managers: who was at each session that has started (checkboxes, saved as a whole list). */
export function SessionAttendance(props: { training: FragmentType<typeof SessionAttendanceFragment> }) {
  const training = getFragmentData(SessionAttendanceFragment, props.training);
  const confirmed = training.registrations.filter((registration) => registration.status === 'CONFIRMED');
  return (
    <section aria-labelledby="attendance-title" className="training-attendance">
      <h3 id="attendance-title">Présences</h3>
      {training.sessions.map((session, index) => (
        <SessionForm key={session.id} session={session} number={index + 1} confirmed={confirmed} />
      ))}
    </section>
  );
}

function SessionForm({ session, number, confirmed }: { session: Session; number: number; confirmed: Training['registrations'] }) {
  const [record, { loading }] = useRecordTrainingAttendanceMutation();
  const [present, setPresent] = useState(() => new Set(session.attendees.map((attendee) => attendee.id)));
  const [error, setError] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const legend = `Séance ${number} — ${sessionWhen(session)}`;

  function toggle(id: string, checked: boolean) {
    const next = new Set(present);
    if (checked) next.add(id);
    else next.delete(id);
    setPresent(next);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(undefined);
    setNotice(undefined);
    try {
      // Those still confirmed: a person who cancelled since cannot be noted present.
      await record(
        session.id,
        confirmed.filter((registration) => present.has(registration.id)).map((r) => r.id),
      );
      setNotice('Présences enregistrées.');
    } catch (caught) {
      setError(errorMessage(caught));
    }
  }

  if (!session.hasStarted) {
    return (
      <p className="session-attendance">
        <strong>{legend}</strong> : la présence se note une fois la séance commencée.
      </p>
    );
  }
  return (
    <form className="form-card session-attendance" onSubmit={submit}>
      <fieldset className="checkbox-group">
        <legend>{legend}</legend>
        <FormAlert message={error} />
        {confirmed.length === 0 ? (
          <p>Personne n’est inscrit.</p>
        ) : (
          <div className="checkbox-group__options">
            {confirmed.map((registration) => (
              <label key={registration.id}>
                <input
                  type="checkbox"
                  checked={present.has(registration.id)}
                  onChange={(event) => toggle(registration.id, event.target.checked)}
                />{' '}
                {registration.person.firstName} {registration.person.lastName}
              </label>
            ))}
          </div>
        )}
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button" disabled={loading || confirmed.length === 0}>
          Enregistrer les présences<span className="visually-hidden"> de la séance {number}</span>
        </button>
        <Notice>{notice}</Notice>
      </div>
    </form>
  );
}
