import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { QueryError } from '../../app/QueryError';
import { Loading } from '../../ui/QueryStatus';
import { MeetingNotFound } from '../MeetingPage';
import './print.css';

interface Props<T> {
  meetingId: string;
  /** The page's query, as useQuery gives it. */
  query: { loading: boolean; error?: unknown; data?: T; refetch: () => unknown };
  /** The meeting of the answer, null when the viewer may not see it. */
  meetingOf: (data: T) => unknown;
  signedInOf: (data: T) => boolean;
  /** The document, once the meeting is there. */
  children: () => ReactNode;
}

/**
 * A printable document of a meeting, outside the site's header and navigation: a toolbar (back,
 * print) that the print stylesheet hides, then the sheet — or its loading, error or not-found state.
 */
export function PrintFrame<T>({ meetingId, query, meetingOf, signedInOf, children }: Props<T>) {
  const { loading, error, data, refetch } = query;
  return (
    <div className="print-page">
      <nav className="print-toolbar" aria-label="Document à imprimer">
        <Link to={`/reunions/${meetingId}`}>← Retour à la réunion</Link>
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          Imprimer
        </button>
      </nav>
      <main id="contenu" className="print-sheet">
        {loading && !data ? (
          <Loading />
        ) : error && !data ? (
          <QueryError error={error} onRetry={() => void refetch()} />
        ) : !data ? (
          <Loading />
        ) : !meetingOf(data) ? (
          <MeetingNotFound signedIn={signedInOf(data)} />
        ) : (
          children()
        )}
      </main>
    </div>
  );
}
