import { useLocation, useSearchParams } from 'react-router';

/**
 * Forward-only cursor pages kept in the URL (`?apres=…`), so a page can be shared and the back button
 * works. The cursors of the pages already seen travel in the history entry's state: "Page précédente"
 * works after "Page suivante", and a shared link to page 3 offers "Première page" instead.
 */
interface PageTrail {
  trail: string[];
}

function trailOf(state: unknown): string[] {
  const trail = (state as Partial<PageTrail> | null)?.trail;
  return Array.isArray(trail) ? trail.filter((cursor) => typeof cursor === 'string') : [];
}

export function useCursorPages(param: string) {
  const [search, setSearch] = useSearchParams();
  const location = useLocation();
  const after = search.get(param) ?? undefined;
  const trail = after ? trailOf(location.state) : [];

  function goTo(cursor: string | undefined, nextTrail: string[]) {
    const next = new URLSearchParams(search);
    if (cursor) next.set(param, cursor);
    else next.delete(param);
    setSearch(next, { state: { trail: nextTrail } satisfies PageTrail });
  }

  return {
    after,
    /** 1-based page number, unknown when the page was opened from a link. */
    pageNumber: after === undefined ? 1 : trail.length > 0 ? trail.length + 1 : undefined,
    canGoBack: trail.length > 0,
    nextPage: (endCursor: string) => goTo(endCursor, [...trail, after ?? '']),
    previousPage: () => goTo(trail.at(-1) || undefined, trail.slice(0, -1)),
    firstPage: () => goTo(undefined, []),
  };
}

export type CursorPages = ReturnType<typeof useCursorPages>;
