import { errorTable, type ErrorSpec } from '../shared/errors';

/** Why a networks operation was refused, with the French message the client shows. */
export const networkError = errorTable({
  NETWORK_NOT_FOUND: { code: 'NOT_FOUND', message: 'Réseau introuvable.' },
  MEMBERSHIP_NOT_FOUND: { code: 'NOT_FOUND', message: 'Adhésion introuvable.' },
  NOT_AN_ANIMATOR: { code: 'FORBIDDEN', message: 'Seuls les animateurs de ce réseau (et la coordination) peuvent le gérer.' },
  ORGANIZATION_UNKNOWN: { code: 'BAD_USER_INPUT', message: 'Structure introuvable.', field: 'organizationId' },
  PERSON_NOT_OF_ORGANIZATION: {
    code: 'BAD_USER_INPUT',
    message: "Cette personne n'appartient pas à la structure choisie.",
    field: 'personId',
  },
  ALREADY_MEMBER: { code: 'CONFLICT', message: 'Cette structure est déjà membre du réseau.', field: 'organizationId' },
  ALREADY_PERSONAL_MEMBER: {
    code: 'CONFLICT',
    message: 'Cette personne est déjà membre du réseau pour cette structure.',
    field: 'personId',
  },
} satisfies Record<string, ErrorSpec>);
