import { Bar, BarChart, LabelList, XAxis, YAxis } from 'recharts';
import { DONE_FILL, IN_PROGRESS_FILL, NOT_STARTED_FILL, OUTLINE, Swatch } from './chart-patterns';
import { countedOf, percent, shares, type ProgressRow } from './dashboard-figures';
import { useNarrow } from './use-narrow';

const ROW_HEIGHT = 44;

interface SegmentLabelProps {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  height?: number | string;
  value?: unknown;
}

/** A segment's count on a white chip, so it reads on the solid and the hatched fills alike. */
function SegmentLabel({ x = 0, y = 0, width = 0, height = 0, value }: SegmentLabelProps) {
  const [left, top, w, h] = [Number(x), Number(y), Number(width), Number(height)];
  if (!value || w < 18) return null;
  const text = String(value);
  const chip = 8 + text.length * 7;
  return (
    <g>
      <rect x={left + w / 2 - chip / 2} y={top + h / 2 - 8} width={chip} height={16} rx={3} fill="#fff" stroke={OUTLINE} />
      <text x={left + w / 2} y={top + h / 2} dy="0.35em" textAnchor="middle" fontSize={12} fontWeight={700} fill="#1f2933">
        {text}
      </text>
    </g>
  );
}

/**
 * Done (solid) and in progress (hatched) actions as shares of each row's counted actions, with the
 * counts written on the segments and the share achieved at the end. Decorative for screen readers:
 * the table that follows gives the same figures.
 */
export function ProgressChart({ rows, labelWidth = 210 }: { rows: ProgressRow[]; labelWidth?: number }) {
  const narrow = useNarrow();
  const data = rows.map((row) => ({
    label: row.label,
    ...shares(row.counts),
    doneCount: row.counts.done,
    inProgressCount: row.counts.inProgress,
    notStartedCount: row.counts.notStarted,
    summary: percent(row.counts.done + row.counts.inProgress, countedOf(row.counts)),
  }));
  return (
    <div className="progress-chart" aria-hidden="true">
      <ul className="chart-legend">
        <li>
          <Swatch fill={DONE_FILL} /> Réalisées (plein)
        </li>
        <li>
          <Swatch fill={IN_PROGRESS_FILL} /> En cours (hachuré)
        </li>
        <li>
          <Swatch fill={NOT_STARTED_FILL} /> Pas commencées (blanc)
        </li>
      </ul>
      <BarChart
        layout="vertical"
        data={data}
        responsive
        style={{ width: '100%', height: rows.length * ROW_HEIGHT + 40 }}
        margin={{ top: 4, right: 56, bottom: 4, left: 4 }}
        accessibilityLayer={false}
        barCategoryGap={6}
      >
        <XAxis type="number" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tickFormatter={(tick) => `${tick} %`} />
        <YAxis
          type="category"
          dataKey="label"
          width={narrow ? Math.min(labelWidth, 100) : labelWidth}
          tick={{ fontSize: narrow ? 11 : 13, fill: '#1f2933' }}
          interval={0}
        />
        <Bar dataKey="done" stackId="progress" fill={DONE_FILL} stroke={OUTLINE} isAnimationActive={false}>
          <LabelList dataKey="doneCount" content={SegmentLabel} />
        </Bar>
        <Bar dataKey="inProgress" stackId="progress" fill={IN_PROGRESS_FILL} stroke={OUTLINE} isAnimationActive={false}>
          <LabelList dataKey="inProgressCount" content={SegmentLabel} />
        </Bar>
        <Bar dataKey="notStarted" stackId="progress" fill={NOT_STARTED_FILL} stroke={OUTLINE} isAnimationActive={false}>
          <LabelList dataKey="summary" position="right" fontSize={12} fontWeight={700} fill="#1f2933" />
        </Bar>
      </BarChart>
    </div>
  );
}
