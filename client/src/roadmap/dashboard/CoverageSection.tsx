import { useState } from 'react';
import type { Theme } from '../../gql/graphql';
import { countOf } from '../../ui/format';
import { THEME_LABELS } from '../../ui/labels';
import { SelectField } from '../../ui/SelectField';
import { CoverageMap } from './CoverageMap';

export interface CoverageRow {
  theme: Theme;
  reachedCount: number;
  communeCount: number;
  unreached: Array<{ inseeCode: string; name: string }>;
}

/** « Une présence dans chaque bassin de vie »: per theme, the communes no service reaches, on the map and listed. */
interface Props {
  coverage: CoverageRow[];
  boundaries: string | null;
  /** Former communes → the commune they merged into. */
  mergers: Map<string, string>;
}

export function CoverageSection({ coverage, boundaries, mergers }: Props) {
  const [theme, setTheme] = useState<Theme | undefined>(coverage[0]?.theme);
  const current = coverage.find((row) => row.theme === theme) ?? coverage[0];
  if (!current) return <p className="empty-state">La couverture n’est pas encore calculée.</p>;
  const label = THEME_LABELS[current.theme];
  return (
    <div className="coverage">
      <SelectField label="Thème" value={current.theme} onChange={(value) => setTheme(value as Theme)} className="coverage__theme">
        {coverage.map((row) => (
          <option key={row.theme} value={row.theme}>
            {THEME_LABELS[row.theme]}
          </option>
        ))}
      </SelectField>
      <p className="coverage__summary" aria-live="polite">
        {label} : {countOf(current.reachedCount, 'commune atteinte', 'communes atteintes')} sur {current.communeCount},{' '}
        {current.unreached.length === 0 ? 'toutes le sont.' : `${current.unreached.length} qu’aucun service n’atteint.`}
      </p>
      <div className="coverage__body">
        {boundaries && <CoverageMap boundaries={boundaries} unreached={unreachedShapes(current, mergers)} themeLabel={label} />}
        <div className="coverage__list">
          <h3 id="coverage-list-title">Communes sans service : {label}</h3>
          {current.unreached.length === 0 ? (
            <p className="empty-state">Chaque commune est atteinte par au moins un service du thème.</p>
          ) : (
            <ul aria-labelledby="coverage-list-title" className="coverage__communes">
              {current.unreached.map((commune) => (
                <li key={commune.inseeCode}>{commune.name}</li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </div>
  );
}

/** The shapes to mark: the unreached communes, and the former communes merged into one of them. */
function unreachedShapes(row: CoverageRow, mergers: Map<string, string>): Set<string> {
  const unreached = new Set(row.unreached.map((commune) => commune.inseeCode));
  for (const [former, into] of mergers) if (unreached.has(into)) unreached.add(former);
  return unreached;
}
