import { useEffect, type RefObject } from 'react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { errorMessage } from './error-message';

/** What went wrong with a form, as the API says it: a French message, a code, and the input field at fault. */
export interface FormError {
  message: string;
  code?: string;
  /** The input field named by a BAD_USER_INPUT error (`extensions.field`). */
  field?: string;
}

export function formErrorOf(error: unknown): FormError {
  if (CombinedGraphQLErrors.is(error) && error.errors.length > 0) {
    const { message, extensions } = error.errors[0];
    const code = typeof extensions?.code === 'string' ? extensions.code : undefined;
    const field = typeof extensions?.field === 'string' ? extensions.field : undefined;
    return { message, code, field };
  }
  return { message: errorMessage(error) };
}

/** The message to show next to `field`, when the error is about it. */
export function errorFor(error: FormError | undefined, field: string): string | undefined {
  return error?.field === field ? error.message : undefined;
}

/** The message to show above the form: the error is about no field the form shows. */
export function formLevelError(error: FormError | undefined, fields: readonly string[]): string | undefined {
  return error && (!error.field || !fields.includes(error.field)) ? error.message : undefined;
}

/** True when the API refused because nobody (or not the right person) is signed in. */
export function isAccessRefused(error: unknown): boolean {
  const { code } = formErrorOf(error);
  return code === 'UNAUTHENTICATED' || code === 'FORBIDDEN';
}

/**
 * After a failed submit, moves the keyboard focus to the first invalid field, or else to the form's
 * alert, so that the error is where the user is.
 */
export function useFocusOnError(form: RefObject<HTMLElement | null>, error: FormError | undefined) {
  useEffect(() => {
    if (!error || !form.current) return;
    const target =
      form.current.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      form.current.querySelector<HTMLElement>('[role="alert"]');
    target?.focus();
  }, [form, error]);
}
