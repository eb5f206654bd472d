import { graphql, getFragmentData, type FragmentType } from '../gql';
import { formatShortDay, formatClock } from '../ui/paris-time';
import { SLOT_ANSWER_LABELS } from './date-poll-labels';
import { personName } from './person-name';

export const PollParticipantsFragment = graphql(`
  fragment PollParticipants_poll on DatePoll {
    id
    slots {
      id
      startsAt
    }
    participants {
      person {
        id
        firstName
        lastName
      }
      answers {
        slotId
        answer
      }
    }
  }
`);

/** Who answered what, slot by slot: personal data the API sends only to those who take part. */
export function PollParticipants(props: { poll: FragmentType<typeof PollParticipantsFragment> }) {
  const poll = getFragmentData(PollParticipantsFragment, props.poll);
  if (poll.participants.length === 0) return null;
  const participants = [...poll.participants].sort((a, b) => a.person.lastName.localeCompare(b.person.lastName, 'fr'));
  return (
    <details className="poll-participants">
      <summary>Réponses par personne</summary>
      <div className="table-scroll" role="region" aria-label="Réponses par personne" tabIndex={0}>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Personne</th>
              {poll.slots.map((slot) => (
                <th key={slot.id} scope="col">
                  {formatShortDay(slot.startsAt)}, {formatClock(slot.startsAt)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {participants.map((participant) => {
              const bySlot = new Map(participant.answers.map((answer) => [answer.slotId, answer.answer]));
              return (
                <tr key={participant.person.id}>
                  <th scope="row">{personName(participant.person)}</th>
                  {poll.slots.map((slot) => {
                    const answer = bySlot.get(slot.id);
                    return (
                      <td key={slot.id} className={answer ? `poll-cell poll-cell--${answer.toLowerCase()}` : 'poll-cell'}>
                        {answer ? SLOT_ANSWER_LABELS[answer] : '–'}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </details>
  );
}
