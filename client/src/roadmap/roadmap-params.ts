import type { ActionStatus, RoadmapFilter, Theme } from '../gql/graphql';
import { THEME_LABELS, parseEnum } from '../ui/labels';
import { ACTION_STATUS_LABELS } from './roadmap-labels';

/** The roadmap's filters live in the URL, like the directory's: a view can be shared, the back button undoes a filter. */
export const ROADMAP_PARAM = { theme: 'theme', networkSlug: 'reseau', statuses: 'statut', search: 'q' } as const;

export interface RoadmapParams {
  theme: Theme | undefined;
  networkSlug: string | undefined;
  statuses: ActionStatus[];
  search: string | undefined;
}

const SLUG = /^[a-z0-9-]{1,100}$/;

/** What the URL asks for; values the API would reject are left out rather than shown as an error. */
export function parseRoadmapParams(params: URLSearchParams): RoadmapParams {
  const network = params.get(ROADMAP_PARAM.networkSlug);
  const statuses = params
    .getAll(ROADMAP_PARAM.statuses)
    .map((raw) => parseEnum(ACTION_STATUS_LABELS, raw))
    .filter((status): status is ActionStatus => !!status);
  return {
    theme: parseEnum(THEME_LABELS, params.get(ROADMAP_PARAM.theme)),
    networkSlug: network && SLUG.test(network) ? network : undefined,
    statuses: [...new Set(statuses)],
    search: params.get(ROADMAP_PARAM.search)?.trim().slice(0, 200) || undefined,
  };
}

export function toSearchParams(params: RoadmapParams): URLSearchParams {
  const next = new URLSearchParams();
  if (params.theme) next.set(ROADMAP_PARAM.theme, params.theme);
  if (params.networkSlug) next.set(ROADMAP_PARAM.networkSlug, params.networkSlug);
  for (const status of params.statuses) next.append(ROADMAP_PARAM.statuses, status);
  if (params.search) next.set(ROADMAP_PARAM.search, params.search);
  return next;
}

/** The server's filter, always within this deployment's territory (tests add orientations elsewhere). */
export function roadmapFilter(params: RoadmapParams, territorySlug: string): RoadmapFilter {
  return {
    territorySlug,
    networkSlug: params.networkSlug,
    statuses: params.statuses.length > 0 ? params.statuses : undefined,
    search: params.search,
  };
}

export const isFiltered = (params: RoadmapParams) =>
  !!(params.theme || params.networkSlug || params.statuses.length > 0 || params.search);
