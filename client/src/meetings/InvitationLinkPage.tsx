import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { graphql } from '../gql';
import type { RsvpResponse } from '../gql/graphql';
import { errorMessage } from '../app/error-message';
import { formatSlot } from '../ui/paris-time';
import { ErrorPanel, Loading } from '../ui/QueryStatus';
import { useDocumentTitle } from '../ui/use-document-title';
import { RSVP_LABELS } from './meeting-labels';
import { useRespondWithLinkMutation } from './meeting-mutations';

const InvitationLinkPageQuery = graphql(`
  query InvitationLinkPage($token: String!) {
    invitationByLink(token: $token) {
      id
      firstName
      response
      respondedAt
      canRespond
      meeting {
        title
        startsAt
        endsAt
        place
        onlineUrl
        status
      }
    }
  }
`);

const ANSWERS: RsvpResponse[] = ['YES', 'MAYBE', 'NO'];
const SAID: Record<RsvpResponse, string> = {
  YES: 'Vous avez répondu : vous venez.',
  MAYBE: 'Vous avez répondu : vous viendrez si besoin.',
  NO: 'Vous avez répondu : vous ne venez pas.',
  PENDING: 'Vous n’avez pas encore répondu.',
};

/** /reponse/:token — the personal answer link of an invitation mail: answered without an account. */
export function InvitationLinkPage() {
  const { token = '' } = useParams();
  const { data, loading, error } = useQuery(InvitationLinkPageQuery, { variables: { token } });
  const [respond, { loading: answering }] = useRespondWithLinkMutation();
  const [answerError, setAnswerError] = useState<string>();
  const invitation = data?.invitationByLink;
  useDocumentTitle(invitation ? `Invitation : ${invitation.meeting.title}` : 'Répondre à une invitation');

  if (loading && !data) return <Loading />;
  // The API says why a link no longer answers (unknown, meeting cancelled): its words, no retry.
  if (error && !invitation) {
    return (
      <div className="narrow-page">
        <h1>Répondre à une invitation</h1>
        <ErrorPanel message={errorMessage(error)} />
      </div>
    );
  }
  if (!invitation) {
    return (
      <div className="narrow-page">
        <h1>Lien de réponse invalide</h1>
        <p>Ce lien de réponse n’est pas valide. Vérifiez qu’il est complet dans votre courriel.</p>
      </div>
    );
  }
  const { meeting } = invitation;

  async function answer(response: RsvpResponse) {
    setAnswerError(undefined);
    try {
      await respond(token, response);
    } catch (caught) {
      setAnswerError(errorMessage(caught));
    }
  }

  return (
    <div className="narrow-page link-page">
      <h1>{meeting.title}</h1>
      <p>Bonjour {invitation.firstName},</p>
      <dl className="facts">
        <div>
          <dt>Quand</dt>
          <dd>{formatSlot(meeting.startsAt, meeting.endsAt)} (heure de Paris)</dd>
        </div>
        <div>
          <dt>Où</dt>
          <dd>{meeting.place ?? (meeting.onlineUrl ? 'En visioconférence' : 'Lieu à préciser')}</dd>
        </div>
        {meeting.onlineUrl && (
          <div>
            <dt>En ligne</dt>
            <dd>
              <a href={meeting.onlineUrl} rel="noopener noreferrer" target="_blank">
                Rejoindre la visioconférence<span className="visually-hidden"> (nouvel onglet)</span>
              </a>
            </dd>
          </div>
        )}
      </dl>
      <section aria-labelledby="link-answer-title" className="panel">
        <h2 id="link-answer-title">Votre réponse</h2>
        <p role="status">{SAID[invitation.response]}</p>
        {invitation.canRespond ? (
          <div role="group" aria-label="Votre réponse" className="rsvp__buttons">
            {ANSWERS.map((response) => (
              <button
                key={response}
                type="button"
                className="button rsvp__button"
                aria-pressed={invitation.response === response}
                disabled={answering}
                onClick={() => void answer(response)}
              >
                {RSVP_LABELS[response]}
              </button>
            ))}
          </div>
        ) : (
          <p>Cette réunion est passée ou annulée : il n’est plus possible d’y répondre.</p>
        )}
        {answerError && <ErrorPanel message={answerError} />}
      </section>
    </div>
  );
}
