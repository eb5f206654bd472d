import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../gql';
import { formatDay } from '../ui/format';

export const ActionWorkFragment = graphql(`
  fragment ActionWork_action on RoadmapAction {
    id
    meetings {
      id
      title
      startsAt
    }
    agendaItems {
      id
      title
      meeting {
        id
        title
        startsAt
      }
    }
    trainings {
      id
      title
    }
  }
`);

/** Where the action was worked on: meetings, agenda items and trainings the viewer may read. */
export function ActionWork({ action: actionRef }: { action: FragmentType<typeof ActionWorkFragment> }) {
  const { meetings, agendaItems, trainings } = getFragmentData(ActionWorkFragment, actionRef);
  if (meetings.length + agendaItems.length + trainings.length === 0) {
    return (
      <p className="empty-state">Aucune réunion, aucun point d’ordre du jour ni aucune formation n’y est encore rattaché.</p>
    );
  }
  return (
    <>
      {meetings.length > 0 && (
        <>
          <h3>Réunions</h3>
          <ul>
            {meetings.map((meeting) => (
              <li key={meeting.id}>
                <Link to={`/reunions/${encodeURIComponent(meeting.id)}`}>{meeting.title}</Link> —{' '}
                <time dateTime={meeting.startsAt}>{formatDay(meeting.startsAt)}</time>
              </li>
            ))}
          </ul>
        </>
      )}
      {agendaItems.length > 0 && (
        <>
          <h3>Points d’ordre du jour</h3>
          <ul>
            {agendaItems.map((item) => (
              <li key={item.id}>
                <Link to={`/reunions/${encodeURIComponent(item.meeting.id)}`}>{item.title}</Link> (réunion « {item.meeting.title}{' '}
                » du <time dateTime={item.meeting.startsAt}>{formatDay(item.meeting.startsAt)}</time>)
              </li>
            ))}
          </ul>
        </>
      )}
      {trainings.length > 0 && (
        <>
          <h3>Formations</h3>
          <ul>
            {trainings.map((training) => (
              <li key={training.id}>
                <Link to={`/formations/${encodeURIComponent(training.id)}`}>{training.title}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
