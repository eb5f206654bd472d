import { useParams, useSearchParams } from 'react-router';
import type { CalendarView } from './CalendarHeader';
import { CalendarListView } from './CalendarListView';
import { CalendarMonthView } from './CalendarMonthView';

/**
 * /reseaux/:slug/reunions — a network's meetings, as a month (`?mois=2031-03`) or as lists of the
 * meetings to come and past ones (`?vue=liste`). The URL is the state: links can be shared and the
 * back button goes back a month.
 */
export function NetworkCalendarPage() {
  const { slug = '' } = useParams();
  const [search] = useSearchParams();
  const view: CalendarView = search.get('vue') === 'liste' ? 'list' : 'month';
  const viewUrl = (next: CalendarView) => {
    const params = new URLSearchParams();
    if (next === 'list') params.set('vue', 'liste');
    else if (search.get('mois')) params.set('mois', search.get('mois')!);
    const query = params.toString();
    return `/reseaux/${slug}/reunions${query ? `?${query}` : ''}`;
  };
  return view === 'list' ? (
    <CalendarListView slug={slug} viewUrl={viewUrl} />
  ) : (
    <CalendarMonthView slug={slug} viewUrl={viewUrl} />
  );
}
