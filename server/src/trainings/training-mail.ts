import { html, mailLayout, SafeHtml } from '../mail/html';
import type { MailContent } from '../mail/mail-content';
import { FRENCH_DATE_TIME, formatParis } from '../shared/time';
import type { Person } from '../directory/person.entity';
import type { Training } from './training.entity';
import type { TrainingSession } from './training-session.entity';
import { seatLinkUrl, trainingPageUrl } from './training-urls';

export interface TrainingMailSettings {
  publicUrl: string;
}

const SIGNATURE = '— Maillage, les réseaux partenaires de la CTG';

export interface SessionLine {
  session: TrainingSession;
  communeName: string | null;
}

/** « mardi 3 mars 2026 à 9 h 00 – 12 h 30, Salle des fêtes, Crest » (or the video link). */
export function sessionLine({ session, communeName }: SessionLine): string {
  const place = [session.place, communeName].filter(Boolean).join(', ');
  const where = [place, session.onlineUrl ? `en ligne : ${session.onlineUrl}` : null].filter(Boolean).join(' — ');
  return `${formatParis(session.startsAt, FRENCH_DATE_TIME)} – ${formatParis(session.endsAt, "H 'h' mm")}${where ? `, ${where}` : ''}`;
}

const join = (parts: SafeHtml[]) => new SafeHtml(parts.map((part) => part.markup).join('\n'));

function render(
  subject: string,
  person: Person,
  lead: string,
  sessions: SessionLine[],
  links: Array<[string, string]>,
): MailContent {
  const lines = sessions.map(sessionLine);
  const text = [
    `Bonjour ${person.firstName},`,
    '',
    lead,
    '',
    'Séances (heure de Paris) :',
    ...lines.map((line) => `- ${line}`),
    '',
    ...links.map(([words, link]) => `${words} : ${link}`),
    '',
    SIGNATURE,
  ].join('\n');
  const markup = html`<p>Bonjour ${person.firstName},</p>
    <p>${lead}</p>
    <p><strong>Séances (heure de Paris) :</strong></p>
    <ul>
      ${join(lines.map((line) => html`<li>${line}</li>`))}
    </ul>
    ${join(links.map(([words, link]) => html`<p><a href="${link}">${words}</a></p>`))}`;
  return { subject, text, html: mailLayout(subject, markup) };
}

/** A seat freed up and is now theirs, with the one-click link to give it back. */
export function promotionMail(
  training: Training,
  person: Person,
  sessions: SessionLine[],
  settings: TrainingMailSettings,
  token: string,
): MailContent {
  return render(
    `Une place s’est libérée : ${training.title}`,
    person,
    `Une place s’est libérée à la formation « ${training.title} » : vous étiez en liste d’attente, votre inscription est confirmée.`,
    sessions,
    [
      ['Voir la formation', trainingPageUrl(settings.publicUrl, training.id)],
      ['Vous ne pouvez plus venir ? Libérez votre place en un clic (sans compte)', seatLinkUrl(settings.publicUrl, token)],
    ],
  );
}

/** The reminder the day before a session, with the link to give the seat back. */
export function reminderMail(
  training: Training,
  person: Person,
  session: SessionLine,
  settings: TrainingMailSettings,
  token: string,
): MailContent {
  return render(
    `Rappel : ${training.title}, demain à ${formatParis(session.session.startsAt, "H 'h' mm")}`,
    person,
    `Rappel : une séance de la formation « ${training.title} » a lieu demain.`,
    [session],
    [
      ['Voir la formation', trainingPageUrl(settings.publicUrl, training.id)],
      ['Vous ne pouvez plus venir ? Libérez votre place en un clic (sans compte)', seatLinkUrl(settings.publicUrl, token)],
    ],
  );
}
