import { useId, useRef, type ReactNode } from 'react';

interface Props {
  /** What the button says (may hold visually hidden context, e.g. which service). */
  children: ReactNode;
  /** The question, as the dialog's title: « Supprimer le service « Atelier » ? ». */
  title: string;
  /** What will happen, in a sentence. */
  message?: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  className?: string;
  disabled?: boolean;
}

/**
 * A button that asks before acting, in a native modal <dialog>: focus moves into it, Escape cancels,
 * and focus returns to the button when it closes.
 */
export function ConfirmButton({ children, title, message, confirmLabel, onConfirm, className, disabled }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const messageId = useId();

  function confirm() {
    dialog.current?.close();
    onConfirm();
  }

  return (
    <>
      <button type="button" className={className ?? 'button'} disabled={disabled} onClick={() => dialog.current?.showModal()}>
        {children}
      </button>
      <dialog
        ref={dialog}
        className="confirm-dialog"
        aria-labelledby={titleId}
        aria-describedby={message ? messageId : undefined}
      >
        <h2 id={titleId} className="confirm-dialog__title">
          {title}
        </h2>
        {message && (
          <p id={messageId} className="confirm-dialog__message">
            {message}
          </p>
        )}
        <div className="form-actions">
          {/* The safe choice comes first: showModal() focuses it. */}
          <button type="button" className="button" onClick={() => dialog.current?.close()}>
            Annuler
          </button>
          <button type="button" className="button button--danger" onClick={confirm}>
            {confirmLabel}
          </button>
        </div>
      </dialog>
    </>
  );
}
