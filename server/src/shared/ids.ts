import { randomUUID } from 'node:crypto';

/**
 * Ids are opaque strings that carry their type ("org_…", "net_…"), so `node(id)` knows which table
 * to read without a translation layer, and an id pasted into a log tells what it names.
 */
export const ID_PREFIXES = {
  Territory: 'ter',
  Organization: 'org',
  Service: 'svc',
  Person: 'per',
  Network: 'net',
  Membership: 'mem',
  User: 'usr',
  AccountInvitation: 'inv',
  AuditEntry: 'aud',
  ErasureRequest: 'era',
  Meeting: 'mtg',
  Invitation: 'rsv',
  ActionItem: 'act',
  MeetingSeries: 'ser',
  DatePoll: 'dpl',
  PollSlot: 'pls',
  AvoidPeriod: 'avp',
  AgendaItem: 'agi',
  RoadmapOrientation: 'rmo',
  RoadmapObjective: 'rmj',
  RoadmapAction: 'rma',
  Training: 'trn',
  TrainingSession: 'tss',
  Registration: 'reg',
  NetworkLink: 'nlk',
} as const;

export type NodeTypeName = keyof typeof ID_PREFIXES;

export function newId(type: NodeTypeName): string {
  return `${ID_PREFIXES[type]}_${randomUUID().replace(/-/g, '')}`;
}

export function typeOfId(id: string): NodeTypeName | undefined {
  const prefix = id.split('_', 1)[0];
  return (Object.keys(ID_PREFIXES) as NodeTypeName[]).find((type) => ID_PREFIXES[type] === prefix);
}
