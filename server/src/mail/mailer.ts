import nodemailer, { type Transporter } from 'nodemailer';

/** How mail leaves: over SMTP, or not at all (the outbox then is the delivery, read by admins). */
export interface Mailer {
  /** The From of every message, e.g. « Maillage <no-reply@maillage.example> ». */
  from: string;
  /** Null when SMTP_URL is unset. */
  smtp: Transporter | null;
}

export interface MailSettings {
  smtpUrl?: string;
  from: string;
}

export function createMailer({ smtpUrl, from }: MailSettings): Mailer {
  if (!smtpUrl) return { from, smtp: null };
  // nodemailer waits minutes by default; a delivery holds its outbox row locked, so give up early
  // and let the job's retries try again later.
  const smtp = nodemailer.createTransport({
    url: smtpUrl,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
  });
  return { from, smtp };
}

/** A stable Message-ID: the outbox row's id at the sender's domain, the same on every retry. */
export function messageIdFor(messageRowId: string, from: string): string {
  const domain = /@([^\s<>@]+)>?\s*$/.exec(from)?.[1] ?? 'maillage.localhost';
  return `<${messageRowId}@${domain}>`;
}
