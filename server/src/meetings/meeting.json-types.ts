import { column, frenchOrder, instant, toMany, toOne, type FieldCompiler, type TypeSpecs } from '../graphql/sql-json/compile';
import { AgendaItemStatus } from './agenda/agenda.enums';
import { ANSWER_COUNT_SQL, type AnswerCounts } from './answer-counts';
import { CALENDAR_LIMIT } from './meeting-queries';
import { readableAgendaSql, readableMeetingsSql } from './meeting.policy';

/** How the invitees answered (answer-counts.ts), only the counts asked for. */
const answerCounts: FieldCompiler = (meeting, field) => {
  const counts = [...field.selection.keys()].map((name) =>
    Object.hasOwn(ANSWER_COUNT_SQL, name) ? `'${name}', ${ANSWER_COUNT_SQL[name as keyof AnswerCounts]}` : null,
  );
  if (counts.includes(null)) return null;
  return `(select json_build_object(${counts.join(', ')}) from invitation where meeting_id = ${meeting}.id)`;
};

/** The accepted items in order, where the viewer may read the agenda (canReadAgenda), else none. */
const agenda: FieldCompiler = (meeting, field, sql) => {
  const readable = readableAgendaSql(sql.viewer, meeting, sql);
  const items = toMany('AgendaItem', {
    from: (m, a) => `from agenda_item ${a} where ${a}.meeting_id = ${m}.id and ${a}.status = '${AgendaItemStatus.ACCEPTED}'`,
    orderBy: (a) => `coalesce(${a}.position, 0), ${a}.created_at, ${a}.id`,
  })(meeting, field, sql);
  return items && `case when ${readable} then ${items} else '[]' end`;
};

/** A network's meetings in a period, those the viewer may read (networkCalendar in meeting-queries.ts). */
const networkMeetings = toMany('Meeting', {
  from: (network, m, sql, field) => {
    const inner = `${m}_in`;
    // Placeholders in the order of the text.
    const readable = readableMeetingsSql(sql.viewer, inner, sql);
    const from = field.args.from ? ` and ${inner}.ends_at > ${sql.param(field.args.from)}` : '';
    const to = field.args.to ? ` and ${inner}.starts_at < ${sql.param(field.args.to)}` : '';
    return `from (select ${inner}.* from meeting ${inner}
        where exists (select 1 from meeting_network mn where mn.meeting_id = ${inner}.id and mn.network_id = ${network}.id)
          and ${readable}${from}${to}
        order by ${inner}.starts_at, ${inner}.id limit ${CALENDAR_LIMIT}) ${m}`;
  },
  orderBy: (m) => `${m}.starts_at, ${m}.id`,
});

const person = (column: string) => toOne('Person', { from: (a, p) => `from person ${p} where ${p}.id = ${a}.${column}` });

export const meetingJsonTypes: TypeSpecs = {
  Network: { meetings: networkMeetings },
  Meeting: {
    id: column('id'),
    title: column('title'),
    kind: column('kind'),
    status: column('status'),
    startsAt: instant('starts_at'),
    endsAt: instant('ends_at'),
    place: column('place'),
    onlineUrl: column('online_url'),
    description: column('description'),
    isPublic: column('is_public'),
    cancellationReason: column('cancellation_reason'),
    version: column('version'),
    createdAt: instant('created_at'),
    updatedAt: instant('updated_at'),
    agendaPublishedAt: instant('agenda_published_at'),
    agendaChangedAt: instant('agenda_changed_at'),
    networks: toMany('Network', {
      from: (m, n) => `from network ${n} where ${n}.id in (select network_id from meeting_network where meeting_id = ${m}.id)`,
      orderBy: (n) => `${frenchOrder(`${n}.name`)}, ${n}.name, ${n}.id`,
    }),
    commune: toOne('Commune', { from: (m, c) => `from commune ${c} where ${c}.insee_code = ${m}.commune_insee_code` }),
    answerCounts,
    agenda,
  },
  AgendaItem: {
    id: column('id'),
    title: column('title'),
    description: column('description'),
    kind: column('kind'),
    status: column('status'),
    durationMinutes: column('duration_minutes'),
    links: column('links'),
    reviewComment: column('review_comment'),
    reviewedAt: instant('reviewed_at'),
    outcome: column('outcome'),
    opinion: column('opinion'),
    outcomeRecordedAt: instant('outcome_recorded_at'),
    createdAt: instant('created_at'),
    position: (a) => `coalesce(${a}.position, -1)`,
    proposedBy: person('proposed_by_id'),
    presenter: person('presenter_id'),
    reviewedBy: person('reviewed_by_id'),
    organization: toOne('Organization', { from: (a, o) => `from organization ${o} where ${o}.id = ${a}.organization_id` }),
  },
};
