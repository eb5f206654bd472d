import { useId } from 'react';
import { FieldError } from './TextField';
import { optionsOf } from './labels';

interface Props<Value extends string> {
  legend: string;
  /** French labels of the enum, in display order. */
  labels: Record<Value, string>;
  value: Value[];
  onChange: (value: Value[]) => void;
  error?: string;
}

/** Several values of an enum, as a fieldset of checkboxes named by its legend. */
export function CheckboxGroup<Value extends string>({ legend, labels, value, onChange, error }: Props<Value>) {
  const id = useId();
  const errorId = error ? `${id}-error` : undefined;
  const selected = new Set(value);

  function toggle(option: Value, checked: boolean) {
    const next = new Set(selected);
    if (checked) next.add(option);
    else next.delete(option);
    // Kept in the labels' order, whatever the order of the clicks.
    onChange(
      optionsOf(labels)
        .map((o) => o.value)
        .filter((v) => next.has(v)),
    );
  }

  return (
    <fieldset className={`checkbox-group${error ? ' checkbox-group--invalid' : ''}`} aria-describedby={errorId}>
      <legend>{legend}</legend>
      <div className="checkbox-group__options">
        {optionsOf(labels).map((option) => (
          <label key={option.value} className="checkbox">
            <input
              type="checkbox"
              checked={selected.has(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
              aria-invalid={error ? true : undefined}
            />
            {option.label}
          </label>
        ))}
      </div>
      <FieldError id={errorId} message={error} />
    </fieldset>
  );
}
