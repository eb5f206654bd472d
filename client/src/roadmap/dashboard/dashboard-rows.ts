import type { DashboardData } from './DashboardQueryState';
import type { CoverageRow } from './CoverageSection';
import type { NetworkActivityRow } from './NetworkActivity';
import type { StaleActionRow } from './StaleActions';
import type { UpcomingRow } from './UpcomingList';

/** The dashboard's answer, shaped for the presentational parts (shared by the page and the printed report). */
export const toStaleRows = (dashboard: DashboardData): StaleActionRow[] =>
  dashboard.staleActions.map(({ action, lastUpdateAt, everUpdated }) => ({
    id: action.id,
    title: action.title,
    status: action.status,
    networkName: action.network?.name ?? null,
    lastUpdateAt,
    everUpdated,
  }));

export const toActivityRows = (dashboard: DashboardData): NetworkActivityRow[] =>
  dashboard.networkActivity.map(({ network, ...figures }) => ({ networkId: network.id, networkName: network.name, ...figures }));

export const toUpcomingRows = (dashboard: DashboardData): UpcomingRow[] =>
  dashboard.upcoming.map((event, index) => ({
    key: `${event.kind}:${event.meeting?.id ?? event.training?.id ?? index}:${event.startsAt}`,
    kind: event.kind,
    title: event.title,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    networks: event.networks.map((network) => network.name),
    href: event.meeting ? `/reunions/${event.meeting.id}` : event.training ? `/formations/${event.training.id}` : null,
  }));

export const toCoverageRows = (dashboard: DashboardData): CoverageRow[] =>
  dashboard.coverage.map((entry) => ({
    theme: entry.theme,
    reachedCount: entry.reachedCount,
    communeCount: entry.communeCount,
    unreached: entry.unreachedCommunes,
  }));

/** Former communes (still drawn on the map) → the commune they merged into, whose coverage they share. */
export const mergersOf = (dashboard: DashboardData): Map<string, string> =>
  new Map(
    dashboard.territory.communes.flatMap((commune) =>
      commune.mergedInto ? [[commune.inseeCode, commune.mergedInto.inseeCode] as const] : [],
    ),
  );
