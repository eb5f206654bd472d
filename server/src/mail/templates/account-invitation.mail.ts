import { UserRole } from '../../accounts/account.enums';
import { FRENCH_DATE_TIME, formatParis } from '../../shared/time';
import { html, mailLayout } from '../html';
import type { MailContent } from '../mail-content';

export interface AccountInvitationMailData {
  /** Base of every link (config.publicUrl). */
  publicUrl: string;
  /** The secret of the invitation (only its hash is stored). */
  token: string;
  displayName: string;
  inviterName: string;
  role: UserRole;
  expiresAt: Date;
}

const ROLE_IN_FRENCH: Record<UserRole, string> = {
  [UserRole.PARTNER]: 'partenaire',
  [UserRole.ANIMATOR]: 'animateur·rice de réseau',
  [UserRole.ADMIN]: 'coordination (administrateur·rice)',
};

/** The page where an invitation is accepted (the client's /invitation/:token route). */
export const invitationUrl = (publicUrl: string, token: string) =>
  `${publicUrl.replace(/\/+$/, '')}/invitation/${encodeURIComponent(token)}`;

export function accountInvitationMail(data: AccountInvitationMailData): MailContent {
  const subject = 'Vous êtes invité·e sur Maillage';
  const link = invitationUrl(data.publicUrl, data.token);
  const role = ROLE_IN_FRENCH[data.role];
  const until = formatParis(data.expiresAt, FRENCH_DATE_TIME);
  const text = [
    `Bonjour ${data.displayName},`,
    '',
    `${data.inviterName} vous invite à rejoindre Maillage, la plateforme des réseaux partenaires de la CTG, avec le rôle « ${role} ».`,
    '',
    'Pour créer votre compte et choisir votre mot de passe, ouvrez ce lien :',
    link,
    '',
    `Ce lien est personnel et ne sert qu’une fois. Il est valable jusqu’au ${until} (heure de Paris).`,
    'Si vous ne vous attendiez pas à cette invitation, ignorez simplement ce message.',
  ].join('\n');
  const body = html` <p>Bonjour ${data.displayName},</p>
    <p>
      ${data.inviterName} vous invite à rejoindre Maillage, la plateforme des réseaux partenaires de la CTG, avec le rôle «
      <strong>${role}</strong> ».
    </p>
    <p>
      <a
        href="${link}"
        style="display:inline-block;padding:12px 20px;background:#1f4e79;color:#ffffff;text-decoration:none;border-radius:6px"
        >Créer mon compte</a
      >
    </p>
    <p>Ou copiez ce lien dans votre navigateur :<br /><a href="${link}">${link}</a></p>
    <p>Ce lien est personnel et ne sert qu’une fois. Il est valable jusqu’au ${until} (heure de Paris).</p>
    <p style="color:#5c5c58">Si vous ne vous attendiez pas à cette invitation, ignorez simplement ce message.</p>`;
  return { subject, text, html: mailLayout(subject, body) };
}
