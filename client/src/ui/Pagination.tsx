interface Props {
  /** Names the navigation landmark ("Pages de résultats"). */
  label: string;
  pageNumber: number | undefined;
  pageCount: number;
  hasPrevious: boolean;
  canGoBack: boolean;
  hasNext: boolean;
  onPrevious: () => void;
  onFirst: () => void;
  onNext: () => void;
}

/** Forward cursors from the API; going back uses the trail kept in the history entry. */
export function Pagination(props: Props) {
  const { label, pageNumber, pageCount, hasPrevious, canGoBack, hasNext, onPrevious, onFirst, onNext } = props;
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
