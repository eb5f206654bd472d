import { errorTable, type ErrorSpec } from '../shared/errors';

/**
 * Why a trainings operation was refused, with the French message the client shows. A full
 * training is not an error: the registration is waitlisted.
 */
export const trainingError = errorTable({
  TRAINING_NOT_FOUND: { code: 'NOT_FOUND', message: 'Formation introuvable.' },
  SESSION_NOT_FOUND: { code: 'NOT_FOUND', message: 'Séance introuvable.' },
  REGISTRATION_NOT_FOUND: { code: 'NOT_FOUND', message: 'Inscription introuvable.' },
  PERSON_NOT_FOUND: { code: 'BAD_USER_INPUT', message: 'Personne introuvable.', field: 'personId' },
  UNKNOWN_NETWORKS: {
    code: 'BAD_USER_INPUT',
    message: ({ slugs }: { slugs: string[] }) => `Réseau inconnu : ${slugs.join(', ')}.`,
    field: 'networkSlugs',
  },
  NO_NETWORK: { code: 'BAD_USER_INPUT', message: 'Choisissez au moins un réseau.', field: 'networkSlugs' },
  UNKNOWN_ORGANIZER: { code: 'BAD_USER_INPUT', message: 'Structure organisatrice inconnue.', field: 'organizerSlug' },
  UNKNOWN_COMMUNE: { code: 'BAD_USER_INPUT', message: 'Commune inconnue.', field: 'communeInseeCode' },
  NO_SESSION: { code: 'BAD_USER_INPUT', message: 'Une formation a au moins une séance.', field: 'sessions' },
  SESSION_ENDS_BEFORE_START: { code: 'BAD_USER_INPUT', message: 'Une séance doit finir après son début.', field: 'sessions' },
  SESSION_TOO_LONG: { code: 'BAD_USER_INPUT', message: 'Une séance dure au plus 12 heures.', field: 'sessions' },
  CAPACITY_BELOW_CONFIRMED: {
    code: 'CONFLICT',
    message: ({ confirmed }: { confirmed: number }) =>
      `${confirmed} personnes ont déjà une place : la capacité ne peut pas descendre en dessous.`,
  },
  CANNOT_CREATE_FOR: {
    code: 'FORBIDDEN',
    message: 'Vous ne pouvez proposer une formation qu’aux réseaux que vous animez.',
    field: 'networkSlugs',
  },
  NOT_A_MANAGER: {
    code: 'FORBIDDEN',
    message: 'Seuls les animateurs des réseaux de cette formation (et la coordination) peuvent la gérer.',
  },
  STALE_VERSION: {
    code: 'CONFLICT',
    message: 'Quelqu’un a modifié cette formation entre-temps : rechargez-la, vérifiez, puis refaites votre modification.',
  },
  NO_PERSON: {
    code: 'FORBIDDEN',
    message: 'Votre compte n’est rattaché à aucune personne de l’annuaire : demandez à la coordination de le faire.',
  },
  NOT_MEMBER: {
    code: 'FORBIDDEN',
    message: 'Cette formation est réservée aux membres de ses réseaux.',
  },
  CANNOT_REGISTER_OTHERS: {
    code: 'FORBIDDEN',
    message: 'Seuls les animateurs des réseaux de cette formation (et la coordination) inscrivent d’autres personnes.',
    field: 'personId',
  },
  TRAINING_OVER: { code: 'CONFLICT', message: 'Cette formation est terminée : les inscriptions sont closes.' },
  ALREADY_CANCELLED: { code: 'CONFLICT', message: 'Cette inscription est déjà annulée.' },
  CANNOT_CANCEL: {
    code: 'FORBIDDEN',
    message:
      'Seuls la personne inscrite, les animateurs des réseaux de la formation et la coordination annulent une inscription.',
  },
  LINK_INVALID: {
    code: 'NOT_FOUND',
    message: 'Ce lien n’est pas valable : il est incomplet ou a expiré. Copiez bien tout le lien du courriel.',
  },
  NOT_REGISTERED: {
    code: 'CONFLICT',
    message: 'Seules les personnes inscrites (avec une place) sont notées présentes.',
    field: 'registrationIds',
  },
  NOT_STARTED: { code: 'CONFLICT', message: 'La présence se note une fois la séance commencée.' },
  CANNOT_READ_CERTIFICATE: {
    code: 'FORBIDDEN',
    message: 'Seuls la personne formée, les animateurs des réseaux de la formation et la coordination voient cette attestation.',
  },
  CANNOT_REMOVE_LAST_SESSION: { code: 'CONFLICT', message: 'Une formation garde au moins une séance.' },
} satisfies Record<string, ErrorSpec>);
