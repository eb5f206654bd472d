import { useEffect, useId, useRef } from 'react';
import { FieldError } from '../ui/TextField';

export interface CommuneOption {
  inseeCode: string;
  name: string;
  mergedInto?: { name: string } | null;
}

interface Props {
  communes: CommuneOption[];
  value: string[];
  onChange: (inseeCodes: string[]) => void;
  error?: string;
}

/** The communes a service reaches, with « Tout le territoire » to tick (or untick) them all at once. */
export function CommunesChecklist({ communes, value, onChange, error }: Props) {
  const id = useId();
  const errorId = error ? `${id}-error` : undefined;
  const selected = new Set(value);
  const all = communes.length > 0 && communes.every((commune) => selected.has(commune.inseeCode));
  const some = !all && communes.some((commune) => selected.has(commune.inseeCode));
  const wholeTerritory = useRef<HTMLInputElement>(null);

  // "Mixed" is a DOM property, not an attribute React can render.
  useEffect(() => {
    if (wholeTerritory.current) wholeTerritory.current.indeterminate = some;
  }, [some]);

  function toggle(inseeCode: string, checked: boolean) {
    const next = new Set(selected);
    if (checked) next.add(inseeCode);
    else next.delete(inseeCode);
    onChange(communes.map((commune) => commune.inseeCode).filter((code) => next.has(code)));
  }

  return (
    <fieldset className={`checkbox-group${error ? ' checkbox-group--invalid' : ''}`} aria-describedby={errorId}>
      <legend>Communes desservies</legend>
      <label className="checkbox checkbox--all">
        <input
          ref={wholeTerritory}
          type="checkbox"
          checked={all}
          onChange={(event) => onChange(event.target.checked ? communes.map((commune) => commune.inseeCode) : [])}
          aria-invalid={error ? true : undefined}
        />
        Tout le territoire
      </label>
      <div className="checkbox-group__options checkbox-group__options--communes">
        {communes.map((commune) => (
          <label key={commune.inseeCode} className="checkbox">
            <input
              type="checkbox"
              checked={selected.has(commune.inseeCode)}
              onChange={(event) => toggle(commune.inseeCode, event.target.checked)}
              aria-invalid={error ? true : undefined}
            />
            {commune.name}
            {commune.mergedInto && <span className="checkbox__note"> (fusionnée dans {commune.mergedInto.name})</span>}
          </label>
        ))}
      </div>
      <FieldError id={errorId} message={error} />
    </fieldset>
  );
}
