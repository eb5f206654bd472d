import type { SeriesScope } from '../gql/graphql';
import { SERIES_SCOPE_LABELS } from './series-labels';

const SCOPES: SeriesScope[] = ['THIS_ONLY', 'THIS_AND_FOLLOWING', 'ALL'];

interface Props {
  legend: string;
  value: SeriesScope;
  onChange: (scope: SeriesScope) => void;
  /** Distinguishes the radio groups when two forms show at once. */
  name: string;
}

/** For a meeting of a series: does a change concern it alone, it and the next ones, or all of them? */
export function SeriesScopeChoice({ legend, value, onChange, name }: Props) {
  return (
    <fieldset className="series-scope">
      <legend>{legend}</legend>
      {SCOPES.map((scope) => (
        <label key={scope} className="checkbox">
          <input type="radio" name={name} value={scope} checked={value === scope} onChange={() => onChange(scope)} />
          {SERIES_SCOPE_LABELS[scope]}
        </label>
      ))}
    </fieldset>
  );
}
