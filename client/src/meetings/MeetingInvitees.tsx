import { useState } from 'react';
import { graphql, getFragmentData, type FragmentType } from '../gql';
import { errorMessage } from '../app/error-message';
import { ErrorPanel } from '../ui/QueryStatus';
import { RSVP_LABELS } from './meeting-labels';
import { useRecordAttendanceMutation } from './meeting-mutations';
import { personName } from './person-name';

export const MeetingInviteesFragment = graphql(`
  fragment MeetingInvitees_meeting on Meeting {
    id
    hasStarted
    viewerCan {
      recordAttendance
    }
    invitations {
      id
      response
      attended
      person {
        id
        firstName
        lastName
        organization {
          id
          name
        }
      }
    }
  }
`);

const ORDER = { YES: 0, MAYBE: 1, PENDING: 2, NO: 3 } as const;

/**
 * Who is invited and what they answered (the API sends them only to those who take part). Its
 * managers tick who came once the meeting has started; each tick is saved at once.
 */
export function MeetingInvitees(props: { meeting: FragmentType<typeof MeetingInviteesFragment> }) {
  const meeting = getFragmentData(MeetingInviteesFragment, props.meeting);
  const [record] = useRecordAttendanceMutation();
  const [error, setError] = useState<string>();
  // The box shows the click at once; the saved value takes over when the API answers.
  const [pending, setPending] = useState<Record<string, boolean>>({});
  if (meeting.invitations.length === 0) return null;
  const started = meeting.hasStarted;
  const takesAttendance = meeting.viewerCan.recordAttendance;
  const invitations = [...meeting.invitations].sort(
    (a, b) => ORDER[a.response] - ORDER[b.response] || a.person.lastName.localeCompare(b.person.lastName, 'fr'),
  );

  async function mark(invitationId: string, attended: boolean) {
    setError(undefined);
    setPending((current) => ({ ...current, [invitationId]: attended }));
    try {
      await record(invitationId, attended);
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setPending((current) => {
        const next = { ...current };
        delete next[invitationId];
        return next;
      });
    }
  }

  return (
    <section aria-labelledby="invitees-title">
      <h2 id="invitees-title">Personnes invitées ({invitations.length})</h2>
      {takesAttendance && <p className="panel__intro">Cochez les personnes présentes : chaque case est enregistrée aussitôt.</p>}
      {error && <ErrorPanel message={error} />}
      <div className="table-scroll" role="region" aria-labelledby="invitees-caption" tabIndex={0}>
        <table className="table invitees">
          <caption id="invitees-caption" className="visually-hidden">
            Personnes invitées, leur réponse{started ? ' et leur présence' : ''}
          </caption>
          <thead>
            <tr>
              <th scope="col">Personne</th>
              <th scope="col">Structure</th>
              <th scope="col">Réponse</th>
              {started && <th scope="col">Présence</th>}
            </tr>
          </thead>
          <tbody>
            {invitations.map((invitation) => (
              <tr key={invitation.id}>
                <th scope="row">{personName(invitation.person)}</th>
                <td>{invitation.person.organization?.name}</td>
                <td>
                  <span className={`rsvp-tag rsvp-tag--${invitation.response.toLowerCase()}`}>
                    {RSVP_LABELS[invitation.response]}
                  </span>
                </td>
                {started && (
                  <td>
                    {takesAttendance ? (
                      <label className="checkbox">
                        <input
                          type="checkbox"
                          checked={pending[invitation.id] ?? invitation.attended === true}
                          onChange={(event) => void mark(invitation.id, event.target.checked)}
                        />
                        Présent·e<span className="visually-hidden"> : {personName(invitation.person)}</span>
                      </label>
                    ) : invitation.attended === null ? (
                      'Non notée'
                    ) : invitation.attended ? (
                      'Présent·e'
                    ) : (
                      'Absent·e'
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
