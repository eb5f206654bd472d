import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { defineJob, PATIENT_RETRIES } from '../jobs/job-definition';
import { queueMail } from '../mail/queue-mail';
import { Registration } from './registration.entity';
import { mintSeatLink } from './seat-link.service';
import { sessionLinesOf } from './training-sessions';
import { RegistrationStatus } from './training.enums';
import { promotionMail, type TrainingMailSettings } from './training-mail';

interface PromotionData {
  registrationId: string;
}

/**
 * Mails the person promoted from the waitlist, with their give-back link. The mail, the link and
 * the mark on the registration commit together under its row lock: a second run sends nothing.
 */
export async function mailPromotion(em: EntityManager, data: PromotionData, settings: TrainingMailSettings) {
  await em.transactional(async (tx) => {
    const registration = await tx.findOne(Registration, data.registrationId, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!registration || registration.promotionMailedAt || registration.status !== RegistrationStatus.CONFIRMED) return;
    await tx.populate(registration, ['person', 'training']);
    const person = registration.person.getEntity();
    const training = registration.training.getEntity();
    registration.promotionMailedAt = new Date();
    if (person.email) {
      const token = mintSeatLink(tx, registration);
      await queueMail(tx, {
        to: person.email,
        ...promotionMail(training, person, await sessionLinesOf(training), settings, token),
      });
    }
    await tx.flush();
  });
}

export const seatPromotedJob = defineJob<PromotionData>({
  name: 'trainings.seat-promoted',
  retry: PATIENT_RETRIES,
  handle: (data, { em, publicUrl }) => mailPromotion(em, data, { publicUrl }),
});
