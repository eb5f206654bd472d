import { useMemo } from 'react';
import { MapLabels } from '../../map/MapLabels';
import { projectBoundaries } from '../../map/map-geometry';
import { DOTS_FILL, OUTLINE, Swatch } from './chart-patterns';

const MAP_WIDTH = 600;

interface Props {
  boundaries: string;
  /** INSEE codes of the communes no service of the theme reaches. */
  unreached: Set<string>;
  themeLabel: string;
}

/**
 * The directory's commune map (same projection and labels), with the communes no service reaches
 * dotted and marked with a cross: pattern and mark, not colour alone. The list beside it says the same.
 */
export function CoverageMap({ boundaries, unreached, themeLabel }: Props) {
  const geometry = useMemo(() => projectBoundaries(boundaries, MAP_WIDTH), [boundaries]);
  const marked = geometry.shapes.filter((shape) => unreached.has(shape.inseeCode));
  const unreachedCount = new Set(marked.map((shape) => shape.name)).size;
  return (
    <figure className="coverage-map">
      <svg
        className="commune-map__svg"
        viewBox={`0 0 ${geometry.width} ${geometry.height}`}
        role="img"
        aria-label={`Carte des communes : ${unreachedCount} sans service du thème ${themeLabel} (pointillées et marquées d’une croix)`}
      >
        {geometry.shapes.map((shape) => (
          <path
            key={shape.inseeCode}
            d={shape.path}
            className="coverage-map__commune"
            fill={unreached.has(shape.inseeCode) ? DOTS_FILL : '#e3f1ee'}
            stroke={OUTLINE}
            data-insee-code={shape.inseeCode}
            data-unreached={unreached.has(shape.inseeCode) || undefined}
          />
        ))}
        <MapLabels shapes={geometry.shapes} emphasised={[]} />
        {marked.map((shape) => {
          const [x, y] = shape.labelAt;
          return (
            <g key={shape.inseeCode} className="coverage-map__cross" transform={`translate(${x} ${y - 16})`} aria-hidden="true">
              <circle r="7" fill="#fff" stroke="#8a3b0b" strokeWidth="1.5" />
              <path d="M-3.5 -3.5 L3.5 3.5 M3.5 -3.5 L-3.5 3.5" stroke="#8a3b0b" strokeWidth="2" />
            </g>
          );
        })}
      </svg>
      <figcaption className="chart-legend">
        <span>
          <Swatch fill={DOTS_FILL} /> Commune qu’aucun service du thème n’atteint (pointillée, marquée ✕)
        </span>
        <span>
          <Swatch fill="#e3f1ee" /> Commune atteinte
        </span>
      </figcaption>
    </figure>
  );
}
