import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../gql';
import { formatSlot } from '../ui/paris-time';

/** Needs the page query's `$now` variable (the instant « à venir » starts from). */
export const NetworkMeetingsSectionFragment = graphql(`
  fragment NetworkMeetingsSection_network on Network {
    id
    slug
    name
    meetingPermissions {
      schedule
    }
    upcomingMeetings: meetings(from: $now) {
      id
      title
      startsAt
      endsAt
    }
  }
`);

const SHOWN = 3;

/** On a network's page: its next meetings and the way to its calendar. */
export function NetworkMeetingsSection(props: { network: FragmentType<typeof NetworkMeetingsSectionFragment> }) {
  const network = getFragmentData(NetworkMeetingsSectionFragment, props.network);
  const next = network.upcomingMeetings.slice(0, SHOWN);
  return (
    <section aria-labelledby="network-meetings-title">
      <h2 id="network-meetings-title">Réunions</h2>
      {next.length === 0 ? (
        <p>Aucune réunion à venir que vous puissiez voir.</p>
      ) : (
        <ul className="link-list">
          {next.map((meeting) => (
            <li key={meeting.id}>
              <Link to={`/reunions/${meeting.id}`}>{meeting.title}</Link>
              <span className="link-list__meta"> — {formatSlot(meeting.startsAt, meeting.endsAt)}</span>
            </li>
          ))}
        </ul>
      )}
      <p className="form-actions">
        <Link to={`/reseaux/${network.slug}/reunions`}>Calendrier des réunions de ce réseau</Link>
        {network.meetingPermissions.schedule && (
          <Link className="button" to={`/reseaux/${network.slug}/reunions/planifier`}>
            Planifier une réunion
          </Link>
        )}
      </p>
    </section>
  );
}
