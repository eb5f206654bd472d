import { Bar, BarChart, LabelList, XAxis, YAxis } from 'recharts';
import { DONE_FILL, DOTS_FILL, IN_PROGRESS_FILL, OUTLINE, Swatch } from './chart-patterns';
import { percent } from './dashboard-figures';
import { useNarrow } from './use-narrow';

export interface NetworkActivityRow {
  networkId: string;
  networkName: string;
  meetingsHeld: number;
  invitations: number;
  attended: number;
  agendaItemsReviewed: number;
  outcomesRecorded: number;
  trainings: number;
  confirmedRegistrations: number;
}

/** Each network's semester: a small chart of meetings, items and trainings, then every figure in a table. */
export function NetworkActivity({ rows }: { rows: NetworkActivityRow[] }) {
  if (rows.length === 0) return <p className="empty-state">Aucun réseau n’est encore décrit.</p>;
  return (
    <>
      <ActivityChart rows={rows} />
      <div className="table-scroll">
        <ActivityTable rows={rows} className="table dashboard-table" caption="Activité de chaque réseau sur le semestre" />
      </div>
    </>
  );
}

/** Every figure of each network's semester; the printed report uses it too. */
export function ActivityTable({ rows, className, caption }: { rows: NetworkActivityRow[]; className: string; caption?: string }) {
  return (
    <table className={className}>
      {caption && <caption className="table__caption">{caption}</caption>}
      <thead>
        <tr>
          <th scope="col">Réseau</th>
          <th scope="col">Réunions tenues</th>
          <th scope="col">Présents / invités</th>
          <th scope="col">Points examinés</th>
          <th scope="col">Décisions et avis</th>
          <th scope="col">Formations</th>
          <th scope="col">Inscriptions confirmées</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.networkId}>
            <th scope="row">{row.networkName}</th>
            <td>{row.meetingsHeld}</td>
            <td>
              {row.invitations > 0 ? `${row.attended} / ${row.invitations} (${percent(row.attended, row.invitations)})` : '—'}
            </td>
            <td>{row.agendaItemsReviewed}</td>
            <td>{row.outcomesRecorded}</td>
            <td>{row.trainings}</td>
            <td>{row.confirmedRegistrations}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Three figures per network, told apart by fill (solid, hatched, dotted) and by the legend's words. */
function ActivityChart({ rows }: { rows: NetworkActivityRow[] }) {
  const narrow = useNarrow();
  const series = [
    { key: 'meetingsHeld', label: 'Réunions tenues (plein)', fill: DONE_FILL },
    { key: 'agendaItemsReviewed', label: 'Points examinés (hachuré)', fill: IN_PROGRESS_FILL },
    { key: 'trainings', label: 'Formations (pointillé)', fill: DOTS_FILL },
  ] as const;
  return (
    <div className="activity-chart" aria-hidden="true">
      <ul className="chart-legend">
        {series.map((entry) => (
          <li key={entry.key}>
            <Swatch fill={entry.fill} /> {entry.label}
          </li>
        ))}
      </ul>
      <BarChart
        layout="vertical"
        data={rows}
        responsive
        style={{ width: '100%', height: rows.length * 54 + 40 }}
        margin={{ top: 4, right: 32, bottom: 4, left: 4 }}
        accessibilityLayer={false}
        barCategoryGap={8}
      >
        <XAxis type="number" allowDecimals={false} />
        <YAxis
          type="category"
          dataKey="networkName"
          width={narrow ? 110 : 230}
          tick={{ fontSize: narrow ? 11 : 13, fill: '#1f2933' }}
          interval={0}
        />
        {series.map((entry) => (
          <Bar key={entry.key} dataKey={entry.key} fill={entry.fill} stroke={OUTLINE} isAnimationActive={false}>
            <LabelList dataKey={entry.key} position="right" fontSize={11} fill="#1f2933" />
          </Bar>
        ))}
      </BarChart>
    </div>
  );
}
