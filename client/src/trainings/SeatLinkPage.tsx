import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { graphql } from '../gql';
import { errorMessage } from '../app/error-message';
import { QueryError } from '../app/QueryError';
import { FormAlert, Loading, Notice } from '../ui/QueryStatus';
import { useDocumentTitle } from '../ui/use-document-title';
import { registrationLabel, REGISTRATION_TAGS, sessionWhen } from './training-labels';
import { useGiveSeatBackMutation } from './training-mutations';

const SeatLinkPageQuery = graphql(`
  query SeatLinkPage($token: String!) {
    seatByLink(token: $token) {
      id
      firstName
      status
      trainingTitle
      sessions {
        startsAt
        endsAt
        place
      }
    }
  }
`);

/** /formations/place/:token — the give-back link of the mails: the seat and one button, no sign-in. */
export function SeatLinkPage() {
  const { token = '' } = useParams();
  useDocumentTitle('Libérer ma place');
  const { data, loading, error, refetch } = useQuery(SeatLinkPageQuery, { variables: { token } });
  const [giveBack, giving] = useGiveSeatBackMutation();
  const [failure, setFailure] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const seat = data?.seatByLink;

  async function release() {
    setFailure(undefined);
    try {
      await giveBack(token);
      setNotice('Votre place est libérée : elle va à la première personne de la liste d’attente. Merci de nous avoir prévenus.');
    } catch (caught) {
      setFailure(errorMessage(caught));
    }
  }

  if (loading && !data) return <Loading />;
  if (error && !data) {
    return (
      <div className="narrow-page">
        <h1>Libérer ma place</h1>
        <QueryError error={error} onRetry={() => void refetch()} />
      </div>
    );
  }
  if (!seat) return <Loading />;
  return (
    <div className="narrow-page link-page seat-link">
      <h1>Libérer ma place</h1>
      <p>
        Bonjour {seat.firstName}, voici votre inscription à la formation <strong>« {seat.trainingTitle} »</strong>.
      </p>
      <p>
        <span className={`status-tag ${REGISTRATION_TAGS[seat.status]}`}>{registrationLabel(seat)}</span>
      </p>
      <h2>Séances (heure de Paris)</h2>
      <ul className="plain-list">
        {seat.sessions.map((session) => (
          <li key={session.startsAt}>
            {sessionWhen(session)}
            {session.place && <span className="training-meta"> — {session.place}</span>}
          </li>
        ))}
      </ul>
      <FormAlert message={failure} />
      {seat.status !== 'CANCELLED' && (
        <>
          <p>Vous ne pouvez plus venir ? Libérez votre place : elle ira à la personne suivante de la liste d’attente.</p>
          <button type="button" className="button button--danger" disabled={giving.loading} onClick={() => void release()}>
            Libérer ma place
          </button>
        </>
      )}
      <Notice>{notice}</Notice>
    </div>
  );
}
