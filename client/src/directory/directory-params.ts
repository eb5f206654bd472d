import type { OrganizationFilter } from '../gql/graphql';
import { AUDIENCE_LABELS, ORGANIZATION_KIND_LABELS, THEME_LABELS, parseEnum } from '../ui/labels';

/** The directory's state lives in the URL, so a search can be shared and the back button undoes a filter. */
export const PARAM = {
  text: 'q',
  theme: 'theme',
  audience: 'public',
  communeInseeCode: 'commune',
  networkSlug: 'reseau',
  kind: 'type',
  after: 'apres',
} as const;

export type FilterKey = Exclude<keyof typeof PARAM, 'after'>;

const INSEE_CODE = /^\d[\dAB]\d{3}$/;
const SLUG = /^[a-z0-9-]{1,100}$/;

/** What the URL asks for; values the API would reject are ignored rather than shown as an error. */
export function parseFilter(search: URLSearchParams): OrganizationFilter {
  const text = search.get(PARAM.text)?.trim().slice(0, 200);
  const commune = search.get(PARAM.communeInseeCode);
  const network = search.get(PARAM.networkSlug);
  return {
    text: text || undefined,
    theme: parseEnum(THEME_LABELS, search.get(PARAM.theme)),
    audience: parseEnum(AUDIENCE_LABELS, search.get(PARAM.audience)),
    communeInseeCode: commune && INSEE_CODE.test(commune) ? commune : undefined,
    networkSlug: network && SLUG.test(network) ? network : undefined,
    kind: parseEnum(ORGANIZATION_KIND_LABELS, search.get(PARAM.kind)),
  };
}

export function hasActiveFilter(filter: OrganizationFilter): boolean {
  return Object.values(filter).some((value) => value !== undefined && value !== null);
}

/** A new filter value starts the results over from the first page. */
export function withFilter(search: URLSearchParams, key: FilterKey, value: string | undefined): URLSearchParams {
  const next = new URLSearchParams(search);
  if (value) next.set(PARAM[key], value);
  else next.delete(PARAM[key]);
  next.delete(PARAM.after);
  return next;
}
