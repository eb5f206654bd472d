import { registerEnumType } from 'type-graphql';

/** Where a registration stands: a seat, a place in the queue, or given back. */
export enum RegistrationStatus {
  CONFIRMED = 'CONFIRMED',
  WAITLISTED = 'WAITLISTED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(RegistrationStatus, {
  name: 'RegistrationStatus',
  valuesConfig: {
    CONFIRMED: { description: 'Has a seat.' },
    WAITLISTED: { description: 'Waits for a seat, in arrival order.' },
    CANCELLED: { description: 'Given back (by the person, an animator, or the mail link).' },
  },
});
