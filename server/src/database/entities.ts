import { AccountInvitation } from '../accounts/account-invitation.entity';
import { AuditEntry } from '../accounts/audit-entry.entity';
import { ErasureRequest } from '../accounts/erasure-request.entity';
import { RateLimitCounter } from '../accounts/rate-limit.entity';
import { Session } from '../accounts/session.entity';
import { User } from '../accounts/user.entity';
import { Commune } from '../directory/commune.entity';
import { Organization } from '../directory/organization.entity';
import { Person } from '../directory/person.entity';
import { Service } from '../directory/service.entity';
import { ServiceCommuneServed } from '../directory/service-commune-served.entity';
import { Territory } from '../directory/territory.entity';
import { MailMessage } from '../mail/mail-message.entity';
import { Membership } from '../networks/membership.entity';
import { Network } from '../networks/network.entity';
import { NetworkLink } from '../networks/links/network-link.entity';
import { ActionItem } from '../meetings/action-item.entity';
import { Invitation } from '../meetings/invitation.entity';
import { Meeting } from '../meetings/meeting.entity';
import { MeetingNetwork } from '../meetings/meeting-network.entity';
import { MeetingSeries } from '../meetings/series/meeting-series.entity';
import { CalendarFeed } from '../meetings/calendar/calendar-feed.entity';
import { InvitationLink } from '../meetings/calendar/invitation-link.entity';
import { MeetingReminder } from '../meetings/calendar/meeting-reminder.entity';
import { AvoidPeriod } from '../meetings/slots/avoid-period.entity';
import { DatePoll } from '../meetings/polls/date-poll.entity';
import { PollAnswer } from '../meetings/polls/poll-answer.entity';
import { PollParticipant } from '../meetings/polls/poll-participant.entity';
import { PollSlot } from '../meetings/polls/poll-slot.entity';
import { AgendaItem } from '../meetings/agenda/agenda-item.entity';
import { AgendaItemReview } from '../meetings/agenda/agenda-item-review.entity';
import { RoadmapOrientation } from '../roadmap/roadmap-orientation.entity';
import { RoadmapObjective } from '../roadmap/roadmap-objective.entity';
import { RoadmapAction } from '../roadmap/roadmap-action.entity';
import { RoadmapActionOrganization } from '../roadmap/roadmap-action-organization.entity';
import { RoadmapActionUpdate } from '../roadmap/roadmap-action-update.entity';
import { RoadmapWorkLink } from '../roadmap/roadmap-work-link.entity';
import { Registration } from '../trainings/registration.entity';
import { SeatLink } from '../trainings/seat-link.entity';
import { Training } from '../trainings/training.entity';
import { TrainingAttendance } from '../trainings/training-attendance.entity';
import { TrainingNetwork } from '../trainings/training-network.entity';
import { TrainingReminder } from '../trainings/training-reminder.entity';
import { TrainingSession } from '../trainings/training-session.entity';
import { DirectoryRevision } from '../http/public-cache.entity';

export const entities = [
  Territory,
  Commune,
  Organization,
  Service,
  ServiceCommuneServed,
  Person,
  Network,
  Membership,
  NetworkLink,
  User,
  Session,
  AccountInvitation,
  AuditEntry,
  ErasureRequest,
  RateLimitCounter,
  DirectoryRevision,
  MailMessage,
  Meeting,
  MeetingNetwork,
  Invitation,
  ActionItem,
  MeetingSeries,
  InvitationLink,
  MeetingReminder,
  CalendarFeed,
  DatePoll,
  PollSlot,
  PollParticipant,
  PollAnswer,
  AvoidPeriod,
  AgendaItem,
  AgendaItemReview,
  RoadmapOrientation,
  RoadmapObjective,
  RoadmapAction,
  RoadmapActionOrganization,
  RoadmapActionUpdate,
  RoadmapWorkLink,
  Training,
  TrainingNetwork,
  TrainingSession,
  Registration,
  SeatLink,
  TrainingAttendance,
  TrainingReminder,
];
