import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, Int, ObjectType } from 'type-graphql';
import { loadBatched } from '../shared/load';

@ObjectType({ description: 'How the invitees of a meeting answered.' })
export class AnswerCounts {
  @Field(() => Int) yes!: number;
  @Field(() => Int) maybe!: number;
  @Field(() => Int) no!: number;
  @Field(() => Int) pending!: number;
  @Field(() => Int, { description: 'Present, once attendance is recorded.' }) attended!: number;
}

/** Each count as an aggregate over a meeting's invitations: the batched read below and compiled reads share them. */
export const ANSWER_COUNT_SQL: Record<keyof AnswerCounts, string> = {
  yes: `count(*) filter (where response = 'YES')`,
  maybe: `count(*) filter (where response = 'MAYBE')`,
  no: `count(*) filter (where response = 'NO')`,
  pending: `count(*) filter (where response = 'PENDING')`,
  attended: `count(*) filter (where attended)`,
};

const NONE: AnswerCounts = { yes: 0, maybe: 0, no: 0, pending: 0, attended: 0 };

/** One grouped query for every meeting of the page (a calendar month, a list). */
export function answerCountsOf(em: EntityManager, meetingId: string): Promise<AnswerCounts> {
  return loadBatched(
    em,
    'meetingAnswerCounts',
    async (ids) => {
      const counts = Object.entries(ANSWER_COUNT_SQL).map(([name, count]) => `${count} as ${name}`);
      const rows = await em
        .getConnection()
        .execute<Array<{ meeting_id: string } & Record<keyof AnswerCounts, string>>>(
          `select meeting_id, ${counts.join(', ')} from invitation where meeting_id in (?) group by meeting_id`,
          [ids],
        );
      return new Map(
        rows.map((r) => [r.meeting_id, { yes: +r.yes, maybe: +r.maybe, no: +r.no, pending: +r.pending, attended: +r.attended }]),
      );
    },
    meetingId,
  ).then((counts) => counts ?? NONE);
}
