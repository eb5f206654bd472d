import { errorTable, type ErrorSpec } from '../../shared/errors';

/** Why a link between networks was refused, with the French message the client shows. */
export const linkError = errorTable({
  LINK_NOT_FOUND: { code: 'NOT_FOUND', message: 'Lien entre réseaux introuvable.' },
  FROM_NETWORK_UNKNOWN: { code: 'NOT_FOUND', message: 'Réseau de départ introuvable.', field: 'fromSlug' },
  TO_NETWORK_UNKNOWN: { code: 'NOT_FOUND', message: "Réseau d'arrivée introuvable.", field: 'toSlug' },
  SAME_NETWORK: { code: 'BAD_USER_INPUT', message: 'Un réseau ne peut pas être relié à lui-même.', field: 'toSlug' },
  CANNOT_LINK: {
    code: 'FORBIDDEN',
    message: "Seuls les animateurs de l'un des deux réseaux (et la coordination) peuvent les relier.",
  },
  ALREADY_LINKED: { code: 'CONFLICT', message: 'Ces deux réseaux sont déjà reliés par un lien de ce type.', field: 'kind' },
  DESCRIPTION_TOO_LONG: {
    code: 'BAD_USER_INPUT',
    message: ({ max }: { max: number }) => `La description ne doit pas dépasser ${max} caractères.`,
    field: 'description',
  },
  SOURCE_TOO_LONG: {
    code: 'BAD_USER_INPUT',
    message: ({ max }: { max: number }) => `Le passage de la CTG cité ne doit pas dépasser ${max} caractères.`,
    field: 'source',
  },
} satisfies Record<string, ErrorSpec>);
