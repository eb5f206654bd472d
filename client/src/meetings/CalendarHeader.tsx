import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../gql';

export const CalendarHeaderFragment = graphql(`
  fragment CalendarHeader_network on Network {
    id
    slug
    name
    meetingPermissions {
      schedule
    }
    calendarUrl
  }
`);

export type CalendarView = 'month' | 'list';

interface Props {
  network: FragmentType<typeof CalendarHeaderFragment>;
  view: CalendarView;
  /** The URL of a view, keeping the rest of the page's state. */
  viewUrl: (view: CalendarView) => string;
}

/** The calendar's title, its « Planifier une réunion » action (when the API allows it) and its two views. */
export function CalendarHeader({ network: networkRef, view, viewUrl }: Props) {
  const network = getFragmentData(CalendarHeaderFragment, networkRef);
  return (
    <header className="calendar-header">
      <p className="detail__breadcrumb">
        <Link to="/reseaux/matrice">Réseaux</Link> <span aria-hidden="true">›</span>{' '}
        <Link to={`/reseaux/${network.slug}`}>{network.name}</Link>
      </p>
      <div className="detail__heading">
        <h1>Réunions – {network.name}</h1>
        {network.meetingPermissions.schedule && (
          <Link className="button button--primary" to={`/reseaux/${network.slug}/reunions/planifier`}>
            Planifier une réunion
          </Link>
        )}
      </div>
      <p className="calendar-header__feed">
        <a href={network.calendarUrl.replace(/^https?:/, 'webcal:')}>S’abonner à l’agenda public de ce réseau</a>{' '}
        <span className="field__hint">
          (ou copiez <a href={network.calendarUrl}>son adresse iCalendar</a>)
        </span>
      </p>
      <nav aria-label="Affichage du calendrier" className="subnav calendar-views">
        <ul>
          <li>
            <Link to={viewUrl('month')} aria-current={view === 'month' ? 'page' : undefined}>
              Mois
            </Link>
          </li>
          <li>
            <Link to={viewUrl('list')} aria-current={view === 'list' ? 'page' : undefined}>
              Liste
            </Link>
          </li>
        </ul>
      </nav>
    </header>
  );
}
