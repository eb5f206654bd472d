import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, Int, ObjectType } from 'type-graphql';
import { loadBatched } from '../../shared/load';
import { busyBetween, busyDuring, type Busy } from '../slots/busy-intervals';
import { DatePoll } from './date-poll.entity';
import type { PollSlot } from './poll-slot.entity';

@ObjectType({ description: 'How the participants answered for one slot (counts only).' })
export class SlotTally {
  @Field(() => Int) yes!: number;
  @Field(() => Int) ifNeedBe!: number;
  @Field(() => Int) no!: number;
  @Field(() => Int, { description: 'Participants who have not answered for this slot yet.' }) pending!: number;
}

/** One grouped query for every slot asked in the request. */
export async function tallyOf(em: EntityManager, slotId: string): Promise<SlotTally> {
  const tally = await loadBatched(
    em,
    'pollSlotTallies',
    async (ids) => {
      const rows = await em
        .getConnection()
        .execute<Array<{ slot_id: string; yes: string; if_need_be: string; no: string; pending: string }>>(
          `select s.id as slot_id,
              count(a.answer) filter (where a.answer = 'YES') as yes,
              count(a.answer) filter (where a.answer = 'IF_NEED_BE') as if_need_be,
              count(a.answer) filter (where a.answer = 'NO') as no,
              (select count(*) from poll_participant p where p.poll_id = s.poll_id) - count(a.answer) as pending
       from poll_slot s left join poll_answer a on a.slot_id = s.id
       where s.id in (?) group by s.id, s.poll_id`,
          [ids],
        );
      return new Map(rows.map((r) => [r.slot_id, { yes: +r.yes, ifNeedBe: +r.if_need_be, no: +r.no, pending: +r.pending }]));
    },
    slotId,
  );
  return tally ?? { yes: 0, ifNeedBe: 0, no: 0, pending: 0 };
}

/** The participants' meetings during a poll's slots: one query per poll, shared by its slots. */
async function busyOfPoll(em: EntityManager, pollId: string): Promise<Busy[]> {
  const busy = await loadBatched(
    em,
    'pollBusy',
    async (ids) => {
      const result = new Map<string, Busy[]>();
      for (const poll of await em.find(DatePoll, { id: { $in: ids } }, { populate: ['slots', 'participants'] })) {
        const slots = poll.slots.getItems();
        const from = new Date(Math.min(...slots.map((s) => s.startsAt.getTime())));
        const to = new Date(Math.max(...slots.map((s) => s.endsAt.getTime())));
        result.set(
          poll.id,
          await busyBetween(
            em,
            poll.participants.getItems().map((p) => p.person.id),
            from,
            to,
          ),
        );
      }
      return result;
    },
    pollId,
  );
  return busy ?? [];
}

/** Who among the participants is already expected elsewhere during this slot. */
export async function conflictsOf(em: EntityManager, slot: PollSlot): Promise<Busy[]> {
  return busyDuring(await busyOfPoll(em, slot.poll.id), slot);
}
