import type { ShadeClass } from './shading';

export function MapLegend({ classes }: { classes: ShadeClass[] }) {
  if (classes.length === 0) return null;
  return (
    <div className="map-legend">
      <p className="map-legend__title" id="map-legend-title">
        Structures de proximité : implantées dans la commune ou y intervenant spécifiquement (hors services couvrant tout le
        territoire)
      </p>
      <ul className="map-legend__items" aria-labelledby="map-legend-title">
        {classes.map((shade) => (
          <li key={shade.from}>
            <span className="map-legend__swatch" style={{ background: shade.color }} aria-hidden="true" />
            {shade.from === shade.to ? shade.from : `${shade.from} à ${shade.to}`}
          </li>
        ))}
      </ul>
    </div>
  );
}
