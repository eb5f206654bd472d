import { Link, useSearchParams } from 'react-router';
import { formatDay } from '../../ui/format';
import { useDocumentTitle } from '../../ui/use-document-title';
import { DashboardQueryState, useDashboardQuery, type DashboardData } from './DashboardQueryState';
import { ReportActivity, ReportCoverage, ReportProgress, ReportStale } from './ReportSections';
import '../../meetings/agenda/print.css';
import './report.css';

export const REPORT_TITLE = 'Comité de pilotage — point semestriel';

/**
 * /feuille-de-route/rapport — the semestrial committee's one-page report, outside the site's header
 * like the meetings' printed documents (same toolbar and sheet, same print stylesheet).
 */
export function ReportPage() {
  useDocumentTitle(REPORT_TITLE);
  // ?au=YYYY-MM-DD: the report as of the committee's day.
  const [search] = useSearchParams();
  const query = useDashboardQuery('network-only', search.get('au'));
  return (
    <div className="print-page report-page">
      <nav className="print-toolbar" aria-label="Document à imprimer">
        <Link to="/feuille-de-route/tableau-de-bord">← Retour au tableau de bord</Link>
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          Imprimer
        </button>
      </nav>
      <main id="contenu" className="print-sheet report-sheet">
        <DashboardQueryState query={query}>{(dashboard) => <Report dashboard={dashboard} />}</DashboardQueryState>
      </main>
    </div>
  );
}

function Report({ dashboard }: { dashboard: DashboardData }) {
  return (
    <>
      <header className="print-header report-header">
        <p className="print-header__body">Convention territoriale globale — {dashboard.territory.name}</p>
        <h1>{REPORT_TITLE}</h1>
        <dl className="print-header__facts report-facts">
          <div>
            <dt>Semestre</dt>
            <dd>{dashboard.semester.label}</dd>
          </div>
          <div>
            <dt>Point au</dt>
            <dd>{formatDay(dashboard.asOf)}</dd>
          </div>
        </dl>
      </header>
      <ReportProgress dashboard={dashboard} />
      <ReportStale dashboard={dashboard} />
      <ReportActivity dashboard={dashboard} />
      <ReportCoverage dashboard={dashboard} />
    </>
  );
}
