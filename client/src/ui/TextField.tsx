import { useId, type InputHTMLAttributes, type ReactNode } from 'react';

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange' | 'aria-invalid'>;

interface Props extends InputProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  /** The server's (or the form's) French message about this field. */
  error?: string;
  /** A <textarea> of that many rows instead of an <input>. */
  rows?: number;
}

/** A labelled field whose hint and error are announced with it (aria-describedby) and which says when it is invalid. */
export function TextField({ label, value, onChange, hint, error, rows, className, ...inputProps }: Props) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const described = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': described,
  } as const;

  return (
    <div className={`field${error ? ' field--invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {rows ? (
        <textarea
          {...common}
          rows={rows}
          name={inputProps.name}
          required={inputProps.required}
          maxLength={inputProps.maxLength}
          onChange={(event) => onChange(event.target.value)}
        />
      ) : (
        <input type="text" {...inputProps} {...common} onChange={(event) => onChange(event.target.value)} />
      )}
      <FieldError id={errorId} message={error} />
    </div>
  );
}

/** The error line under a field; the id is what the field's aria-describedby points at. */
export function FieldError({ id, message }: { id: string | undefined; message: string | undefined }) {
  if (!message) return null;
  return (
    <p className="field__error" id={id}>
      <span className="visually-hidden">Erreur : </span>
      {message}
    </p>
  );
}
