import { Link } from 'react-router';
import { formatSlot } from '../../ui/paris-time';

export interface UpcomingRow {
  key: string;
  kind: 'MEETING' | 'TRAINING_SESSION';
  title: string;
  startsAt: string;
  endsAt: string;
  networks: string[];
  /** The meeting's or the training's page. */
  href: string | null;
}

const KIND_LABELS = { MEETING: 'Réunion', TRAINING_SESSION: 'Formation' } as const;

/** « À venir »: public meetings and training sessions, soonest first. */
export function UpcomingList({ events }: { events: UpcomingRow[] }) {
  if (events.length === 0) return <p className="empty-state">Aucune réunion ni formation publique n’est prévue.</p>;
  return (
    <ul className="upcoming-list">
      {events.map((event) => (
        <li key={event.key} className="upcoming-list__item">
          <span className="upcoming-list__when">{formatSlot(event.startsAt, event.endsAt)}</span>
          <span className="status-tag">{KIND_LABELS[event.kind]}</span>{' '}
          {event.href ? <Link to={event.href}>{event.title}</Link> : event.title}
          {event.networks.length > 0 && <span className="upcoming-list__networks"> — {event.networks.join(', ')}</span>}
        </li>
      ))}
    </ul>
  );
}
