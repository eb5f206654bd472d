import { registerEnumType } from 'type-graphql';

export enum ActionStatus {
  NOT_STARTED = 'NOT_STARTED',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  ABANDONED = 'ABANDONED',
}

/** How an organisation takes part in an action: it carries it, or the document names it beside. */
export enum ActionOrganizationRole {
  LEAD = 'LEAD',
  PARTNER = 'PARTNER',
}

registerEnumType(ActionStatus, { name: 'ActionStatus', description: 'Where a roadmap action stands.' });
