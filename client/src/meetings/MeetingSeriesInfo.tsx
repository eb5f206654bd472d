import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../gql';
import { formatShortDay } from '../ui/paris-time';
import { repeatInWords } from './series-labels';

export const MeetingSeriesInfoFragment = graphql(`
  fragment MeetingSeriesInfo_meeting on Meeting {
    id
    series {
      id
      frequency
      interval
      count
      meetings {
        id
        startsAt
        status
      }
    }
  }
`);

/** « Réunion d'une série, toutes les 2 semaines » and a link to each of its occurrences. */
export function MeetingSeriesInfo(props: { meeting: FragmentType<typeof MeetingSeriesInfoFragment> }) {
  const { id, series } = getFragmentData(MeetingSeriesInfoFragment, props.meeting);
  if (!series) return null;
  return (
    <nav className="series-info" aria-label="Réunions de la série">
      <p>
        Réunion d’une série : {repeatInWords(series.frequency, series.interval)}, {series.count} réunions.
      </p>
      <ul className="inline-list">
        {series.meetings.map((meeting) => (
          <li key={meeting.id}>
            <Link
              to={`/reunions/${meeting.id}`}
              aria-current={meeting.id === id ? 'page' : undefined}
              className={meeting.status === 'CANCELLED' ? 'series-info__cancelled' : undefined}
            >
              {formatShortDay(meeting.startsAt)}
              {meeting.status === 'CANCELLED' && <span className="visually-hidden"> (annulée)</span>}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
