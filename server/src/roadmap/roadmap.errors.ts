import { errorTable, type ErrorSpec } from '../shared/errors';

/** Why a roadmap operation was refused, with the French message the client shows. */
export const roadmapError = errorTable({
  ACTION_NOT_FOUND: { code: 'NOT_FOUND', message: 'Action de la feuille de route introuvable.' },
  CANNOT_UPDATE_ACTION: {
    code: 'FORBIDDEN',
    message: 'Seuls les animateurs du réseau qui porte cette action, et la coordination, la mettent à jour.',
  },
  STALE_REVISION: {
    code: 'CONFLICT',
    message: 'Quelqu’un a mis à jour cette action entre-temps : relisez son historique avant d’enregistrer.',
    field: 'expectedRevision',
  },
  NOTHING_TO_RECORD: {
    code: 'BAD_USER_INPUT',
    message: 'Changez le statut ou écrivez un commentaire.',
    field: 'comment',
  },
  MEETING_NOT_FOUND: { code: 'NOT_FOUND', message: 'Réunion introuvable.', field: 'meetingId' },
  AGENDA_ITEM_NOT_FOUND: { code: 'NOT_FOUND', message: "Point d'ordre du jour introuvable.", field: 'agendaItemId' },
  TRAINING_NOT_FOUND: { code: 'NOT_FOUND', message: 'Formation introuvable.', field: 'trainingId' },
} satisfies Record<string, ErrorSpec>);
