import { useMemo, useState, type KeyboardEvent } from 'react';
import { graphql, getFragmentData, type FragmentType } from '../gql';
import { countOf, formatLongDate } from '../ui/format';
import { CommuneFigures } from './CommuneFigures';
import { MapLabels } from './MapLabels';
import { MapLegend } from './MapLegend';
import { projectBoundaries } from './map-geometry';
import { shadeClasses, shadeOf } from './shading';

export const CommuneMapFragment = graphql(`
  fragment CommuneMap_territory on Territory {
    id
    boundaries
    communes {
      inseeCode
      name
      mergedOn
      mergedInto {
        inseeCode
        name
      }
    }
    communeStatistics {
      commune {
        inseeCode
      }
      organizationCount
      localOrganizationCount
      serviceCount
    }
    ...CommuneFigures_territory
  }
`);

const MAP_WIDTH = 600;

interface Props {
  territory: FragmentType<typeof CommuneMapFragment>;
  selectedInseeCode: string | null | undefined;
  /** Called with the commune to filter on, or undefined to show the whole territory again. */
  onSelect: (inseeCode: string | undefined) => void;
}

/**
 * The communes shaded by how many structures are based in them or serve them specifically
 * (services that cover the whole territory reach every commune alike and would shade them
 * all the same); each one is a toggle button for the commune filter.
 */
export function CommuneMap({ territory: territoryRef, selectedInseeCode, onSelect }: Props) {
  const territory = getFragmentData(CommuneMapFragment, territoryRef);
  const geometry = useMemo(() => projectBoundaries(territory.boundaries, MAP_WIDTH), [territory.boundaries]);
  const [focusedInseeCode, setFocusedInseeCode] = useState<string>();

  const statistics = new Map(territory.communeStatistics.map((entry) => [entry.commune.inseeCode, entry]));
  const communes = new Map(territory.communes.map((commune) => [commune.inseeCode, commune]));
  const classes = shadeClasses(territory.communeStatistics.map((entry) => entry.localOrganizationCount));
  const selected = geometry.shapes.find((shape) => shape.inseeCode === selectedInseeCode);
  const focused = geometry.shapes.find((shape) => shape.inseeCode === focusedInseeCode);

  function describe(inseeCode: string, name: string): string {
    const commune = communes.get(inseeCode);
    const figures = statistics.get(inseeCode);
    const merger =
      commune?.mergedInto && commune.mergedOn
        ? ` (fusionnée dans ${commune.mergedInto.name} depuis le ${formatLongDate(commune.mergedOn)})`
        : '';
    const counts = figures
      ? ` : ${countOf(figures.localOrganizationCount, 'structure de proximité', 'structures de proximité')}, ` +
        `${countOf(figures.organizationCount, 'structure', 'structures')} en tout, ` +
        countOf(figures.serviceCount, 'service', 'services')
      : '';
    return `${name}${merger}${counts}`;
  }

  function toggle(inseeCode: string) {
    onSelect(inseeCode === selectedInseeCode ? undefined : inseeCode);
  }

  function onKeyDown(event: KeyboardEvent, inseeCode: string) {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      toggle(inseeCode);
    }
  }

  return (
    <section className="commune-map" aria-labelledby="commune-map-title">
      <h2 id="commune-map-title">Carte des communes</h2>
      <p className="commune-map__hint" id="commune-map-hint">
        Choisissez une commune pour voir les structures qui y sont présentes ou qui y interviennent.
      </p>
      <svg
        className="commune-map__svg"
        viewBox={`0 0 ${geometry.width} ${geometry.height}`}
        role="group"
        aria-labelledby="commune-map-title"
        aria-describedby="commune-map-hint"
      >
        {geometry.shapes.map((shape) => {
          const description = describe(shape.inseeCode, shape.name);
          return (
            <path
              key={shape.inseeCode}
              d={shape.path}
              className="commune-map__commune"
              fill={shadeOf(classes, statistics.get(shape.inseeCode)?.localOrganizationCount)}
              role="button"
              tabIndex={0}
              aria-label={description}
              aria-pressed={shape === selected}
              data-insee-code={shape.inseeCode}
              onClick={() => toggle(shape.inseeCode)}
              onKeyDown={(event) => onKeyDown(event, shape.inseeCode)}
              onFocus={() => setFocusedInseeCode(shape.inseeCode)}
              onBlur={() => setFocusedInseeCode(undefined)}
            >
              <title>{description}</title>
            </path>
          );
        })}
        {/* Outlines drawn last so no neighbour covers them (SVG has no z-index). */}
        {selected && <path d={selected.path} className="commune-map__selected" aria-hidden="true" />}
        {focused && <path d={focused.path} className="commune-map__focus" aria-hidden="true" />}
        <MapLabels shapes={geometry.shapes} emphasised={[selected, focused]} />
      </svg>
      <MapLegend classes={classes} />
      <p className="commune-map__selection" aria-live="polite">
        {selected ? (
          <>
            Commune choisie : <strong>{selected.name}</strong>{' '}
            <button type="button" className="button button--link" onClick={() => onSelect(undefined)}>
              Voir tout le territoire
            </button>
          </>
        ) : (
          'Tout le territoire est affiché.'
        )}
      </p>
      <CommuneFigures territory={territory} selectedInseeCode={selectedInseeCode} onSelect={onSelect} />
    </section>
  );
}
