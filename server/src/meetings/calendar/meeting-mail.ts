import { html, mailLayout, SafeHtml } from '../../mail/html';
import type { MailContent } from '../../mail/mail-content';
import type { MailPart } from '../../mail/mail-message.entity';
import { FRENCH_DATE_TIME, formatParis } from '../../shared/time';
import { answerLinkUrl, meetingPageUrl } from './calendar-urls';
import type { Invitation } from '../invitation.entity';
import type { Meeting } from '../meeting.entity';
import { RsvpResponse } from '../meeting.enums';
import { invitationIcs, invitationParts } from './meeting-ical';

export type AnnouncementMethod = 'REQUEST' | 'CANCEL';

export interface MeetingMailSettings {
  /** Base of the links (PUBLIC_URL). */
  publicUrl: string;
  /** The sender (MAIL_FROM), also the ORGANIZER of the calendar invitation. */
  mailFrom: string;
}

export type MeetingMail = MailContent & { alternatives?: MailPart[]; attachments?: MailPart[] };

const SIGNATURE = '— Maillage, les réseaux partenaires de la CTG';

const RESPONSE_LABEL: Record<RsvpResponse, string> = {
  [RsvpResponse.PENDING]: 'pas encore de réponse',
  [RsvpResponse.YES]: 'vous venez',
  [RsvpResponse.NO]: 'vous ne venez pas',
  [RsvpResponse.MAYBE]: 'peut-être',
};

function subjectOf(meeting: Meeting, method: AnnouncementMethod): string {
  if (method === 'CANCEL') return `Annulée : ${meeting.title}`;
  return meeting.sequence > 0 ? `Modifiée : ${meeting.title}` : `Invitation : ${meeting.title}`;
}

const whenOf = (meeting: Meeting) =>
  `${formatParis(meeting.startsAt, FRENCH_DATE_TIME)} – ${formatParis(meeting.endsAt, "H 'h' mm")}`;

/** Where it happens, in words: the place and commune, and/or the video link. */
async function whereOf(meeting: Meeting): Promise<string> {
  const commune = meeting.commune ? (await meeting.commune.load())?.name : null;
  const place = [meeting.place, commune].filter(Boolean).join(', ');
  return [place, meeting.onlineUrl ? `en ligne : ${meeting.onlineUrl}` : null].filter(Boolean).join(' — ') || 'lieu à préciser';
}

interface Body {
  firstName: string;
  lead: string;
  when: string;
  where: string;
  /** Lines after the when and where: [text, the link it names or null]. */
  actions: Array<[string, string | null]>;
}

function render(subject: string, body: Body): MailContent {
  const text = [
    `Bonjour ${body.firstName},`,
    '',
    body.lead,
    '',
    `Quand : ${body.when} (heure de Paris)`,
    `Où : ${body.where}`,
    '',
    ...body.actions.map(([words, link]) => (link ? `${words} : ${link}` : words)),
    '',
    SIGNATURE,
  ].join('\n');
  const actions = body.actions.map(([words, link]) =>
    link ? html`<p><a href="${link}">${words}</a></p>` : html`<p>${words}</p>`,
  );
  const markup = html`<p>Bonjour ${body.firstName},</p>
    <p>${body.lead}</p>
    <p><strong>Quand :</strong> ${body.when} (heure de Paris)<br /><strong>Où :</strong> ${body.where}</p>
    ${new SafeHtml(actions.map((action) => action.markup).join('\n'))}`;
  return { subject, text, html: mailLayout(subject, markup) };
}

/**
 * The mail an invitee receives when a meeting is scheduled, moved or cancelled, with the calendar
 * invitation (REQUEST or CANCEL) and, unless cancelled, their personal answer link.
 */
export async function meetingMail(
  meeting: Meeting,
  invitation: Invitation,
  method: AnnouncementMethod,
  settings: MeetingMailSettings,
  answerToken: string | null,
): Promise<MeetingMail> {
  const person = invitation.person.getEntity();
  const networks = meeting.networks
    .getItems()
    .map((n) => n.name)
    .join(', ');
  const lead =
    method === 'CANCEL'
      ? `La réunion « ${meeting.title} » est annulée.${meeting.cancellationReason ? ` Motif : ${meeting.cancellationReason}` : ''}`
      : meeting.sequence > 0
        ? `La réunion « ${meeting.title} » a changé. Voici ce qui vaut désormais :`
        : `Vous êtes invité·e à la réunion « ${meeting.title} » (${networks}).`;
  const actions: Body['actions'] =
    method === 'CANCEL'
      ? [['Votre agenda retirera l’événement.', null]]
      : [
          ...(answerToken
            ? [['Répondre (sans compte, en un clic)', answerLinkUrl(settings.publicUrl, answerToken)] as [string, string]]
            : []),
          ['Voir l’ordre du jour', meetingPageUrl(settings.publicUrl, meeting.id)],
          ['L’invitation jointe (invite.ics) ajoute la réunion à votre agenda et le tient à jour.', null],
        ];
  const content = render(subjectOf(meeting, method), {
    firstName: person.firstName,
    lead,
    when: whenOf(meeting),
    where: await whereOf(meeting),
    actions,
  });
  const invitee = { email: person.email ?? '', name: `${person.firstName} ${person.lastName}`, response: invitation.response };
  return { ...content, ...invitationParts(await invitationIcs(meeting, method, invitee, settings), method) };
}

/** The reminder the day before, with the invitee's answer so far and a link to change it. */
export async function reminderMail(
  meeting: Meeting,
  invitation: Invitation,
  settings: MeetingMailSettings,
  answerToken: string,
): Promise<MeetingMail> {
  const person = invitation.person.getEntity();
  const subject = `Rappel : ${meeting.title}, demain à ${formatParis(meeting.startsAt, "H 'h' mm")}`;
  const lead = `Rappel : la réunion « ${meeting.title} » a lieu demain. Votre réponse : ${RESPONSE_LABEL[invitation.response]}.`;
  return render(subject, {
    firstName: person.firstName,
    lead,
    when: whenOf(meeting),
    where: await whereOf(meeting),
    actions: [
      [
        invitation.response === RsvpResponse.PENDING ? 'Répondre (sans compte, en un clic)' : 'Changer ma réponse',
        answerLinkUrl(settings.publicUrl, answerToken),
      ],
      ['Voir l’ordre du jour', meetingPageUrl(settings.publicUrl, meeting.id)],
    ],
  });
}
