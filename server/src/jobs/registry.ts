import { mailSendJob } from '../mail/mail-send.job';
import { announceMeetingJob } from '../meetings/calendar/meeting-announcements';
import { meetingsHeldJob } from '../meetings/meetings-held.job';
import { publishAgendaJob } from '../meetings/agenda/agenda-publication';
import { meetingRemindersJob } from '../meetings/calendar/meeting-reminders.job';
import { seatPromotedJob } from '../trainings/seat-promotion.job';
import { trainingRemindersJob } from '../trainings/training-reminders.job';
import type { JobDefinition } from './job-definition';
import { purgeInvitationsJob, purgeRateLimitsJob, purgeSessionsJob } from './housekeeping.jobs';

/**
 * Every background job, by name: a runner creates their queues, runs their handlers and keeps
 * their schedules. A new area adds its jobs here (`defineJob` beside its service) and queues them
 * with `sendJob(em, job, data)`.
 */
export const JOB_DEFINITIONS: readonly JobDefinition[] = [
  mailSendJob,
  purgeSessionsJob,
  purgeInvitationsJob,
  purgeRateLimitsJob,
  announceMeetingJob,
  meetingRemindersJob,
  meetingsHeldJob,
  publishAgendaJob,
  seatPromotedJob,
  trainingRemindersJob,
];
