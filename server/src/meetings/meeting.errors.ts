import { errorTable, type ErrorSpec } from '../shared/errors';

/** Why a meetings operation was refused, with the French message the client shows. */
export const meetingError = errorTable({
  MEETING_NOT_FOUND: { code: 'NOT_FOUND', message: 'Réunion introuvable.' },
  INVITATION_NOT_FOUND: { code: 'NOT_FOUND', message: 'Invitation introuvable.' },
  ACTION_ITEM_NOT_FOUND: { code: 'NOT_FOUND', message: 'Action introuvable.' },
  UNKNOWN_NETWORKS: {
    code: 'BAD_USER_INPUT',
    message: ({ slugs }: { slugs: string[] }) => `Réseau inconnu : ${slugs.join(', ')}.`,
    field: 'networkSlugs',
  },
  NO_NETWORK: { code: 'BAD_USER_INPUT', message: 'Choisissez au moins un réseau.', field: 'networkSlugs' },
  ONE_NETWORK_ONLY: {
    code: 'BAD_USER_INPUT',
    message: "Une réunion de réseau n'a qu'un réseau : choisissez « réunion commune » pour en associer plusieurs.",
    field: 'networkSlugs',
  },
  JOINT_NEEDS_TWO: {
    code: 'BAD_USER_INPUT',
    message: 'Une réunion commune associe au moins deux réseaux.',
    field: 'networkSlugs',
  },
  ENDS_BEFORE_START: { code: 'BAD_USER_INPUT', message: 'La fin doit être après le début.', field: 'endsAt' },
  TOO_LONG: { code: 'BAD_USER_INPUT', message: 'Une réunion dure au plus 12 heures.', field: 'endsAt' },
  UNKNOWN_COMMUNE: { code: 'BAD_USER_INPUT', message: 'Commune inconnue.', field: 'communeInseeCode' },
  BAD_DUE_DATE: { code: 'BAD_USER_INPUT', message: "L'échéance doit être une date au format AAAA-MM-JJ.", field: 'dueOn' },
  BAD_ACTION_TITLE: {
    code: 'BAD_USER_INPUT',
    message: "L'intitulé de l'action doit compter de 3 à 300 caractères.",
    field: 'title',
  },
  UNKNOWN_OWNER: { code: 'BAD_USER_INPUT', message: 'Responsable introuvable.', field: 'ownerId' },
  NOT_A_MANAGER: {
    code: 'FORBIDDEN',
    message: 'Seuls les animateurs des réseaux de cette réunion (et la coordination) peuvent la gérer.',
  },
  CANNOT_SCHEDULE_FOR: {
    code: 'FORBIDDEN',
    message: "Vous ne pouvez organiser une réunion que pour un réseau que vous animez (seul ou avec d'autres).",
    field: 'networkSlugs',
  },
  NOT_INVITED: { code: 'FORBIDDEN', message: "Vous n'êtes pas invité·e à cette réunion." },
  CANNOT_CHANGE_ACTION_ITEM: {
    code: 'FORBIDDEN',
    message: 'Seuls son responsable et les animateurs peuvent modifier cette action.',
  },
  STALE_VERSION: {
    code: 'CONFLICT',
    message: "Quelqu'un a modifié cette réunion entre-temps : rechargez-la, vérifiez, puis refaites votre modification.",
  },
  CANCELLED: { code: 'CONFLICT', message: 'Cette réunion est annulée.' },
  ALREADY_CANCELLED: { code: 'CONFLICT', message: 'Cette réunion est déjà annulée.' },
  NOT_STARTED: { code: 'CONFLICT', message: 'La présence se note une fois la réunion commencée.' },
  LINK_INVALID: {
    code: 'NOT_FOUND',
    message:
      "Ce lien de réponse n'est pas valable : il est incomplet ou a été révoqué. Copiez bien tout le lien du courriel, ou demandez-en un nouveau à l'animateur·rice du réseau.",
  },
  LINK_MEETING_CANCELLED: { code: 'NOT_FOUND', message: 'Cette réunion a été annulée : ce lien de réponse ne sert plus.' },
  LINK_MEETING_OVER: { code: 'CONFLICT', message: "Cette réunion a déjà eu lieu : il n'est plus possible d'y répondre." },
  NOT_OWN_CALENDAR: { code: 'FORBIDDEN', message: "Seul·e le·la titulaire d'un compte voit l'adresse de son agenda personnel." },
  DRAFT_NOT_OPEN: { code: 'CONFLICT', message: 'Cette réunion est en préparation : les invitations ne sont pas encore parties.' },
  // Recurring series
  SERIES_NOT_DRAFT: {
    code: 'BAD_USER_INPUT',
    message: 'Une série ne reste pas en préparation : ses réunions sont datées et leurs invitations envoyées.',
    field: 'draft',
  },
  SERIES_TOO_LONG: {
    code: 'BAD_USER_INPUT',
    message: 'Une série s’étend sur cinq ans au plus (la durée d’une CTG).',
    field: 'count',
  },
  NOT_IN_SERIES: { code: 'BAD_USER_INPUT', message: 'Cette réunion ne fait pas partie d’une série.', field: 'meetingId' },
  EMPTY_SERIES_CHANGE: { code: 'BAD_USER_INPUT', message: 'Indiquez au moins une modification.', field: 'input' },
  // Periods to avoid and suggested slots
  AVOID_PERIOD_NOT_FOUND: { code: 'NOT_FOUND', message: 'Période introuvable.' },
  BAD_PERIOD_DAY: { code: 'BAD_USER_INPUT', message: 'Date invalide : utilisez le format AAAA-MM-JJ.', field: 'startsOn' },
  PERIOD_ENDS_BEFORE_START: {
    code: 'BAD_USER_INPUT',
    message: 'La période doit finir le jour où elle commence ou après.',
    field: 'endsOn',
  },
  PERIOD_TOO_LONG: { code: 'BAD_USER_INPUT', message: 'Une période à éviter dure un an au plus.', field: 'endsOn' },
  BAD_DAY_RANGE: {
    code: 'BAD_USER_INPUT',
    message: 'Plage invalide : deux dates AAAA-MM-JJ, la seconde après la première, à cinq ans d’écart au plus.',
    field: 'to',
  },
  SUGGESTION_RANGE: {
    code: 'BAD_USER_INPUT',
    message: 'La période de recherche doit finir après son début et couvrir trois mois au plus.',
    field: 'to',
  },
  // Date polls
  POLL_NOT_FOUND: { code: 'NOT_FOUND', message: 'Sondage introuvable.' },
  POLL_LINK_INVALID: { code: 'NOT_FOUND', message: 'Ce lien de sondage n’est pas valide.' },
  POLL_NEEDS_DRAFT: { code: 'CONFLICT', message: 'On ne cherche une date que pour une réunion en préparation.' },
  POLL_EXISTS: { code: 'CONFLICT', message: 'Un sondage de dates existe déjà pour cette réunion.' },
  POLL_NOBODY: { code: 'CONFLICT', message: 'Personne à consulter : les réseaux de cette réunion n’ont pas encore de membres.' },
  DUPLICATE_SLOT: { code: 'BAD_USER_INPUT', message: 'Deux créneaux proposés sont identiques.', field: 'slots' },
  SLOT_IN_PAST: { code: 'BAD_USER_INPUT', message: 'Un créneau proposé est déjà passé.', field: 'slots' },
  POLL_CLOSES_IN_PAST: { code: 'BAD_USER_INPUT', message: 'La clôture du sondage doit être à venir.', field: 'closesAt' },
  POLL_CLOSES_TOO_LATE: {
    code: 'BAD_USER_INPUT',
    message: 'Le sondage doit se clore avant le premier créneau proposé.',
    field: 'closesAt',
  },
  POLL_CLOSED: { code: 'CONFLICT', message: 'Ce sondage est clos : les réponses ne sont plus prises.' },
  POLL_ALREADY_FIXED: { code: 'CONFLICT', message: 'La date de cette réunion est déjà fixée.' },
  NOT_A_PARTICIPANT: { code: 'FORBIDDEN', message: 'Ce sondage ne vous est pas adressé.' },
  UNKNOWN_SLOT: { code: 'BAD_USER_INPUT', message: 'Ce créneau ne fait pas partie du sondage.', field: 'slotId' },
  SLOT_ANSWERED_TWICE: { code: 'BAD_USER_INPUT', message: 'Donnez une seule réponse par créneau.', field: 'answers' },
} satisfies Record<string, ErrorSpec>);
