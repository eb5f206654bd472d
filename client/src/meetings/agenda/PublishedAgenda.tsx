import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { formatClock } from '../../ui/paris-time';
import { AgendaItemDetails } from './AgendaItemDetails';

export const PublishedAgendaFragment = graphql(`
  fragment PublishedAgenda_meeting on Meeting {
    id
    agenda {
      id
      ...AgendaItemDetails_item
    }
    agendaBudget {
      slots {
        item {
          id
        }
        startsAt
      }
    }
  }
`);

/** The agenda as members read it once published (the API sends nothing before): times, items, outcomes. */
export function PublishedAgenda(props: { meeting: FragmentType<typeof PublishedAgendaFragment> }) {
  const meeting = getFragmentData(PublishedAgendaFragment, props.meeting);
  if (meeting.agenda.length === 0) return <p className="empty-state">L’ordre du jour n’est pas encore publié.</p>;
  const starts = new Map(meeting.agendaBudget?.slots.map((slot) => [slot.item.id, slot.startsAt]));
  return (
    <ol className="agenda-list published-agenda">
      {meeting.agenda.map((item, index) => {
        const start = starts.get(item.id);
        return (
          <li key={item.id} className="agenda-list__item">
            <p className="agenda-order__time">
              <span className="agenda-order__number">{index + 1}.</span> {start && formatClock(start)}
            </p>
            <AgendaItemDetails item={item} />
          </li>
        );
      })}
    </ol>
  );
}
