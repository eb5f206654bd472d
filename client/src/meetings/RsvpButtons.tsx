import { useState } from 'react';
import { graphql, getFragmentData, type FragmentType } from '../gql';
import type { RsvpResponse } from '../gql/graphql';
import { errorMessage } from '../app/error-message';
import { ErrorPanel } from '../ui/QueryStatus';
import { RSVP_LABELS, RSVP_SENTENCES } from './meeting-labels';
import { useRespondToInvitationMutation } from './meeting-mutations';

export const RsvpButtonsFragment = graphql(`
  fragment RsvpButtons_meeting on Meeting {
    id
    title
    viewerCan {
      respond
    }
    myInvitation {
      id
      response
    }
  }
`);

const ANSWERS: RsvpResponse[] = ['YES', 'MAYBE', 'NO'];

/**
 * The invitee's own answer: three toggle buttons, the current one pressed. Shown only when the API
 * says the viewer may answer (`viewerCan.respond`).
 */
export function RsvpButtons(props: { meeting: FragmentType<typeof RsvpButtonsFragment>; compact?: boolean }) {
  const meeting = getFragmentData(RsvpButtonsFragment, props.meeting);
  const [respond, { loading }] = useRespondToInvitationMutation();
  const [error, setError] = useState<string>();
  const current = meeting.myInvitation?.response;
  if (!meeting.myInvitation) return null;

  async function answer(response: RsvpResponse) {
    setError(undefined);
    try {
      await respond(meeting.id, response);
    } catch (caught) {
      setError(errorMessage(caught));
    }
  }

  return (
    <div className={`rsvp${props.compact ? ' rsvp--compact' : ''}`}>
      <p className="rsvp__current" role="status">
        {current && RSVP_SENTENCES[current]}
      </p>
      {meeting.viewerCan.respond && (
        <div role="group" aria-label={`Votre réponse à « ${meeting.title} »`} className="rsvp__buttons">
          {ANSWERS.map((response) => (
            <button
              key={response}
              type="button"
              className={`button button--small rsvp__button rsvp__button--${response.toLowerCase()}`}
              aria-pressed={current === response}
              disabled={loading}
              onClick={() => void answer(response)}
            >
              {RSVP_LABELS[response]}
            </button>
          ))}
        </div>
      )}
      {error && <ErrorPanel message={error} />}
    </div>
  );
}
