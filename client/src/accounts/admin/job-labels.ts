import type { MailStatus } from '../../gql/graphql';

/** The background jobs by queue name, in French; an unknown queue shows its name. */
export const JOB_NAME_LABELS: Record<string, string> = {
  'mail.send': 'Envoi d’un courriel',
  'accounts.purge-sessions': 'Nettoyage des sessions expirées',
  'accounts.purge-invitations': 'Nettoyage des invitations utilisées ou expirées',
  'accounts.purge-rate-limits': 'Nettoyage des compteurs de tentatives de connexion',
};

export const jobLabel = (name: string) => JOB_NAME_LABELS[name] ?? name;

export const MAIL_STATUS_LABELS: Record<MailStatus, string> = {
  QUEUED: 'En attente d’envoi',
  SENT: 'Envoyé',
  STORED: 'Conservé (pas de serveur d’envoi)',
  FAILED: 'Échec de l’envoi',
};

/** The existing status tags: pending (orange), done (blue), refused (grey). */
export const MAIL_STATUS_TAGS: Record<MailStatus, 'pending' | 'done' | 'refused'> = {
  QUEUED: 'pending',
  SENT: 'done',
  STORED: 'done',
  FAILED: 'refused',
};
