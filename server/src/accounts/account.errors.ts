import { errorTable, type ErrorSpec } from '../shared/errors';

/** Why an accounts operation was refused, with the French message the client shows. */
export const accountError = errorTable({
  BAD_CREDENTIALS: { code: 'UNAUTHENTICATED', message: 'Adresse e-mail ou mot de passe incorrect.' },
  DEMO_ACCOUNTS_DISABLED: { code: 'FORBIDDEN', message: 'Les comptes de démonstration sont désactivés sur cette instance.' },
  TOO_MANY_ATTEMPTS: {
    code: 'RATE_LIMITED',
    message: ({ minutes }: { minutes: number }) =>
      `Trop de tentatives de connexion. Réessayez dans ${minutes} minute${minutes > 1 ? 's' : ''}.`,
  },
  EMAIL_TAKEN: { code: 'CONFLICT', message: 'Un compte existe déjà pour cette adresse e-mail.', field: 'email' },
  PERSON_NOT_FOUND: { code: 'BAD_USER_INPUT', message: 'Personne introuvable.', field: 'personId' },
  INVITATION_INVALID: {
    code: 'BAD_USER_INPUT',
    message: "Ce lien d'invitation n'est plus valable : demandez-en un nouveau.",
    field: 'token',
  },
  USER_NOT_FOUND: { code: 'NOT_FOUND', message: 'Compte introuvable.' },
  OWN_ROLE: { code: 'BAD_USER_INPUT', message: 'Vous ne pouvez pas changer le rôle de votre propre compte.', field: 'id' },
  OWN_DISABLE: { code: 'BAD_USER_INPUT', message: 'Vous ne pouvez pas désactiver votre propre compte.', field: 'id' },
  ERASURE_PENDING: { code: 'CONFLICT', message: "Une demande d'effacement est déjà en cours de traitement." },
  ERASURE_NOT_FOUND: { code: 'NOT_FOUND', message: "Demande d'effacement introuvable." },
  ERASURE_HANDLED: { code: 'CONFLICT', message: 'Cette demande a déjà été traitée.' },
  REASON_TOO_LONG: { code: 'BAD_USER_INPUT', message: 'Le motif ne peut pas dépasser 1 000 caractères.', field: 'reason' },
  ADMIN_ONLY: { code: 'FORBIDDEN', message: 'Seule la coordination peut faire cela.' },
} satisfies Record<string, ErrorSpec>);
