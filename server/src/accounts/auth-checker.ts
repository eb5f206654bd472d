import type { AuthChecker } from 'type-graphql';
import type { Context } from '../graphql/context';
import { DomainError } from '../shared/errors';

/**
 * `@Authorized()` — signed in; `@Authorized('ADMIN', …)` — one of these roles. Throws rather than
 * returning false, so the client learns whether to sign in (UNAUTHENTICATED) or not (FORBIDDEN).
 */
export const authChecker: AuthChecker<Context> = ({ context }, roles) => {
  if (!context.viewer) throw new DomainError('UNAUTHENTICATED', 'Connectez-vous pour accéder à cette fonction.');
  if (roles.length && !roles.includes(context.viewer.role)) {
    throw new DomainError('FORBIDDEN', "Votre rôle ne permet pas cette action.");
  }
  return true;
};

export function requireViewer(context: Context) {
  if (!context.viewer) throw new DomainError('UNAUTHENTICATED', 'Connectez-vous pour accéder à cette fonction.');
  return context.viewer;
}

export const forbidden = (message = "Vous n'avez pas les droits pour cette action.") => new DomainError('FORBIDDEN', message);
