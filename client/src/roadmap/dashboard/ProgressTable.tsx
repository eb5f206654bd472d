import { countedOf, percent, type ProgressRow } from './dashboard-figures';

/** The figures of a progress chart, for everyone (screen readers, print, a quick copy). */
export function ProgressTable({ rows, caption, heading }: { rows: ProgressRow[]; caption: string; heading: string }) {
  return (
    <div className="table-scroll">
      <table className="table dashboard-table">
        <caption className="table__caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{heading}</th>
            <th scope="col">Réalisées</th>
            <th scope="col">En cours</th>
            <th scope="col">Pas commencées</th>
            <th scope="col">Abandonnées</th>
            <th scope="col">Réalisées ou en cours</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ key, label, counts }) => (
            <tr key={key} data-row={key}>
              <th scope="row">{label}</th>
              <td data-figure="done">{counts.done}</td>
              <td data-figure="in-progress">{counts.inProgress}</td>
              <td>{counts.notStarted}</td>
              <td>{counts.abandoned}</td>
              <td>
                {percent(counts.done + counts.inProgress, countedOf(counts))} de {countedOf(counts)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
