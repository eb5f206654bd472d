/** Where the reader is among forward cursor pages (see app/use-cursor-pages.ts). */
export interface CursorPages {
  after: string | undefined;
  pageNumber: number | undefined;
  canGoBack: boolean;
  nextPage: (endCursor: string) => void;
  previousPage: () => void;
  firstPage: () => void;
}

interface Props {
  /** Names the navigation landmark ("Pages de résultats"). */
  label: string;
  pages: CursorPages;
  connection: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor?: string | null } };
  pageSize: number;
}

/** Forward cursors from the API; going back uses the trail kept in the history entry. */
export function Pagination({ label, pages, connection, pageSize }: Props) {
  const { endCursor, hasNextPage } = connection.pageInfo;
  const hasPrevious = pages.after !== undefined;
  const hasNext = hasNextPage && !!endCursor;
  const { pageNumber, canGoBack } = pages;
  const pageCount = Math.max(1, Math.ceil(connection.totalCount / pageSize));
  const onPrevious = pages.previousPage;
  const onFirst = pages.firstPage;
  const onNext = () => endCursor && pages.nextPage(endCursor);
  if (!hasPrevious && !hasNext) return null;
  return (
    <nav className="pagination" aria-label={label}>
      {hasPrevious &&
        (canGoBack ? (
          <button type="button" className="button" onClick={onPrevious}>
            <span aria-hidden="true">← </span>Page précédente
          </button>
        ) : (
          <button type="button" className="button" onClick={onFirst}>
            <span aria-hidden="true">« </span>Première page
          </button>
        ))}
      {pageNumber !== undefined && (
        <span className="pagination__position">
          Page {pageNumber} sur {pageCount}
        </span>
      )}
      {hasNext && (
        <button type="button" className="button" onClick={onNext}>
          Page suivante<span aria-hidden="true"> →</span>
        </button>
      )}
    </nav>
  );
}
