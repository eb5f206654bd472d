import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { Markdown } from '../../ui/Markdown';
import { useDocumentTitle } from '../../ui/use-document-title';
import { personName } from '../person-name';
import { PrintFrame } from './PrintFrame';
import { PrintHeader } from './PrintHeader';
import { PrintedAgenda } from './PrintedAgenda';

export const PrintedAttendanceFragment = graphql(`
  fragment PrintedAttendance_meeting on Meeting {
    id
    hasStarted
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

const MinutesPrintPageQuery = graphql(`
  query MinutesPrintPage($id: ID!) {
    me {
      id
    }
    meeting(id: $id) {
      id
      title
      minutes
      ...PrintHeader_meeting
      ...PrintedAgenda_meeting
      ...PrintedAttendance_meeting
    }
  }
`);

/** /reunions/:id/compte-rendu — attendance, each item with its outcome, and the minutes, to print. */
export function MinutesPrintPage() {
  const { id = '' } = useParams();
  const query = useQuery(MinutesPrintPageQuery, { variables: { id }, fetchPolicy: 'network-only' });
  const meeting = query.data?.meeting;
  useDocumentTitle(meeting ? `Compte rendu – ${meeting.title}` : 'Compte rendu');
  return (
    <PrintFrame meetingId={id} query={query} meetingOf={(data) => data.meeting} signedInOf={(data) => !!data.me}>
      {() =>
        meeting && (
          <>
            <PrintHeader meeting={meeting} document="Compte rendu" />
            <PrintedAttendance meeting={meeting} />
            <section aria-labelledby="printed-items-title">
              <h2 id="printed-items-title">Points traités</h2>
              <PrintedAgenda meeting={meeting} withOutcomes />
            </section>
            {meeting.minutes && (
              <section aria-labelledby="printed-minutes-title" className="printed-minutes">
                <h2 id="printed-minutes-title">Notes de séance</h2>
                <Markdown source={meeting.minutes} />
              </section>
            )}
          </>
        )
      }
    </PrintFrame>
  );
}

const byName = (a: { lastName: string; firstName: string }, b: { lastName: string; firstName: string }) =>
  a.lastName.localeCompare(b.lastName, 'fr') || a.firstName.localeCompare(b.firstName, 'fr');

/** Who came, who sent apologies (answered no), who did not come; only those who take part get the list. */
function PrintedAttendance(props: { meeting: FragmentType<typeof PrintedAttendanceFragment> }) {
  const meeting = getFragmentData(PrintedAttendanceFragment, props.meeting);
  if (meeting.invitations.length === 0) return null;
  const people = (filter: (invitation: (typeof meeting.invitations)[number]) => boolean) =>
    meeting.invitations
      .filter(filter)
      .map((invitation) => invitation.person)
      .sort(byName);
  const groups = [
    { title: 'Présent·es', people: people((invitation) => invitation.attended === true) },
    { title: 'Excusé·es', people: people((invitation) => invitation.attended !== true && invitation.response === 'NO') },
    { title: 'Absent·es', people: people((invitation) => invitation.attended === false && invitation.response !== 'NO') },
  ];
  const recorded = meeting.invitations.some((invitation) => invitation.attended !== null);
  return (
    <section aria-labelledby="printed-attendance-title" className="printed-attendance">
      <h2 id="printed-attendance-title">Participation</h2>
      {!recorded && <p className="empty-state">La présence n’a pas été relevée.</p>}
      {recorded &&
        groups
          .filter((group) => group.people.length > 0)
          .map((group) => (
            <p key={group.title}>
              <strong>
                {group.title} ({group.people.length}) :
              </strong>{' '}
              {group.people
                .map((person) => `${personName(person)}${person.organization ? ` (${person.organization.name})` : ''}`)
                .join(', ')}
            </p>
          ))}
    </section>
  );
}
