import type { EntityManager } from '@mikro-orm/postgresql';
import { sendJob } from '../jobs/send-job';
import { renderMail, type MailContent, type MailTemplateData, type MailTemplateName } from './mail-content';
import { MailMessage, type MailPart } from './mail-message.entity';
import { mailSendJob } from './mail-send.job';

interface Extras {
  to: string;
  attachments?: MailPart[];
  /** Other bodies of the same message, e.g. a text/calendar invitation. */
  alternatives?: MailPart[];
}

type FromTemplate = { [Name in MailTemplateName]: { template: Name; data: MailTemplateData<Name> } }[MailTemplateName];

export type MailRequest = Extras & (MailContent | FromTemplate);

/**
 * Writes a message to the outbox and queues its `mail.send` job, both in the caller's transaction
 * (or in one of their own): the mail leaves if and only if the caller's work commits.
 *
 *   await queueMail(em, { to, template: 'accountInvitation', data: { publicUrl, token, … } });
 *   await queueMail(em, { to, subject, text, html });
 */
export function queueMail(em: EntityManager, request: MailRequest): Promise<MailMessage> {
  const content = 'template' in request ? renderMail(request.template, request.data) : request;
  return em.transactional(async (tx) => {
    const message = tx.create(MailMessage, {
      to: request.to,
      subject: content.subject,
      text: content.text,
      html: content.html,
      attachments: request.attachments ?? null,
      alternatives: request.alternatives ?? null,
    });
    await tx.flush();
    await sendJob(tx, mailSendJob, { messageId: message.id });
    return message;
  });
}
