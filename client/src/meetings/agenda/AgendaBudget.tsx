import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { formatClock } from '../../ui/paris-time';
import { formatMinutes } from './agenda-labels';

export const AgendaBudgetFragment = graphql(`
  fragment AgendaBudget_meeting on Meeting {
    id
    startsAt
    endsAt
    agendaBudget {
      plannedMinutes
      scheduledMinutes
      remainingMinutes
      overrun
      slots {
        item {
          id
          title
        }
        startsAt
        endsAt
        overruns
      }
    }
  }
`);

/**
 * The accepted items' durations against the meeting's length (the server's sums): a bar of the items
 * end to end, and the same said in words — an overrun is written out, never shown by colour alone.
 */
export function AgendaBudget(props: { meeting: FragmentType<typeof AgendaBudgetFragment> }) {
  const meeting = getFragmentData(AgendaBudgetFragment, props.meeting);
  const budget = meeting.agendaBudget;
  if (!budget) return null;
  const scale = Math.max(budget.plannedMinutes, budget.scheduledMinutes) || 1;
  const width = (minutes: number) => `${(minutes / scale) * 100}%`;
  const last = budget.slots.at(-1);
  return (
    <div className={`agenda-budget${budget.overrun ? ' agenda-budget--overrun' : ''}`}>
      <p className="agenda-budget__summary">
        <strong>Temps prévu :</strong> {formatMinutes(budget.scheduledMinutes)} sur {formatMinutes(budget.plannedMinutes)} (
        {formatClock(meeting.startsAt)} – {formatClock(meeting.endsAt)})
        {!budget.overrun && <> · reste {formatMinutes(budget.remainingMinutes)}</>}
      </p>
      {budget.slots.length > 0 && (
        <div className="agenda-budget__bar" aria-hidden="true">
          <div className="agenda-budget__planned" style={{ width: width(budget.plannedMinutes) }} />
          {budget.slots.map((slot, index) => {
            const minutes = (new Date(slot.endsAt).getTime() - new Date(slot.startsAt).getTime()) / 60_000;
            return (
              <div
                key={slot.item.id}
                className="agenda-budget__slot"
                style={{ width: width(minutes) }}
                title={`${index + 1}. ${slot.item.title}`}
              >
                {index + 1}
              </div>
            );
          })}
        </div>
      )}
      {budget.overrun && (
        <p className="agenda-budget__warning" role="alert">
          <strong>Attention : l’ordre du jour dépasse la durée de la réunion de {formatMinutes(-budget.remainingMinutes)}</strong>
          {last && <> (fin du dernier point à {formatClock(last.endsAt)})</>}. Reportez un point ou raccourcissez-en.
        </p>
      )}
    </div>
  );
}
