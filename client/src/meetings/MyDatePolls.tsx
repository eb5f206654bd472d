import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../gql';
import { formatDateTime } from '../ui/format';

export const MyDatePollsFragment = graphql(`
  fragment MyDatePolls_poll on DatePoll {
    id
    meetingTitle
    closesAt
    slots {
      id
    }
    myAnswers {
      slotId
    }
  }
`);

/** The open polls the person is asked to answer: drafts do not show elsewhere to members. */
export function MyDatePolls(props: { polls: Array<FragmentType<typeof MyDatePollsFragment>> }) {
  const polls = props.polls.map((poll) => getFragmentData(MyDatePollsFragment, poll));
  if (polls.length === 0) return null;
  return (
    <section aria-labelledby="my-polls-title">
      <h2 id="my-polls-title">Dates à choisir ({polls.length})</h2>
      <ul className="meeting-list meeting-list--polls">
        {polls.map((poll) => {
          const answered = poll.myAnswers.length;
          return (
            <li key={poll.id}>
              <h3 className="meeting-summary__title">
                <Link to={`/sondages/${poll.id}`}>Quelle date pour « {poll.meetingTitle} » ?</Link>
              </h3>
              <p className="meeting-summary__meta">
                Réponses jusqu’au {formatDateTime(poll.closesAt)} —{' '}
                {answered === 0
                  ? 'vous n’avez pas encore répondu'
                  : `vous avez répondu pour ${answered} créneau${answered > 1 ? 'x' : ''} sur ${poll.slots.length}`}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
