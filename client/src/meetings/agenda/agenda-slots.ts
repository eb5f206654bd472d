/** An accepted item's computed place in the meeting's time, as the server's budget gives it. */
export interface AgendaSlotTimes {
  item: { id: string };
  startsAt: string;
  endsAt?: string;
  overruns?: boolean;
}
