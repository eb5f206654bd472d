import { useId, useState } from 'react';
import { FieldError } from '../ui/TextField';

export interface NetworkOption {
  slug: string;
  name: string;
}

interface Props {
  options: NetworkOption[];
  /** Slugs, the first one being the network whose calendar the form was opened from. */
  value: string[];
  onChange: (value: string[]) => void;
  error?: string;
}

/**
 * The networks that own the meeting: the current one, plus any added for a joint meeting. A select
 * and a button rather than a list of checkboxes: the territory may have many networks.
 */
export function NetworkChooser({ options, value, onChange, error }: Props) {
  const id = useId();
  const [toAdd, setToAdd] = useState('');
  const byslug = new Map(options.map((option) => [option.slug, option]));
  const others = options.filter((option) => !value.includes(option.slug));
  const errorId = error ? `${id}-error` : undefined;

  return (
    <fieldset className="network-chooser" aria-describedby={errorId}>
      <legend>Réseaux organisateurs</legend>
      <ul className="network-chooser__list">
        {value.map((slug, index) => (
          <li key={slug}>
            <span>{byslug.get(slug)?.name ?? slug}</span>
            {index > 0 && (
              <button type="button" className="button button--small" onClick={() => onChange(value.filter((s) => s !== slug))}>
                Retirer<span className="visually-hidden"> {byslug.get(slug)?.name}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
      {others.length > 0 && (
        <div className="inline-form">
          <label htmlFor={`${id}-add`}>Associer un autre réseau (réunion commune)</label>
          <select id={`${id}-add`} value={toAdd} onChange={(event) => setToAdd(event.target.value)}>
            <option value="">Choisir un réseau…</option>
            {others.map((option) => (
              <option key={option.slug} value={option.slug}>
                {option.name}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button button--small"
            disabled={!toAdd}
            onClick={() => {
              onChange([...value, toAdd]);
              setToAdd('');
            }}
          >
            Associer
          </button>
        </div>
      )}
      <FieldError id={errorId} message={error} />
    </fieldset>
  );
}
