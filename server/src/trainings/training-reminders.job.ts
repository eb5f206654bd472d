import { type EntityManager } from '@mikro-orm/postgresql';
import { defineJob, PATIENT_RETRIES } from '../jobs/job-definition';
import { queueMail } from '../mail/queue-mail';
import { nextParisDay } from '../meetings/calendar/meeting-reminders.job';
import { loadRef } from '../shared/load';
import { Registration } from './registration.entity';
import { lockedTraining } from './registration.service';
import { mintSeatLink } from './seat-link.service';
import { RegistrationStatus } from './training.enums';
import { reminderMail, type TrainingMailSettings } from './training-mail';
import { TrainingReminder } from './training-reminder.entity';
import { TrainingSession } from './training-session.entity';

/**
 * One session's reminders: every confirmed registrant, with a give-back link. The mails and the
 * TrainingReminder row commit together under the training's row lock, so a second run (a retry,
 * a second instance) finds the row and sends nothing; a session moved to another day is reminded again.
 */
async function remindSession(
  em: EntityManager,
  sessionId: string,
  window: { from: Date; to: Date },
  settings: TrainingMailSettings,
) {
  return em.transactional(async (tx) => {
    const found = await tx.findOne(TrainingSession, sessionId);
    if (!found) return 0;
    const training = await lockedTraining(tx, found.training.id);
    const session = await tx.findOne(TrainingSession, sessionId, { refresh: true, populate: ['commune'] });
    if (!session || session.startsAt < window.from || session.startsAt >= window.to) return 0;
    if ((await tx.count(TrainingReminder, { session, startsAt: session.startsAt })) > 0) return 0;
    const confirmed = await tx.find(Registration, { training, status: RegistrationStatus.CONFIRMED }, { populate: ['person'] });
    const line = { session, communeName: (await loadRef(session.commune))?.name ?? null };
    let queued = 0;
    for (const registration of confirmed) {
      const person = registration.person.getEntity();
      if (!person.email) continue;
      const token = mintSeatLink(tx, registration);
      await queueMail(tx, { to: person.email, ...reminderMail(training, person, line, settings, token) });
      queued += 1;
    }
    tx.create(TrainingReminder, { session, startsAt: session.startsAt });
    return queued;
  });
}

/** Reminds the registrants of the sessions of the Paris day after `now`; returns the mails queued. */
export async function sendTrainingReminders(em: EntityManager, now: Date, settings: TrainingMailSettings): Promise<number> {
  const window = nextParisDay(now);
  const due = await em
    .fork()
    .find(TrainingSession, { startsAt: { $gte: window.from, $lt: window.to } }, { fields: ['id'], orderBy: { startsAt: 'asc' } });
  let queued = 0;
  for (const { id } of due) queued += await remindSession(em.fork(), id, window, settings);
  return queued;
}

export const trainingRemindersJob = defineJob<Record<string, never>>({
  name: 'trainings.remind',
  retry: PATIENT_RETRIES,
  // 9:00 on Paris clocks, like the meetings' reminders.
  schedule: { cron: '0 9 * * *', data: {} },
  handle: async (_data, { em, publicUrl }) => {
    await sendTrainingReminders(em, new Date(), { publicUrl });
  },
});
