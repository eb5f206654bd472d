import { useState } from 'react';
import type { Theme } from '../../gql/graphql';
import { THEME_LABELS } from '../../ui/labels';
import { SelectField } from '../../ui/SelectField';
import type { StatusCounts } from '../roadmap-labels';
import { ProgressChart } from './ProgressChart';
import { ProgressTable } from './ProgressTable';

export interface ThemeOrientations {
  theme: Theme;
  orientations: Array<{ id: string; number: number; title: string; statusCounts: StatusCounts }>;
}

/** One theme at a time: its orientations' bars would make seven long charts otherwise. */
export function OrientationProgressSection({ themes }: { themes: ThemeOrientations[] }) {
  const [theme, setTheme] = useState<Theme | undefined>(themes[0]?.theme);
  const current = themes.find((entry) => entry.theme === theme) ?? themes[0];
  if (!current) return <p className="empty-state">La feuille de route n’est pas encore saisie.</p>;
  const rows = current.orientations.map((orientation) => ({
    key: orientation.id,
    label: `${orientation.number}. ${orientation.title}`,
    shortLabel: `Orientation ${orientation.number}`,
    counts: orientation.statusCounts,
  }));
  return (
    <>
      <SelectField
        label="Thème"
        value={current.theme}
        onChange={(value) => setTheme(value as Theme)}
        className="dashboard__theme"
      >
        {themes.map((entry) => (
          <option key={entry.theme} value={entry.theme}>
            {THEME_LABELS[entry.theme]}
          </option>
        ))}
      </SelectField>
      <h3>{THEME_LABELS[current.theme]}</h3>
      <ProgressChart rows={rows.map((row) => ({ ...row, label: row.shortLabel }))} labelWidth={110} />
      <ProgressTable rows={rows} heading="Orientation" caption={`Avancement des orientations : ${THEME_LABELS[current.theme]}`} />
    </>
  );
}
