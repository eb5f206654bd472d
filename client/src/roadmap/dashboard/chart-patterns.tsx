/** Fills of the dashboard's charts: done is solid, in progress hatched, so that they differ without colour. */
export const DONE_FILL = '#0b5d55';
export const HATCH_ID = 'dashboard-hatch';
export const IN_PROGRESS_FILL = `url(#${HATCH_ID})`;
export const NOT_STARTED_FILL = '#ffffff';
export const OUTLINE = '#4a5561';
export const DOTS_ID = 'dashboard-dots';
export const DOTS_FILL = `url(#${DOTS_ID})`;

/**
 * The patterns, once per page in an SVG of no size: `url(#…)` finds them from any SVG of the
 * document (the charts', the map's, the legends').
 */
export function ChartPatterns() {
  return (
    <svg width="0" height="0" aria-hidden="true" focusable="false" style={{ position: 'absolute' }}>
      <defs>
        <pattern id={HATCH_ID} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="#e3f1ee" />
          <rect width="3" height="6" fill={DONE_FILL} />
        </pattern>
        <pattern id={DOTS_ID} width="7" height="7" patternUnits="userSpaceOnUse">
          <rect width="7" height="7" fill="#fbe3cf" />
          <circle cx="3.5" cy="3.5" r="1.6" fill="#8a3b0b" />
        </pattern>
      </defs>
    </svg>
  );
}

/** A small square of a fill, for legends written in HTML. */
export function Swatch({ fill }: { fill: string }) {
  return (
    <svg className="dashboard-swatch" width="14" height="14" aria-hidden="true" focusable="false">
      <rect x="0.5" y="0.5" width="13" height="13" fill={fill} stroke={OUTLINE} />
    </svg>
  );
}
