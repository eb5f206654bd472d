import type { ReactNode } from 'react';
import { Link } from 'react-router';
import './print.css';

/**
 * A printable document of a meeting, outside the site's header and navigation: a toolbar (back,
 * print) that the print stylesheet hides, then the sheet itself.
 */
export function PrintFrame({ meetingId, children }: { meetingId: string; children: ReactNode }) {
  return (
    <div className="print-page">
      <nav className="print-toolbar" aria-label="Document à imprimer">
        <Link to={`/reunions/${meetingId}`}>← Retour à la réunion</Link>
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          Imprimer
        </button>
      </nav>
      <main id="contenu" className="print-sheet">
        {children}
      </main>
    </div>
  );
}
