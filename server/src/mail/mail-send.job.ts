import { defineJob } from '../jobs/job-definition';
import { deliverMail } from './mail-delivery';

export interface MailSendData {
  messageId: string;
}

export const mailSendJob = defineJob<MailSendData>({
  name: 'mail.send',
  // SMTP servers refuse for a while (greylisting, outages): retry for half a day or more,
  // 2 minutes after the first failure, then doubling.
  retry: { limit: 8, delaySeconds: 120, backoff: true },
  expireInSeconds: 5 * 60,
  concurrency: 2,
  handle: ({ messageId }, { em, mailer, job }) => deliverMail(em, messageId, mailer, job),
});
