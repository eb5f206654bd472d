import type { CommuneShape } from './map-geometry';

/** Commune names drawn over the map for sighted users; the shapes carry the accessible names. */
interface Props {
  shapes: CommuneShape[];
  /** Selected or focused communes: named even when small. */
  emphasised: Array<CommuneShape | undefined>;
}

export function MapLabels({ shapes, emphasised }: Props) {
  const visible = shapes.filter((shape) => !shape.small || emphasised.includes(shape));
  return (
    <g aria-hidden="true" className="commune-map__labels">
      {visible.map((shape) => {
        const [x, y] = shape.labelAt;
        const lines = labelLines(shape.name);
        return (
          <text key={shape.inseeCode} x={x} y={y}>
            {lines.map((line, index) => (
              <tspan key={line} x={x} dy={index === 0 ? `${-(lines.length - 1) * 0.55}em` : '1.1em'}>
                {line}
              </tspan>
            ))}
          </text>
        );
      })}
    </g>
  );
}

/** Long compound names ("Saint-Sauveur-en-Diois") go on two lines at the hyphen nearest the middle. */
function labelLines(name: string): string[] {
  if (name.length <= 12) return [name];
  const middle = name.length / 2;
  const hyphens = [...name.matchAll(/-/g)].map((match) => match.index);
  if (hyphens.length === 0) return [name];
  const cut = hyphens.reduce((best, index) => (Math.abs(index - middle) < Math.abs(best - middle) ? index : best));
  return [name.slice(0, cut + 1), name.slice(cut + 1)];
}
