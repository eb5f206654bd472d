import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { MailMessage, MailStatus } from './mail-message.entity';
import { messageIdFor, type Mailer } from './mailer';

const DONE = new Set([MailStatus.SENT, MailStatus.STORED]);

/**
 * Delivers one outbox message, never twice: the row stays locked for the whole attempt, so a second
 * run of the same job waits, then finds it sent and does nothing. (Should the commit fail after the
 * SMTP server accepted the message, a retry sends it again: SMTP offers no exactly-once.)
 * Without SMTP the message is marked STORED: the outbox is then the delivery.
 */
export async function deliverMail(
  em: EntityManager,
  messageRowId: string,
  mailer: Mailer,
  attempt: { isLastAttempt: boolean } = { isLastAttempt: false },
): Promise<void> {
  const failure = await em.transactional(async (tx) => {
    const message = await tx.findOne(MailMessage, messageRowId, {
      lockMode: LockMode.PESSIMISTIC_WRITE,
      populate: ['html', 'attachments', 'alternatives'],
    });
    if (!message || DONE.has(message.status)) return null;
    message.messageId ??= messageIdFor(message.id, mailer.from);
    if (!mailer.smtp) {
      message.status = MailStatus.STORED;
      message.sentAt = new Date();
      return null;
    }
    try {
      await mailer.smtp.sendMail(nodemailerMessage(message, mailer.from));
      message.status = MailStatus.SENT;
      message.sentAt = new Date();
      message.error = null;
      return null;
    } catch (error) {
      // Recorded and committed, then thrown after the commit so that the job is retried.
      message.error = error instanceof Error ? error.message : String(error);
      if (attempt.isLastAttempt) message.status = MailStatus.FAILED;
      return error;
    }
  });
  if (failure) throw failure;
}

function nodemailerMessage(message: MailMessage, from: string) {
  return {
    from,
    to: message.to,
    subject: message.subject,
    text: message.text,
    html: message.html,
    messageId: message.messageId ?? undefined,
    date: message.createdAt,
    attachments: message.attachments ?? undefined,
    alternatives: message.alternatives ?? undefined,
  };
}
