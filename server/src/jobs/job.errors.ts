import { errorTable } from '../shared/errors';

/** Reasons of the jobs area. */
export const jobError = errorTable({
  FAILED_JOB_NOT_FOUND: {
    code: 'NOT_FOUND',
    message: 'Cette tâche n’est plus en échec : elle a peut-être déjà été relancée.',
    field: 'id',
  },
});
