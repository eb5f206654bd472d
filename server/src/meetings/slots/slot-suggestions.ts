import type { EntityManager } from '@mikro-orm/postgresql';
import { ArrayMaxSize, ArrayMinSize, Max, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';
import { requireActor } from '../../accounts/account.policy';
import type { Viewer } from '../../shared/actor';
import { parisDay } from '../../shared/time';
import { AvoidPeriodKind } from './avoid-period.entity';
import { avoidPeriodsOverlapping } from './avoid-period.service';
import { busyBetween, busyDuring, countPeople, type Busy } from './busy-intervals';
import { currentMembersOf } from '../invitees';
import { meetingError } from '../meeting.errors';
import { canManageNetworks } from '../meeting.policy';
import { networksBySlugs } from '../meeting.service';
import { candidateSlots } from './working-hours';

/** Three months: a quarter is as far as networks plan, and it bounds the slots tested in memory (~900). */
const MAX_RANGE_DAYS = 92;

@ArgsType()
export class SuggestedSlotsArgs {
  @Field(() => [String])
  @ArrayMinSize(1, { message: 'Choisissez au moins un réseau.' })
  @ArrayMaxSize(20, { message: 'Une réunion associe au plus 20 réseaux.' })
  networkSlugs!: string[];

  @Field()
  from!: Date;

  @Field()
  to!: Date;

  // From a quarter of an hour to a whole working day (9:00–17:30).
  @Field(() => Int)
  @Min(15, { message: 'Une réunion dure au moins 15 minutes.' })
  @Max(510, { message: 'Une réunion tient dans une journée de travail (8 h 30 au plus).' })
  durationMinutes!: number;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'Also skip the school holidays among the periods to avoid.',
  })
  avoidSchoolHolidays!: boolean | null;

  // A list to choose from: 50 covers every start of a week's working days for a 2-hour meeting.
  @Field(() => Int, { nullable: true, defaultValue: 5 })
  @Min(1, { message: '« first » doit être compris entre 1 et 50.' })
  @Max(50, { message: '« first » doit être compris entre 1 et 50.' })
  first!: number | null;
}

export interface Suggestion {
  startsAt: Date;
  endsAt: Date;
  busyCount: number;
  busy: Busy[];
}

/** Days covered by the periods to avoid: OTHER ones always, school holidays when asked. */
async function avoidedDays(em: EntityManager, from: Date, to: Date, avoidSchoolHolidays: boolean) {
  const periods = (await avoidPeriodsOverlapping(em, parisDay(from), parisDay(to))).filter(
    (period) => avoidSchoolHolidays || period.kind !== AvoidPeriodKind.SCHOOL_HOLIDAYS,
  );
  return (day: string) => periods.some((period) => period.startsOn <= day && day <= period.endsOn);
}

/**
 * The working-hours slots where the fewest of the people these networks would invite are already
 * expected elsewhere, earliest first among equals. Constant work in the database (networks,
 * members, periods, and the busy intervals of everyone in one query); the ranking runs in memory.
 */
export async function suggestedSlots(em: EntityManager, viewer: Viewer, args: SuggestedSlotsArgs): Promise<Suggestion[]> {
  const actor = requireActor(viewer);
  const from = new Date(Math.max(args.from.getTime(), Date.now()));
  if (args.to <= args.from || args.to.getTime() - args.from.getTime() > MAX_RANGE_DAYS * 86_400_000)
    throw meetingError('SUGGESTION_RANGE');
  const networks = await networksBySlugs(em, args.networkSlugs);
  if (
    !canManageNetworks(
      actor,
      networks.map((n) => n.id),
    )
  )
    throw meetingError('CANNOT_SCHEDULE_FOR');
  if (args.to <= from) return [];
  const people = await currentMembersOf(
    em,
    networks.map((n) => n.id),
  );
  const skipDay = await avoidedDays(em, from, args.to, args.avoidSchoolHolidays ?? false);
  const busy = await busyBetween(
    em,
    people.map((p) => p.id),
    from,
    args.to,
  );
  return candidateSlots(from, args.to, args.durationMinutes, skipDay)
    .map((slot) => {
      const during = busyDuring(busy, slot);
      return { ...slot, busy: during, busyCount: countPeople(during) };
    })
    .sort((a, b) => a.busyCount - b.busyCount || a.startsAt.getTime() - b.startsAt.getTime())
    .slice(0, args.first ?? 5);
}
