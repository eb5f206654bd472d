import { registerEnumType } from 'type-graphql';

export enum MeetingKind {
  NETWORK_MEETING = 'NETWORK_MEETING',
  JOINT_MEETING = 'JOINT_MEETING',
  COMMISSION = 'COMMISSION',
  STEERING_COMMITTEE = 'STEERING_COMMITTEE',
  PARTNER_CONSULTATION = 'PARTNER_CONSULTATION',
}

export enum MeetingStatus {
  DRAFT = 'DRAFT',
  SCHEDULED = 'SCHEDULED',
  HELD = 'HELD',
  CANCELLED = 'CANCELLED',
}

export enum RsvpResponse {
  PENDING = 'PENDING',
  YES = 'YES',
  NO = 'NO',
  MAYBE = 'MAYBE',
}

registerEnumType(MeetingKind, {
  name: 'MeetingKind',
  valuesConfig: {
    NETWORK_MEETING: { description: 'A meeting of one network.' },
    JOINT_MEETING: { description: 'One meeting owned by several networks (transversality).' },
    COMMISSION: { description: 'A session of a commission (e.g. the AVS orientation commission).' },
    STEERING_COMMITTEE: { description: 'The semestrial steering committee of the CTG.' },
    PARTNER_CONSULTATION: { description: 'The biennial consultation of all partners.' },
  },
});
registerEnumType(MeetingStatus, {
  name: 'MeetingStatus',
  valuesConfig: {
    DRAFT: { description: 'Being prepared (e.g. its date is being polled): nobody is invited yet.' },
    SCHEDULED: { description: 'Dated; invitations sent.' },
    HELD: { description: 'Took place.' },
    CANCELLED: { description: 'Called off; invitees were told.' },
  },
});
registerEnumType(RsvpResponse, { name: 'RsvpResponse' });
