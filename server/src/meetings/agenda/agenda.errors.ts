import { errorTable, type ErrorSpec } from '../../shared/errors';

/** Why an agenda operation was refused, with the French message the client shows. */
export const agendaError = errorTable({
  AGENDA_ITEM_NOT_FOUND: { code: 'NOT_FOUND', message: "Point de l'ordre du jour introuvable." },
  CANNOT_PROPOSE: {
    code: 'FORBIDDEN',
    message: 'Seuls les membres des réseaux de cette réunion peuvent proposer un point à son ordre du jour.',
  },
  AGENDA_CLOSED: {
    code: 'CONFLICT',
    message: ({ deadline }: { deadline: string }) =>
      `Les propositions pour cette réunion étaient possibles jusqu'au ${deadline} (heure de Paris) : le délai est passé.`,
  },
  MEETING_NOT_OPEN: {
    code: 'CONFLICT',
    message: "Cette réunion n'est pas ouverte aux propositions (en préparation, tenue ou annulée).",
  },
  BAD_REVIEW_STATUS: {
    code: 'BAD_USER_INPUT',
    message: 'Une proposition est acceptée, reportée ou refusée.',
    field: 'status',
  },
  NOT_ACCEPTED: { code: 'CONFLICT', message: "Seuls les points acceptés ont une place dans l'ordre du jour." },
  BAD_POSITION: {
    code: 'BAD_USER_INPUT',
    message: ({ count }: { count: number }) => `La place doit être comprise entre 1 et ${count}.`,
    field: 'position',
  },
  CANNOT_EDIT: {
    code: 'FORBIDDEN',
    message: 'Seuls les animateurs, et son auteur·rice tant qu’elle attend leur examen, modifient une proposition.',
  },
  NOT_ON_AGENDA: { code: 'CONFLICT', message: "Seuls les points inscrits à l'ordre du jour ont des suites." },
  UNKNOWN_PRESENTER: { code: 'BAD_USER_INPUT', message: 'Intervenant·e introuvable.', field: 'presenterId' },
  UNKNOWN_ORGANIZATION: { code: 'BAD_USER_INPUT', message: 'Structure introuvable.', field: 'organizationId' },
  OUTCOME_TOO_EARLY: { code: 'CONFLICT', message: "Les suites d'un point se notent une fois la réunion commencée." },
  OPINION_ONLY_FOR_OPINIONS: {
    code: 'BAD_USER_INPUT',
    message: 'Un sens d’avis (favorable, réservé, défavorable) ne se donne que pour un point « avis ».',
    field: 'opinion',
  },
  OPINION_NEEDED: {
    code: 'BAD_USER_INPUT',
    message: 'Indiquez le sens de l’avis : favorable, réservé ou défavorable.',
    field: 'opinion',
  },
  EMPTY_OUTCOME: { code: 'BAD_USER_INPUT', message: 'Indiquez ce qui a été dit ou décidé.', field: 'outcome' },
  DEADLINE_AFTER_START: {
    code: 'BAD_USER_INPUT',
    message: 'La date limite des propositions doit précéder le début de la réunion.',
    field: 'deadline',
  },
  NOTHING_TO_PUBLISH: { code: 'CONFLICT', message: "L'ordre du jour n'a encore aucun point accepté." },
} satisfies Record<string, ErrorSpec>);
