/**
 * The public URLs of trainings, in one place for the resolvers, mails and calendar files: the
 * client's pages (/formations/…, /formations/place/… for the give-back link) and the CSV of the
 * participants (participants.router.ts).
 */
const base = (publicUrl: string) => publicUrl.replace(/\/+$/, '');

export const trainingPageUrl = (publicUrl: string, trainingId: string) => `${base(publicUrl)}/formations/${trainingId}`;
/** The page of a mail's give-back link: it shows the training and one button, no account needed. */
export const seatLinkUrl = (publicUrl: string, token: string) => `${base(publicUrl)}/formations/place/${token}`;
export const participantsCsvUrl = (publicUrl: string, trainingId: string) =>
  `${base(publicUrl)}/trainings/${trainingId}/participants.csv`;

/** The routes of participants.router.ts (mounted at /trainings), matching the URLs above. */
export const TRAINING_ROUTES = { participants: '/:id/participants.csv' } as const;
