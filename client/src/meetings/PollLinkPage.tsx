import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { graphql } from '../gql';
import { QueryError } from '../app/QueryError';
import { formatDateTime } from '../ui/format';
import { formatSlot } from '../ui/paris-time';
import { Loading } from '../ui/QueryStatus';
import { useDocumentTitle } from '../ui/use-document-title';
import { SLOT_ANSWER_LABELS } from './date-poll-labels';
import { useAnswerDatePollWithLinkMutation } from './date-poll-mutations';
import { PollAnswerForm } from './PollAnswerForm';

const PollLinkPageQuery = graphql(`
  query PollLinkPage($token: String!) {
    datePollByLink(token: $token) {
      meetingTitle
      firstName
      status
      closesAt
      slots {
        id
        startsAt
        endsAt
      }
      chosenSlot {
        id
        startsAt
        endsAt
      }
      myAnswers {
        slotId
        answer
      }
    }
  }
`);

/** /sondage/:token — the personal link of a date poll's mail: answered without an account. */
export function PollLinkPage() {
  const { token = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(PollLinkPageQuery, { variables: { token } });
  const [answer] = useAnswerDatePollWithLinkMutation();
  const poll = data?.datePollByLink;
  useDocumentTitle(poll ? `Quelle date pour « ${poll.meetingTitle} » ?` : 'Sondage de dates');

  if (loading && !data) return <Loading />;
  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!poll) {
    return (
      <div className="narrow-page">
        <h1>Lien de sondage invalide</h1>
        <p>
          Ce lien de sondage n’est pas valide. Vérifiez qu’il est complet dans votre courriel, ou demandez-en un à l’animateur du
          réseau.
        </p>
      </div>
    );
  }
  const answers = new Map(poll.myAnswers.map((given) => [given.slotId, given.answer]));

  return (
    <div className="narrow-page link-page">
      <h1>Quelle date pour « {poll.meetingTitle} » ?</h1>
      <p>Bonjour {poll.firstName},</p>
      {poll.status === 'OPEN' && (
        <>
          <p>
            Indiquez pour chaque créneau si vous êtes disponible (heure de Paris), d’ici le {formatDateTime(poll.closesAt)}. Vous
            pouvez revenir sur ce lien pour changer vos réponses.
          </p>
          <PollAnswerForm slots={poll.slots} answers={poll.myAnswers} onSubmit={(given) => answer(token, given)} />
        </>
      )}
      {poll.status === 'DATE_FIXED' && poll.chosenSlot && (
        <p className="status-card">
          La date est fixée : <strong>{formatSlot(poll.chosenSlot.startsAt, poll.chosenSlot.endsAt)}</strong>. Votre invitation
          vous parvient par courriel.
        </p>
      )}
      {poll.status === 'CLOSED' && (
        <p className="status-card">Ce sondage est clos : la date sera bientôt annoncée par courriel.</p>
      )}
      {poll.status !== 'OPEN' && answers.size > 0 && (
        <>
          <h2>Vos réponses</h2>
          <ul className="plain-list">
            {poll.slots.map((slot) => (
              <li key={slot.id}>
                {formatSlot(slot.startsAt, slot.endsAt)} :{' '}
                {answers.has(slot.id) ? SLOT_ANSWER_LABELS[answers.get(slot.id)!] : 'sans réponse'}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
