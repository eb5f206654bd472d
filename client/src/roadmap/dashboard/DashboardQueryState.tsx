import type { ReactNode } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { RoadmapDashboardPageQuery } from '../../gql/graphql';
import { QueryError } from '../../app/QueryError';
import { TERRITORY_SLUG } from '../../app/territory';
import { isDay } from '../../ui/paris-time';
import { Loading } from '../../ui/QueryStatus';

/** One query for the dashboard and its printed report: the report is the same figures on one page. */
export const DashboardQuery = graphql(`
  query RoadmapDashboardPage($territorySlug: String!, $asOf: DateTime) {
    roadmapDashboard(territorySlug: $territorySlug, asOf: $asOf) {
      asOf
      semester {
        label
      }
      territory {
        id
        name
        boundaries
        communes {
          inseeCode
          mergedInto {
            inseeCode
          }
        }
      }
      themes {
        theme
        statusCounts {
          notStarted
          inProgress
          done
          abandoned
          total
        }
        orientations {
          id
          number
          title
          statusCounts {
            notStarted
            inProgress
            done
            abandoned
            total
          }
        }
      }
      staleActions {
        lastUpdateAt
        everUpdated
        action {
          id
          title
          status
          network {
            id
            name
          }
        }
      }
      networkActivity {
        network {
          id
          name
        }
        meetingsHeld
        invitations
        attended
        agendaItemsReviewed
        outcomesRecorded
        trainings
        confirmedRegistrations
      }
      upcoming {
        kind
        title
        startsAt
        endsAt
        networks {
          id
          name
        }
        meeting {
          id
        }
        training {
          id
        }
      }
      coverage {
        theme
        reachedCount
        communeCount
        unreachedCommunes {
          inseeCode
          name
        }
      }
    }
  }
`);

export type DashboardData = NonNullable<RoadmapDashboardPageQuery['roadmapDashboard']>;

/** `asOf`: a day (YYYY-MM-DD) to give the figures at, for a committee's date; today without it. */
export function useDashboardQuery(fetchPolicy: 'cache-and-network' | 'network-only', asOf?: string | null) {
  const at = asOf && isDay(asOf) ? `${asOf}T12:00:00Z` : null;
  return useQuery(DashboardQuery, { variables: { territorySlug: TERRITORY_SLUG, asOf: at }, fetchPolicy });
}

interface Props {
  query: ReturnType<typeof useDashboardQuery>;
  children: (dashboard: DashboardData) => ReactNode;
}

/** Loading, error and unknown-territory states of the dashboard's query; the figures once there. */
export function DashboardQueryState({ query: { data, loading, error, refetch }, children }: Props) {
  if (loading && !data) return <Loading />;
  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  const dashboard = data?.roadmapDashboard;
  if (!dashboard) return <p className="empty-state">Ce territoire n’est pas (encore) décrit dans Maillage.</p>;
  return children(dashboard);
}
