import 'reflect-metadata';
import path from 'node:path';
import { DateTimeResolver } from 'graphql-scalars';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { CommuneResolver } from '../directory/commune.resolver';
import { OrganizationResolver } from '../directory/organization.resolver';
import { PersonResolver } from '../directory/person.resolver';
import { ServiceResolver } from '../directory/service.resolver';
import { TerritoryResolver } from '../directory/territory.resolver';
import { MembershipResolver } from '../networks/membership.resolver';
import { NetworkResolver } from '../networks/network.resolver';
import { NetworkLinkResolver, NetworkLinksFieldResolver } from '../networks/links/network-link.resolver';
import { NodeResolver } from './node.resolver';
import { jsonReads } from './json-reads';
import { answerCompiledObjects } from './sql-json/compiled-resolvers';
import { AccountResolver } from '../accounts/account.resolver';
import { auditMutations } from '../accounts/audit';
import { AuditResolver } from '../accounts/audit.resolver';
import { PersonalDataResolver } from '../accounts/personal-data.resolver';
import { UserAdminResolver } from '../accounts/user-admin.resolver';
import { OrganizationEditingResolver } from '../directory/organization-editing.resolver';
import { MembershipManagementResolver } from '../networks/membership-management.resolver';
import { authChecker } from '../accounts/auth-checker';
import { FailedJobsResolver } from '../jobs/failed-jobs.resolver';
import { SentMailsResolver } from '../mail/sent-mails.resolver';
import { ActionItemResolver } from '../meetings/action-item.resolver';
import { InvitationResolver } from '../meetings/invitation.resolver';
import { MeetingResolver } from '../meetings/meeting.resolver';
import { NetworkMeetingsResolver } from '../meetings/network-meetings.resolver';
import { SchedulingConflictResolver } from '../meetings/scheduling-conflict.resolver';
import { AvoidPeriodResolver } from '../meetings/slots/avoid-period.resolver';
import { DatePollFieldsResolver, MeetingDatePollResolver } from '../meetings/polls/date-poll-fields.resolver';
import { DatePollResolver } from '../meetings/polls/date-poll.resolver';
import { MeetingSeriesFieldResolver, MeetingSeriesResolver } from '../meetings/series/meeting-series.resolver';
import { PollAnswerResolver, PollParticipantResolver, PollSlotResolver } from '../meetings/polls/poll-slot.resolver';
import { SlotSuggestionResolver } from '../meetings/slots/slot-suggestion.resolver';
import { NetworkCalendarResolver, UserCalendarResolver } from '../meetings/calendar/calendar.resolver';
import { InvitationLinkResolver } from '../meetings/calendar/invitation-link.resolver';
import { AgendaItemResolver } from '../meetings/agenda/agenda.resolver';
import { MeetingAgendaResolver, OrganizationDossierResolver } from '../meetings/agenda/meeting-agenda.resolver';
import { RoadmapObjectiveResolver, RoadmapOrientationResolver } from '../roadmap/roadmap.resolver';
import { RoadmapActionResolver, RoadmapActionUpdateResolver } from '../roadmap/roadmap-action.resolver';
import {
  AgendaItemRoadmapResolver,
  MeetingRoadmapResolver,
  RoadmapLinksResolver,
  TrainingRoadmapResolver,
} from '../roadmap/roadmap-links.resolver';
import { RoadmapDashboardResolver } from '../roadmap/dashboard/dashboard.resolver';
import { NetworkTrainingsResolver } from '../trainings/network-trainings.resolver';
import { RegistrationResolver } from '../trainings/registration.resolver';
import { SeatLinkResolver } from '../trainings/seat-link.resolver';
import { TrainingResolver } from '../trainings/training.resolver';
import { TrainingSessionResolver } from '../trainings/training-session.resolver';

const resolvers: NonEmptyArray<Function> = [
  NodeResolver,
  TerritoryResolver,
  CommuneResolver,
  OrganizationResolver,
  ServiceResolver,
  PersonResolver,
  NetworkResolver,
  MembershipResolver,
  NetworkLinkResolver,
  NetworkLinksFieldResolver,
  AccountResolver,
  UserAdminResolver,
  AuditResolver,
  PersonalDataResolver,
  OrganizationEditingResolver,
  MembershipManagementResolver,
  FailedJobsResolver,
  SentMailsResolver,
  MeetingResolver,
  AgendaItemResolver,
  MeetingAgendaResolver,
  OrganizationDossierResolver,
  InvitationResolver,
  ActionItemResolver,
  NetworkMeetingsResolver,
  SchedulingConflictResolver,
  MeetingSeriesResolver,
  MeetingSeriesFieldResolver,
  AvoidPeriodResolver,
  SlotSuggestionResolver,
  DatePollResolver,
  DatePollFieldsResolver,
  MeetingDatePollResolver,
  PollSlotResolver,
  PollParticipantResolver,
  PollAnswerResolver,
  InvitationLinkResolver,
  NetworkCalendarResolver,
  UserCalendarResolver,
  RoadmapOrientationResolver,
  RoadmapObjectiveResolver,
  RoadmapActionResolver,
  RoadmapActionUpdateResolver,
  RoadmapLinksResolver,
  MeetingRoadmapResolver,
  AgendaItemRoadmapResolver,
  TrainingRoadmapResolver,
  RoadmapDashboardResolver,
  TrainingResolver,
  TrainingSessionResolver,
  RegistrationResolver,
  NetworkTrainingsResolver,
  SeatLinkResolver,
];

export const SCHEMA_FILE = path.resolve(
  __dirname,
  '..',
  '..',
  '..',
  __filename.endsWith('.ts') ? '' : '..',
  'schema',
  'schema.graphql',
);

export async function buildMaillageSchema() {
  const schema = await buildSchema({
    resolvers,
    // The contract names the scalar DateTime; type-graphql 2 would call it DateTimeISO.
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    validate: { forbidUnknownValues: false },
    authChecker,
  });
  return answerCompiledObjects(auditMutations(schema), jsonReads.types);
}
