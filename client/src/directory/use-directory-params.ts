import { useLocation, useSearchParams } from 'react-router';
import { PARAM, parseFilter, withFilter, withPage, type FilterKey } from './directory-params';

/**
 * Cursors only go forward: the cursors of the pages already seen travel in the history entry's state,
 * so "Page précédente" works after "Page suivante", and a shared link to page 3 offers "Première page".
 */
interface PageTrail {
  trail: string[];
}

function trailOf(state: unknown): string[] {
  const trail = (state as Partial<PageTrail> | null)?.trail;
  return Array.isArray(trail) ? trail.filter((cursor) => typeof cursor === 'string') : [];
}

export function useDirectoryParams() {
  const [search, setSearch] = useSearchParams();
  const location = useLocation();
  const after = search.get(PARAM.after) ?? undefined;
  const trail = after ? trailOf(location.state) : [];

  return {
    filter: parseFilter(search),
    after,
    /** 1-based page number, unknown when the page was opened from a link. */
    pageNumber: after === undefined ? 1 : trail.length > 0 ? trail.length + 1 : undefined,
    canGoBack: trail.length > 0,
    setFilter(key: FilterKey, value: string | undefined) {
      setSearch(withFilter(search, key, value), { preventScrollReset: true });
    },
    resetFilters() {
      setSearch(new URLSearchParams(), { preventScrollReset: true });
    },
    nextPage(endCursor: string) {
      setSearch(withPage(search, endCursor), { state: { trail: [...trail, after ?? ''] } satisfies PageTrail });
    },
    previousPage() {
      const previous = trail.at(-1);
      setSearch(withPage(search, previous || undefined), { state: { trail: trail.slice(0, -1) } satisfies PageTrail });
    },
    firstPage() {
      setSearch(withPage(search, undefined));
    },
  };
}

export type DirectoryParams = ReturnType<typeof useDirectoryParams>;
