import type { ReactNode } from 'react';

export function Loading({ label = 'Chargement…' }: { label?: string }) {
  return (
    <p className="status status--loading" role="status">
      {label}
    </p>
  );
}

export function ErrorPanel({ message, onRetry }: { message: string; onRetry?: () => void }) {
  return (
    <div className="status status--error" role="alert">
      <p>{message}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          Réessayer
        </button>
      )}
    </div>
  );
}

/** A form's error that concerns no one field; focusable so that a failed submit can move the focus to it. */
export function FormAlert({ message }: { message: string | undefined }) {
  if (!message) return null;
  return (
    <div className="status status--error form-alert" role="alert" tabIndex={-1}>
      <p>{message}</p>
    </div>
  );
}

/**
 * A short confirmation ("Modifications enregistrées."), read out without moving the focus. Render it
 * even when empty: screen readers announce changes to a live region already in the page.
 */
export function Notice({ children }: { children?: ReactNode }) {
  return (
    <p className="notice" role="status">
      {children}
    </p>
  );
}
