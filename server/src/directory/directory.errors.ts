import { errorTable, type ErrorSpec } from '../shared/errors';

/** Why a directory operation was refused, with the French message the client shows. */
export const directoryError = errorTable({
  ORGANIZATION_NOT_FOUND: { code: 'NOT_FOUND', message: 'Structure introuvable.' },
  SERVICE_NOT_FOUND: { code: 'NOT_FOUND', message: 'Service introuvable.' },
  UNKNOWN_COMMUNES: {
    code: 'BAD_USER_INPUT',
    message: ({ codes }: { codes: string[] }) => `Commune inconnue : ${codes.join(', ')}.`,
    field: 'communesServed',
  },
  CANNOT_EDIT_ORGANIZATION: {
    code: 'FORBIDDEN',
    message: 'Seules les personnes de cette structure (et la coordination) peuvent la modifier.',
  },
  CANNOT_ADD_PEOPLE: {
    code: 'FORBIDDEN',
    message: "Vous ne pouvez ajouter des contacts qu'à votre structure ou aux membres des réseaux que vous animez.",
  },
  PERSON_EMAIL_TAKEN: { code: 'CONFLICT', message: 'Une personne avec cette adresse e-mail existe déjà.', field: 'email' },
} satisfies Record<string, ErrorSpec>);
