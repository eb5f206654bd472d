import type { Theme } from '../gql/graphql';
import { THEME_LABELS, sortByLabelOrder } from './labels';

export function ThemeBadges({ themes, label = 'Thèmes' }: { themes: Iterable<Theme>; label?: string }) {
  const sorted = sortByLabelOrder(THEME_LABELS, themes);
  if (sorted.length === 0) return null;
  return (
    <ul className="badges" aria-label={label}>
      {sorted.map((theme) => (
        <li key={theme} className={`badge badge--${theme.toLowerCase().replaceAll('_', '-')}`}>
          {THEME_LABELS[theme]}
        </li>
      ))}
    </ul>
  );
}
