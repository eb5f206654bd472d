import { errorTable, type ErrorSpec } from './errors';

/** Reasons shared by every area: signing in and roles. */
export const commonError = errorTable({
  SIGN_IN_REQUIRED: { code: 'UNAUTHENTICATED', message: 'Connectez-vous pour accéder à cette fonction.' },
  ROLE_FORBIDDEN: { code: 'FORBIDDEN', message: 'Votre rôle ne permet pas cette action.' },
  INVALID_INPUT: { code: 'BAD_USER_INPUT', message: 'Saisie invalide.' },
  PAGE_SIZE_OUT_OF_RANGE: {
    code: 'BAD_USER_INPUT',
    message: ({ max }: { max: number }) => `« first » doit être compris entre 0 et ${max}.`,
    field: 'first',
  },
  BAD_CURSOR: { code: 'BAD_USER_INPUT', message: 'Curseur de pagination invalide : relancez la recherche.', field: 'after' },
} satisfies Record<string, ErrorSpec>);
