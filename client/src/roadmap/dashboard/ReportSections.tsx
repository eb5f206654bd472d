import { THEME_LABELS } from '../../ui/labels';
import { countedOf, percent, shares } from './dashboard-figures';
import type { DashboardData } from './DashboardQueryState';
import { toActivityRows, toStaleRows } from './dashboard-rows';
import { ActivityTable } from './NetworkActivity';

type Props = { dashboard: DashboardData };

const TOP_STALE = 5;
/** As many names as keep the row on one line; the dashboard lists them all. */
const NAMED_COMMUNES = 3;

/** Progress per theme: the figures, and a small bar (done solid, in progress hatched) that only repeats them. */
export function ReportProgress({ dashboard }: Props) {
  return (
    <section aria-labelledby="report-progress" className="report-progress">
      <h2 id="report-progress">Avancement par thème</h2>
      <table className="report-table">
        <thead>
          <tr>
            <th scope="col">Thème</th>
            <th scope="col">Réalisées</th>
            <th scope="col">En cours</th>
            <th scope="col">Sur</th>
            <th scope="col">Avancement</th>
          </tr>
        </thead>
        <tbody>
          {dashboard.themes.map(({ theme, statusCounts: counts }) => {
            const share = shares(counts);
            return (
              <tr key={theme} data-row={theme}>
                <th scope="row">{THEME_LABELS[theme]}</th>
                <td>{counts.done}</td>
                <td>{counts.inProgress}</td>
                <td>{countedOf(counts)}</td>
                <td className="report-bar-cell">
                  <span className="report-bar" aria-hidden="true">
                    <span className="report-bar__done" style={{ width: `${share.done}%` }} />
                    <span className="report-bar__ongoing" style={{ width: `${share.inProgress}%` }} />
                  </span>
                  {percent(counts.done + counts.inProgress, countedOf(counts))}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="report-note">
        Barre : réalisées en plein, en cours hachurées ; pourcentage des actions réalisées ou en cours.
      </p>
    </section>
  );
}

export function ReportStale({ dashboard }: Props) {
  const stale = toStaleRows(dashboard);
  return (
    <section aria-labelledby="report-stale" className="report-stale">
      <h2 id="report-stale">Actions sans mise à jour depuis six mois</h2>
      <p className="report-stale__count">
        <strong>{stale.length}</strong> action{stale.length > 1 ? 's' : ''} en attente de nouvelles
      </p>
      {stale.length > 0 && (
        <ol className="report-stale__items">
          {stale.slice(0, TOP_STALE).map((action) => (
            <li key={action.id}>
              {action.title}
              {action.networkName && <span className="report-muted"> — {action.networkName}</span>}
            </li>
          ))}
        </ol>
      )}
      {stale.length > TOP_STALE && (
        <p className="report-muted">… et {stale.length - TOP_STALE} autres (voir le tableau de bord).</p>
      )}
    </section>
  );
}

export function ReportActivity({ dashboard }: Props) {
  return (
    <section aria-labelledby="report-activity">
      <h2 id="report-activity">Activité des réseaux sur le semestre</h2>
      <ActivityTable rows={toActivityRows(dashboard)} className="report-table" />
    </section>
  );
}

export function ReportCoverage({ dashboard }: Props) {
  return (
    <section aria-labelledby="report-coverage">
      <h2 id="report-coverage">Couverture : une présence dans chaque bassin de vie</h2>
      <table className="report-table">
        <thead>
          <tr>
            <th scope="col">Thème</th>
            <th scope="col">Communes atteintes</th>
            <th scope="col">Communes qu’aucun service n’atteint</th>
          </tr>
        </thead>
        <tbody>
          {dashboard.coverage.map((entry) => {
            const names = entry.unreachedCommunes.map((commune) => commune.name);
            const rest = names.length - NAMED_COMMUNES;
            return (
              <tr key={entry.theme}>
                <th scope="row">{THEME_LABELS[entry.theme]}</th>
                <td>
                  {entry.reachedCount} / {entry.communeCount}
                </td>
                <td>
                  {names.length === 0
                    ? 'aucune'
                    : `${names.slice(0, NAMED_COMMUNES).join(', ')}${rest > 0 ? ` et ${rest} autre${rest > 1 ? 's' : ''}` : ''}`}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
