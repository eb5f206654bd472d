import { html, mailLayout, SafeHtml } from '../../mail/html';
import type { MailContent } from '../../mail/mail-content';
import { FRENCH_DATE_TIME, formatParis } from '../../shared/time';

/** The client's page where a participant answers without an account. */
export const datePollUrl = (publicUrl: string, token: string) =>
  `${publicUrl.replace(/\/+$/, '')}/sondage/${encodeURIComponent(token)}`;

export interface DatePollMailData {
  firstName: string;
  meetingTitle: string;
  networks: string;
  slots: Array<{ startsAt: Date; endsAt: Date }>;
  closesAt: Date;
  link: string;
}

const slotInWords = (slot: { startsAt: Date; endsAt: Date }) =>
  `${formatParis(slot.startsAt, FRENCH_DATE_TIME)} – ${formatParis(slot.endsAt, "H 'h' mm")}`;

/** « Quelle date pour … ? »: the candidate slots and the personal link to answer them. */
export function datePollMail(data: DatePollMailData): MailContent {
  const subject = `Quelle date pour « ${data.meetingTitle} » ?`;
  const until = formatParis(data.closesAt, FRENCH_DATE_TIME);
  const slots = data.slots.map(slotInWords);
  const text = [
    `Bonjour ${data.firstName},`,
    '',
    `Pour fixer la date de la réunion « ${data.meetingTitle} » (${data.networks}), dites-nous quand vous êtes disponible (heure de Paris) :`,
    ...slots.map((slot) => `- ${slot}`),
    '',
    `Répondez d’ici le ${until} en ouvrant ce lien personnel (sans compte) :`,
    data.link,
    '',
    '— Maillage, les réseaux partenaires de la CTG',
  ].join('\n');
  const items = new SafeHtml(slots.map((slot) => html`<li>${slot}</li>`.markup).join(''));
  const body = html`<p>Bonjour ${data.firstName},</p>
    <p>
      Pour fixer la date de la réunion « ${data.meetingTitle} » (${data.networks}), dites-nous quand vous êtes disponible (heure
      de Paris) :
    </p>
    <ul>
      ${items}
    </ul>
    <p>
      <a
        href="${data.link}"
        style="display:inline-block;padding:12px 20px;background:#1f4e79;color:#ffffff;text-decoration:none;border-radius:6px"
        >Donner mes disponibilités</a
      >
    </p>
    <p>Répondez d’ici le ${until}. Ce lien est personnel : ne le transférez pas.</p>`;
  return { subject, text, html: mailLayout(subject, body) };
}
