import { Link } from 'react-router';
import { TERRITORY_SLUG } from '../../app/territory';
import { formatDay } from '../../ui/format';
import { THEME_LABELS } from '../../ui/labels';
import { useDocumentTitle } from '../../ui/use-document-title';
import { ChartPatterns } from './chart-patterns';
import { CoverageSection } from './CoverageSection';
import { exportUrl } from './dashboard-figures';
import { DashboardQueryState, useDashboardQuery, type DashboardData } from './DashboardQueryState';
import { DashboardSection } from './DashboardSection';
import { NetworkActivity } from './NetworkActivity';
import { OrientationProgressSection } from './OrientationProgressSection';
import { ProgressChart } from './ProgressChart';
import { ProgressTable } from './ProgressTable';
import { StaleActions } from './StaleActions';
import { UpcomingList } from './UpcomingList';
import { mergersOf, toActivityRows, toCoverageRows, toStaleRows, toUpcomingRows } from './dashboard-rows';
import '../roadmap.css';
import './dashboard.css';

/** /feuille-de-route/tableau-de-bord — the steering committee's view of the roadmap. */
export function DashboardPage() {
  useDocumentTitle('Tableau de bord de la feuille de route');
  // Statuses move with the animators' updates: what is cached shows at once, then is refreshed.
  const query = useDashboardQuery('cache-and-network');
  return (
    <div className="dashboard">
      <ChartPatterns />
      <p className="breadcrumb">
        <Link to="/feuille-de-route">Feuille de route</Link>
      </p>
      <h1>Tableau de bord de la feuille de route</h1>
      <DashboardQueryState query={query}>{(dashboard) => <DashboardBody dashboard={dashboard} />}</DashboardQueryState>
    </div>
  );
}

function DashboardBody({ dashboard }: { dashboard: DashboardData }) {
  const themeRows = dashboard.themes.map((entry) => ({
    key: entry.theme,
    label: THEME_LABELS[entry.theme],
    counts: entry.statusCounts,
  }));
  return (
    <>
      <p className="page-intro">
        Où en sont les actions de la Convention territoriale globale au {formatDay(dashboard.asOf)}, et l’activité des réseaux sur
        le semestre, {dashboard.semester.label}.
      </p>
      <ul className="dashboard__documents">
        <li>
          <Link to="/feuille-de-route/rapport">Rapport du comité de pilotage (à imprimer)</Link>
        </li>
        <li>
          <a href={exportUrl('csv', TERRITORY_SLUG)} download>
            Télécharger (CSV)
          </a>
        </li>
        <li>
          <a href={exportUrl('xlsx', TERRITORY_SLUG)} download>
            Télécharger (Excel)
          </a>
        </li>
      </ul>

      <DashboardSection id="dashboard-themes" title="Avancement par thème">
        <ProgressChart rows={themeRows} />
        <ProgressTable rows={themeRows} heading="Thème" caption="Actions de chaque thème par statut" />
      </DashboardSection>

      <DashboardSection id="dashboard-orientations" title="Avancement par orientation">
        <OrientationProgressSection themes={dashboard.themes} />
      </DashboardSection>

      <DashboardSection id="dashboard-stale" title="Actions sans mise à jour depuis six mois">
        <StaleActions actions={toStaleRows(dashboard)} />
      </DashboardSection>

      <DashboardSection id="dashboard-activity" title="Activité des réseaux sur le semestre">
        <NetworkActivity rows={toActivityRows(dashboard)} />
      </DashboardSection>

      <DashboardSection id="dashboard-upcoming" title="À venir">
        <UpcomingList events={toUpcomingRows(dashboard)} />
      </DashboardSection>

      <DashboardSection id="dashboard-coverage" title="Couverture du territoire">
        <p>
          Première ambition de la CTG : « une présence dans chaque bassin de vie ». Une commune est atteinte par un service quand
          la structure y est implantée, qu’elle la dessert ou qu’elle y passe en itinérance.
        </p>
        <CoverageSection
          coverage={toCoverageRows(dashboard)}
          boundaries={dashboard.territory.boundaries}
          mergers={mergersOf(dashboard)}
        />
      </DashboardSection>
    </>
  );
}
