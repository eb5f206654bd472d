import { accountInvitationMail } from './templates/account-invitation.mail';

/** What a template renders: every message has a plain-text part and an HTML part. */
export interface MailContent {
  subject: string;
  text: string;
  html: string;
}

/** The templates `queueMail` knows by name; each is a small function of its data. */
export const MAIL_TEMPLATES = {
  accountInvitation: accountInvitationMail,
} satisfies Record<string, (data: never) => MailContent>;

export type MailTemplateName = keyof typeof MAIL_TEMPLATES;
export type MailTemplateData<Name extends MailTemplateName> = Parameters<(typeof MAIL_TEMPLATES)[Name]>[0];

export function renderMail<Name extends MailTemplateName>(template: Name, data: MailTemplateData<Name>): MailContent {
  return (MAIL_TEMPLATES[template] as (data: MailTemplateData<Name>) => MailContent)(data);
}
