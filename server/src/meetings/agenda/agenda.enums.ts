import { registerEnumType } from 'type-graphql';

export enum AgendaItemKind {
  INFORMATION = 'INFORMATION',
  DISCUSSION = 'DISCUSSION',
  OPINION = 'OPINION',
  DECISION = 'DECISION',
}

export enum AgendaItemStatus {
  PROPOSED = 'PROPOSED',
  ACCEPTED = 'ACCEPTED',
  DEFERRED = 'DEFERRED',
  REJECTED = 'REJECTED',
}

/** The commission's opinion on an OPINION item (e.g. a structure's renewed social project). */
export enum OpinionKind {
  FAVOURABLE = 'FAVOURABLE',
  RESERVED = 'RESERVED',
  UNFAVOURABLE = 'UNFAVOURABLE',
}

registerEnumType(AgendaItemKind, { name: 'AgendaItemKind' });
registerEnumType(AgendaItemStatus, { name: 'AgendaItemStatus' });
registerEnumType(OpinionKind, { name: 'OpinionKind', description: "The commission's opinion on an OPINION item." });
