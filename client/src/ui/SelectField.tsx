import { useId, type ReactNode, type SelectHTMLAttributes } from 'react';
import { FieldError } from './TextField';

type SelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'value' | 'onChange' | 'aria-invalid'>;

interface Props extends SelectProps {
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: string;
  /** Visually hidden label, for a select whose context is already shown (a table row). */
  hiddenLabel?: boolean;
  children: ReactNode;
}

/** A labelled <select>, with its hint and error announced with it. */
export function SelectField({ label, value, onChange, hint, error, hiddenLabel, children, className, ...props }: Props) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={`field${error ? ' field--invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id} className={hiddenLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      <select
        {...props}
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
      >
        {children}
      </select>
      <FieldError id={errorId} message={error} />
    </div>
  );
}
