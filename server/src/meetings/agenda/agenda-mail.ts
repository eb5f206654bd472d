import type { EntityManager } from '@mikro-orm/postgresql';
import { html, mailLayout, SafeHtml } from '../../mail/html';
import { queueMail } from '../../mail/queue-mail';
import { FRENCH_DATE_TIME, formatParis } from '../../shared/time';
import { invitationIcs, invitationParts } from '../calendar/meeting-ical';
import { meetingPageUrl } from '../calendar/calendar-urls';
import type { MeetingMailSettings } from '../calendar/meeting-mail';
import type { Invitation } from '../invitation.entity';
import type { Meeting } from '../meeting.entity';
import type { AgendaItem } from './agenda-item.entity';
import { AgendaItemStatus } from './agenda.enums';
import { timeBudget } from './agenda-budget';

const SIGNATURE = '— Maillage, les réseaux partenaires de la CTG';

const REVIEW_WORDS: Record<AgendaItemStatus, string> = {
  [AgendaItemStatus.PROPOSED]: 'est en attente',
  [AgendaItemStatus.ACCEPTED]: "est inscrit à l'ordre du jour",
  [AgendaItemStatus.DEFERRED]: 'est reporté à une prochaine réunion',
  [AgendaItemStatus.REJECTED]: "n'est pas retenu",
};

/** Tells the proposer what the animators made of their point (in the review's transaction). */
export async function tellProposer(em: EntityManager, meeting: Meeting, item: AgendaItem) {
  const proposer = item.proposedBy ? await item.proposedBy.load() : null;
  if (!proposer?.email) return;
  const lead = `Votre proposition « ${item.title} » pour la réunion « ${meeting.title} » du ${formatParis(meeting.startsAt, FRENCH_DATE_TIME)} ${REVIEW_WORDS[item.status]}.`;
  const comment = item.reviewComment ? `Commentaire : ${item.reviewComment}` : '';
  const subject = `Votre proposition pour l'ordre du jour : ${item.title}`;
  await queueMail(em, {
    to: proposer.email,
    subject,
    text: [`Bonjour ${proposer.firstName},`, '', lead, comment, '', SIGNATURE].join('\n'),
    html: mailLayout(
      subject,
      html`<p>Bonjour ${proposer.firstName},</p>
        <p>${lead}</p>
        <p>${comment}</p>`,
    ),
  });
}

/** The published agenda (ordre du jour) as one invitee's mail, with the meeting's calendar invitation. */
export async function agendaMail(meeting: Meeting, items: AgendaItem[], invitation: Invitation, settings: MeetingMailSettings) {
  const person = invitation.person.getEntity();
  const lines = timeBudget(meeting, items).slots.map(
    ({ item, startsAt }) => `${formatParis(startsAt, "H 'h' mm")} — ${item.title} (${item.durationMinutes} min)`,
  );
  const again = meeting.agendaMailedAt ? ' (mis à jour)' : '';
  const subject = `Ordre du jour${again} : ${meeting.title}`;
  const when = formatParis(meeting.startsAt, FRENCH_DATE_TIME);
  const link = meetingPageUrl(settings.publicUrl, meeting.id);
  const text = [
    `Bonjour ${person.firstName},`,
    '',
    `Ordre du jour de la réunion du ${when} (heure de Paris) :`,
    '',
    ...lines,
    '',
    link,
    '',
    SIGNATURE,
  ];
  const list = new SafeHtml(lines.map((line) => html`<li>${line}</li>`.markup).join(''));
  const body = html`<p>Bonjour ${person.firstName},</p>
    <p>Ordre du jour de la réunion du ${when} (heure de Paris) :</p>
    <ol>
      ${list}
    </ol>
    <p><a href="${link}">Voir la réunion</a></p>`;
  const invitee = { email: person.email!, name: `${person.firstName} ${person.lastName}`, response: invitation.response };
  const ics = await invitationIcs(meeting, 'REQUEST', invitee, settings);
  return { subject, text: text.join('\n'), html: mailLayout(subject, body), ...invitationParts(ics, 'REQUEST') };
}
