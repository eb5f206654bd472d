import { column, frenchOrder, instant, toMany, toOne, type TypeSpecs } from '../graphql/sql-json/compile';

export const trainingJsonTypes: TypeSpecs = {
  Training: {
    id: column('id'),
    title: column('title'),
    description: column('description'),
    theme: column('theme'),
    audiences: column('audiences'),
    trainer: column('trainer'),
    capacity: column('capacity'),
    isPublic: column('is_public'),
    confirmedCount: column('confirmed_count'),
    waitlistCount: column('waitlist_count'),
    version: column('version'),
    createdAt: instant('created_at'),
    seatsLeft: (t) => `greatest(0, ${t}.capacity - ${t}.confirmed_count)`,
    networks: toMany('Network', {
      from: (t, n) => `from network ${n} where ${n}.id in (select network_id from training_network where training_id = ${t}.id)`,
      orderBy: (n) => `${frenchOrder(`${n}.name`)}, ${n}.name, ${n}.id`,
    }),
    organizer: toOne('Organization', { from: (t, o) => `from organization ${o} where ${o}.id = ${t}.organizer_id` }),
    sessions: toMany('TrainingSession', {
      from: (t, s) => `from training_session ${s} where ${s}.training_id = ${t}.id`,
      orderBy: (s) => `${s}.starts_at, ${s}.id`,
    }),
  },
  TrainingSession: {
    id: column('id'),
    startsAt: instant('starts_at'),
    endsAt: instant('ends_at'),
    place: column('place'),
    onlineUrl: column('online_url'),
    commune: toOne('Commune', { from: (s, c) => `from commune ${c} where ${c}.insee_code = ${s}.commune_insee_code` }),
  },
};
