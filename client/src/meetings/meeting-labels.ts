import type { MeetingKind, MeetingStatus, RsvpResponse } from '../gql/graphql';

// French wording of the meetings' enums; the order of each record is the order of the select lists.

export const MEETING_KIND_LABELS: Record<MeetingKind, string> = {
  NETWORK_MEETING: 'Réunion de réseau',
  JOINT_MEETING: 'Réunion commune à plusieurs réseaux',
  COMMISSION: 'Commission',
  STEERING_COMMITTEE: 'Comité de pilotage',
  PARTNER_CONSULTATION: 'Consultation des partenaires',
};

export const MEETING_STATUS_LABELS: Record<MeetingStatus, string> = {
  DRAFT: 'En préparation',
  SCHEDULED: 'Programmée',
  HELD: 'Tenue',
  CANCELLED: 'Annulée',
};

/** An invitee's answer; « si besoin » is the CTG's word for "maybe". */
export const RSVP_LABELS: Record<RsvpResponse, string> = {
  YES: 'Oui',
  MAYBE: 'Si besoin',
  NO: 'Non',
  PENDING: 'Sans réponse',
};

/** What an invitee said, as a sentence about them. */
export const RSVP_SENTENCES: Record<RsvpResponse, string> = {
  YES: 'Vous venez.',
  MAYBE: 'Vous viendrez si besoin.',
  NO: 'Vous ne venez pas.',
  PENDING: 'Vous n’avez pas encore répondu.',
};
