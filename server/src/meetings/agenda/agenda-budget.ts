import { Field, Int, ObjectType } from 'type-graphql';
import type { Meeting } from '../meeting.entity';
import { AgendaItem } from './agenda-item.entity';

const MINUTE = 60_000;

export const plannedMinutesOf = (meeting: Meeting) =>
  Math.round((meeting.endsAt.getTime() - meeting.startsAt.getTime()) / MINUTE);

@ObjectType({ description: "An accepted item's place in the meeting's time." })
export class AgendaSlot {
  @Field(() => AgendaItem)
  item!: AgendaItem;

  @Field()
  startsAt!: Date;

  @Field()
  endsAt!: Date;

  @Field({ description: 'It ends after the meeting does.' })
  overruns!: boolean;
}

@ObjectType({ description: "The accepted items' durations against the meeting's length." })
export class AgendaTimeBudget {
  @Field(() => Int)
  plannedMinutes!: number;

  @Field(() => Int, { description: 'Sum of the accepted items’ durations.' })
  scheduledMinutes!: number;

  @Field(() => Int, { description: 'Negative when the agenda runs over.' })
  remainingMinutes!: number;

  @Field()
  overrun!: boolean;

  @Field(() => [AgendaSlot], { description: 'The accepted items in order, each with its computed start.' })
  slots!: AgendaSlot[];
}

/** Accepted items (in order) laid end to end from the meeting's start. */
export function timeBudget(meeting: Meeting, accepted: AgendaItem[]): AgendaTimeBudget {
  let start = meeting.startsAt.getTime();
  const slots = accepted.map((item) => {
    const end = start + item.durationMinutes * MINUTE;
    const slot = { item, startsAt: new Date(start), endsAt: new Date(end), overruns: end > meeting.endsAt.getTime() };
    start = end;
    return slot;
  });
  const plannedMinutes = plannedMinutesOf(meeting);
  const scheduledMinutes = accepted.reduce((sum, item) => sum + item.durationMinutes, 0);
  return {
    plannedMinutes,
    scheduledMinutes,
    remainingMinutes: plannedMinutes - scheduledMinutes,
    overrun: scheduledMinutes > plannedMinutes,
    slots,
  };
}
