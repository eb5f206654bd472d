import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../gql';
import { useCursorPages } from '../app/use-cursor-pages';
import { Pagination } from '../ui/Pagination';
import { parisInstant, parisToday } from '../ui/paris-time';
import { CalendarFrame } from './CalendarFrame';
import { CalendarHeader, type CalendarView } from './CalendarHeader';
import { MeetingSummary } from './MeetingSummary';

const PAGE_SIZE = 20;

const NetworkCalendarListQuery = graphql(`
  query NetworkCalendarList(
    $slug: String!
    $now: DateTime!
    $first: Int!
    $after: String
    $pastFrom: DateTime!
    $pastTo: DateTime!
  ) {
    network(slug: $slug) {
      id
      name
      ...CalendarHeader_network
      past: meetings(from: $pastFrom, to: $pastTo) {
        id
        endsAt
        ...MeetingSummary_meeting
      }
    }
    upcoming: meetings(filter: { networkSlug: $slug, from: $now }, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...MeetingSummary_meeting
        }
      }
    }
  }
`);

interface Props {
  slug: string;
  viewUrl: (view: CalendarView) => string;
}

/**
 * Meetings to come (soonest first, by pages) and past ones (latest first, a year at a time:
 * `?annee=2030`). A meeting under way is still « à venir ».
 */
export function CalendarListView({ slug, viewUrl }: Props) {
  const [search] = useSearchParams();
  const [now] = useState(() => new Date().toISOString());
  const thisYear = Number(parisToday().slice(0, 4));
  const requestedYear = Number(search.get('annee'));
  const year = Number.isInteger(requestedYear) && requestedYear > 1999 && requestedYear <= thisYear ? requestedYear : thisYear;
  const pages = useCursorPages('apres');
  const yearEnd = parisInstant(`${year + 1}-01-01`, '00:00');
  const { data, previousData, loading, error, refetch } = useQuery(NetworkCalendarListQuery, {
    fetchPolicy: 'cache-and-network',
    variables: {
      slug,
      now,
      first: PAGE_SIZE,
      after: pages.after ?? null,
      pastFrom: parisInstant(`${year}-01-01`, '00:00'),
      pastTo: yearEnd < now ? yearEnd : now,
    },
  });
  const result = data ?? previousData;
  const network = result?.network;
  const upcoming = result?.upcoming;
  const past = [...(network?.past ?? [])].filter((meeting) => meeting.endsAt <= now).reverse();
  const yearUrl = (y: number) => `/reseaux/${slug}/reunions?vue=liste${y === thisYear ? '' : `&annee=${y}`}`;

  return (
    <CalendarFrame
      loading={loading}
      error={error}
      refetch={() => void refetch()}
      networkName={result ? (network?.name ?? null) : undefined}
    >
      {network && upcoming && (
        <div className="calendar-page" aria-busy={loading}>
          <CalendarHeader network={network} view="list" viewUrl={viewUrl} />
          <section aria-labelledby="upcoming-title">
            <h2 id="upcoming-title">À venir ({upcoming.totalCount})</h2>
            {upcoming.edges.length === 0 ? (
              <p className="empty-state">Aucune réunion prévue pour l’instant.</p>
            ) : (
              <ul className="meeting-list">
                {upcoming.edges.map(({ node }) => (
                  <li key={node.id}>
                    <MeetingSummary meeting={node} />
                  </li>
                ))}
              </ul>
            )}
            <Pagination label="Pages des réunions à venir" pages={pages} connection={upcoming} pageSize={PAGE_SIZE} />
          </section>
          <section aria-labelledby="past-title">
            <h2 id="past-title">Passées en {year}</h2>
            {past.length === 0 ? (
              <p className="empty-state">Aucune réunion passée en {year}.</p>
            ) : (
              <ul className="meeting-list meeting-list--past">
                {past.map((meeting) => (
                  <li key={meeting.id}>
                    <MeetingSummary meeting={meeting} />
                  </li>
                ))}
              </ul>
            )}
            <nav className="pagination" aria-label="Années précédentes">
              <Link className="button" to={yearUrl(year - 1)}>
                <span aria-hidden="true">← </span>Réunions de {year - 1}
              </Link>
              {year < thisYear && (
                <Link className="button" to={yearUrl(year + 1)}>
                  Réunions de {year + 1}
                  <span aria-hidden="true"> →</span>
                </Link>
              )}
            </nav>
          </section>
        </div>
      )}
    </CalendarFrame>
  );
}
