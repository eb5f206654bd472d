import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { graphql } from '../gql';
import { addDays, isMonth, monthGrid, monthOf, parisInstant, parisToday } from '../ui/paris-time';
import { CalendarFrame } from './CalendarFrame';
import { CalendarHeader, type CalendarView } from './CalendarHeader';
import { CalendarMonth } from './CalendarMonth';

const NetworkCalendarMonthQuery = graphql(`
  query NetworkCalendarMonth($slug: String!, $from: DateTime!, $to: DateTime!) {
    me {
      id
    }
    network(slug: $slug) {
      id
      name
      ...CalendarHeader_network
      meetings(from: $from, to: $to) {
        id
        ...CalendarMonth_meeting
      }
    }
  }
`);

/**
 * The periods to avoid, for those signed in (the API keeps them from anonymous visitors): a second,
 * small query, asked once the page knows who is there.
 */
const CalendarAvoidPeriodsQuery = graphql(`
  query CalendarAvoidPeriods($from: String!, $to: String!) {
    avoidPeriods(from: $from, to: $to) {
      id
      label
      startsOn
      endsOn
    }
  }
`);

interface Props {
  slug: string;
  viewUrl: (view: CalendarView) => string;
}

export function CalendarMonthView({ slug, viewUrl }: Props) {
  const [search, setSearch] = useSearchParams();
  const requested = search.get('mois');
  const month = isMonth(requested) ? requested : monthOf(parisToday());
  const weeks = monthGrid(month);
  // The whole grid, days of the months around included, in Paris time.
  const from = parisInstant(weeks[0][0], '00:00');
  const to = parisInstant(addDays(weeks[weeks.length - 1][6], 1), '00:00');
  const { data, previousData, loading, error, refetch } = useQuery(NetworkCalendarMonthQuery, {
    variables: { slug, from, to },
    // Meetings change under other people's hands: the cached month shows at once, then is refreshed.
    fetchPolicy: 'cache-and-network',
  });
  // The previous month stays on screen while the next one loads, so the grid does not jump.
  const network = (data ?? previousData)?.network;
  const signedIn = !!(data ?? previousData)?.me;
  const periods = useQuery(CalendarAvoidPeriodsQuery, {
    variables: { from: weeks[0][0], to: weeks[weeks.length - 1][6] },
    skip: !signedIn,
  });

  return (
    <CalendarFrame
      loading={loading}
      error={error}
      refetch={() => void refetch()}
      networkName={data || previousData ? (network?.name ?? null) : undefined}
    >
      {network && (
        <div className="calendar-page">
          <CalendarHeader network={network} view="month" viewUrl={viewUrl} />
          <CalendarMonth
            month={month}
            meetings={network.meetings}
            avoidPeriods={(periods.data ?? periods.previousData)?.avoidPeriods ?? []}
            busy={loading}
            onMonthChange={(next) => setSearch(next === monthOf(parisToday()) ? {} : { mois: next })}
          />
        </div>
      )}
    </CalendarFrame>
  );
}
