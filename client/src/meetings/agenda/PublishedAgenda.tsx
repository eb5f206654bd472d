import type { FragmentType } from '../../gql';
import { formatClock } from '../../ui/paris-time';
import type { AgendaSlotTimes } from './agenda-slots';
import { AgendaItemDetails, type AgendaItemDetailsFragment } from './AgendaItemDetails';

interface Props {
  items: Array<{ id: string } & FragmentType<typeof AgendaItemDetailsFragment>>;
  slots: readonly AgendaSlotTimes[];
}

/** The agenda as members read it once published (the API sends nothing before): times, items, outcomes. */
export function PublishedAgenda({ items, slots }: Props) {
  if (items.length === 0) return <p className="empty-state">L’ordre du jour n’est pas encore publié.</p>;
  const starts = new Map(slots.map((slot) => [slot.item.id, slot.startsAt]));
  return (
    <ol className="agenda-list published-agenda">
      {items.map((item, index) => {
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
