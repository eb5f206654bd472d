import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMembership, createAnimator } from '../../test/factories';
import { startTestServer, type TestServer } from '../../test/test-server';
import {
  CANCEL,
  createTraining,
  peopleOfNewStructure,
  queuedPromotions,
  REGISTER,
  REGISTRATIONS,
} from './trainings.test-support';

/**
 * Seats are never overbooked and nobody is lost when registrations and cancellations arrive all at
 * once, on one server or on two sharing the database. Arrival order is the order the server
 * committed registrations in: their `sequence`, which the waitlist follows.
 */
const CAPACITY = 20;
const PEOPLE = 200;
// The machine is shared: 200 registrations can take a while there, and the point is what they end as.
const SLOW = 240_000;

let server: TestServer;
let second: TestServer;
beforeAll(async () => {
  [server, second] = await Promise.all([startTestServer(), startTestServer()]);
});
afterAll(async () => {
  await Promise.all([server.close(), second.close()]);
});

/** A 20-seat training of a new network, and 200 people who are members of it (through their structure). */
async function crowd() {
  const animator = await createAnimator(server);
  await addMembership(server, { network: animator.network.slug, organizationId: animator.organization.id });
  const people = await peopleOfNewStructure(server, animator.organization.id, PEOPLE);
  const training = await createTraining(server, animator.account.headers, [animator.network.slug], { capacity: CAPACITY });
  return { animator, people, training, headers: animator.account.headers };
}

interface Row {
  id: string;
  status: 'CONFIRMED' | 'WAITLISTED' | 'CANCELLED';
  sequence: number;
  createdAt: string;
  waitlistPosition: number | null;
}

async function registrationsOf(trainingId: string, headers: Record<string, string>) {
  const { data, errors } = await server.gql(REGISTRATIONS, { id: trainingId }, headers);
  expect(errors).toBeUndefined();
  return data.training as { confirmedCount: number; waitlistCount: number; seatsLeft: number; registrations: Row[] };
}

/** Registers everyone at once (real HTTP, Promise.all), spread over the servers given; returns the figure. */
async function registerAll(
  servers: TestServer[],
  trainingId: string,
  people: Array<{ id: string }>,
  headers: Record<string, string>,
) {
  const started = performance.now();
  const responses = await Promise.all(
    people.map((person, i) => servers[i % servers.length].gql(REGISTER, { t: trainingId, p: person.id }, headers)),
  );
  const seconds = (performance.now() - started) / 1000;
  return { responses, perSecond: people.length / seconds, seconds };
}

/** Exactly `capacity` seats while anyone waits; the waitlist is 1..n in arrival order. */
function expectConsistent(
  state: Awaited<ReturnType<typeof registrationsOf>>,
  expected: { confirmed: number; waitlisted: number },
) {
  const active = state.registrations.filter((r) => r.status !== 'CANCELLED');
  const confirmed = active.filter((r) => r.status === 'CONFIRMED');
  const waitlisted = active.filter((r) => r.status === 'WAITLISTED');
  expect(confirmed).toHaveLength(expected.confirmed);
  expect(waitlisted).toHaveLength(expected.waitlisted);
  expect([state.confirmedCount, state.waitlistCount]).toEqual([expected.confirmed, expected.waitlisted]);
  // Arrival numbers are contiguous, and creation times follow them.
  const sequences = state.registrations.map((r) => r.sequence);
  expect(sequences).toEqual(Array.from({ length: sequences.length }, (_, i) => i + 1));
  for (let i = 1; i < state.registrations.length; i++) {
    expect(Date.parse(state.registrations[i].createdAt)).toBeGreaterThanOrEqual(Date.parse(state.registrations[i - 1].createdAt));
  }
  // The waitlist: positions 1..n in arrival order, all after every confirmed seat.
  expect(waitlisted.map((r) => r.waitlistPosition)).toEqual(Array.from({ length: waitlisted.length }, (_, i) => i + 1));
  if (waitlisted.length) expect(Math.max(...confirmed.map((r) => r.sequence))).toBeLessThan(waitlisted[0].sequence);
}

describe('200 people registering at once for 20 seats', () => {
  it(
    'gives exactly 20 seats and waitlists 180 in arrival order, then N cancellations promote N',
    async () => {
      const { people, training, headers } = await crowd();
      const { responses, perSecond, seconds } = await registerAll([server], training.id, people, headers);
      console.log(
        `trainings: ${PEOPLE} concurrent registrations on one server in ${seconds.toFixed(2)} s — ${perSecond.toFixed(1)} registrations/s`,
      );
      expect(responses.filter((r) => r.errors).map((r) => r.errors![0].message)).toEqual([]);
      const statuses = responses.map((r) => r.data.registerForTraining.status);
      expect(statuses.filter((s) => s === 'CONFIRMED')).toHaveLength(CAPACITY);
      expect(statuses.filter((s) => s === 'WAITLISTED')).toHaveLength(PEOPLE - CAPACITY);
      let state = await registrationsOf(training.id, headers);
      expect(state.registrations).toHaveLength(PEOPLE);
      expectConsistent(state, { confirmed: CAPACITY, waitlisted: PEOPLE - CAPACITY });

      // 12 confirmed seats and 5 waitlisted places given back at once.
      const seats = state.registrations.filter((r) => r.status === 'CONFIRMED').slice(0, 12);
      const queued = state.registrations.filter((r) => r.status === 'WAITLISTED').slice(50, 55);
      const waitingBefore = state.registrations.filter((r) => r.status === 'WAITLISTED' && !queued.includes(r));
      const cancels = await Promise.all([...seats, ...queued].map((r) => server.gql(CANCEL, { id: r.id }, headers)));
      expect(cancels.filter((r) => r.errors)).toEqual([]);
      state = await registrationsOf(training.id, headers);
      expectConsistent(state, { confirmed: CAPACITY, waitlisted: PEOPLE - CAPACITY - 12 - 5 });
      const promoted = waitingBefore.slice(0, 12).map((r) => r.id);
      expect(state.registrations.filter((r) => promoted.includes(r.id)).every((r) => r.status === 'CONFIRMED')).toBe(true);
      expect(await queuedPromotions(server.orm, promoted)).toHaveLength(12);
    },
    SLOW,
  );

  it(
    'holds with registrations and cancellations arriving together',
    async () => {
      const { people, training, headers } = await crowd();
      const first = await registerAll([server], training.id, people.slice(0, 40), headers);
      const seats = first.responses
        .map((r) => r.data.registerForTraining)
        .filter((r) => r.status === 'CONFIRMED')
        .slice(0, 10);
      const mixed = await Promise.all([
        ...seats.map((r) => server.gql(CANCEL, { id: r.id }, headers)),
        ...people.slice(40, 100).map((p) => server.gql(REGISTER, { t: training.id, p: p.id }, headers)),
      ]);
      expect(mixed.filter((r) => r.errors)).toEqual([]);
      const state = await registrationsOf(training.id, headers);
      expectConsistent(state, { confirmed: CAPACITY, waitlisted: 100 - 10 - CAPACITY });
    },
    SLOW,
  );
});

describe('two server instances on one database', () => {
  it(
    'share the load without overbooking or losing anyone',
    async () => {
      const { people, training, headers } = await crowd();
      const { responses, perSecond, seconds } = await registerAll([server, second], training.id, people, headers);
      console.log(
        `trainings: ${PEOPLE} concurrent registrations on two servers in ${seconds.toFixed(2)} s — ${perSecond.toFixed(1)} registrations/s`,
      );
      expect(responses.filter((r) => r.errors)).toEqual([]);
      let state = await registrationsOf(training.id, headers);
      expect(state.registrations).toHaveLength(PEOPLE);
      expectConsistent(state, { confirmed: CAPACITY, waitlisted: PEOPLE - CAPACITY });

      const seats = state.registrations.filter((r) => r.status === 'CONFIRMED');
      const cancels = await Promise.all(
        seats.slice(0, 15).map((r, i) => [server, second][i % 2].gql(CANCEL, { id: r.id }, headers)),
      );
      expect(cancels.filter((r) => r.errors)).toEqual([]);
      state = await registrationsOf(training.id, headers);
      expectConsistent(state, { confirmed: CAPACITY, waitlisted: PEOPLE - CAPACITY - 15 });
    },
    SLOW,
  );
});
