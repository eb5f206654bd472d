import { Audience, Theme } from '../../server/src/directory/directory.enums';
import { NetworkKind } from '../../server/src/networks/network.enums';
import { RegistrationStatus } from '../../server/src/trainings/training.enums';
import { addParisDays, parisDateTime, parisDay } from '../../server/src/shared/time';
import type { CopyValue } from './copy-in';
import type { Dataset } from './directory';
import { Random, stableId } from './random';

type Row = CopyValue[];

export interface TrainingDataset {
  training: Row[];
  training_network: Row[];
  training_session: Row[];
  registration: Row[];
}

export const TRAINING_TABLES: ReadonlyArray<{ table: keyof TrainingDataset; columns: readonly string[] }> = [
  {
    table: 'training',
    columns: [
      'id',
      'title',
      'description',
      'theme',
      'audiences',
      'trainer',
      'organizer_id',
      'capacity',
      'is_public',
      'confirmed_count',
      'waitlist_count',
      'last_sequence',
      'created_at',
      'updated_at',
    ],
  },
  { table: 'training_network', columns: ['training_id', 'network_id'] },
  {
    table: 'training_session',
    columns: ['id', 'training_id', 'starts_at', 'ends_at', 'commune_insee_code', 'place', 'online_url'],
  },
  {
    table: 'registration',
    columns: ['id', 'training_id', 'person_id', 'status', 'sequence', 'created_at', 'promoted_at', 'cancelled_at'],
  },
];

/**
 * The training year the trainings fall in (Paris days). `upcoming` is read against the clock, so a
 * year that reaches well past the benchmark's own dates keeps most of them to come.
 */
export const TRAININGS_WINDOW = { first: '2026-09-07', last: '2027-06-25' };

const TITLES: Record<Theme, readonly string[]> = {
  RIGHTS_AND_DIGITAL_INCLUSION: ['Accompagner les démarches en ligne', 'Les droits sociaux : repères', 'Aidants numériques'],
  EARLY_CHILDHOOD: ['Éveil et langage du jeune enfant', 'Accueillir les parents en crèche', 'Premiers pas vers l’école'],
  CHILDHOOD: ['Animer un accueil de loisirs inclusif', 'Le jeu comme outil éducatif', 'Prévenir le harcèlement'],
  YOUTH: ['Aller vers les jeunes', 'Accompagner les projets de jeunes', 'Écrans et adolescence'],
  PARENTING: ['Animer un groupe de parents', 'Soutien à la parentalité : posture', 'Médiation familiale : bases'],
  SOCIAL_LIFE: ['Animer la participation des habitants', 'Conduire un diagnostic partagé', 'Accueillir les bénévoles'],
  HOUSING: ['Prévenir les expulsions', 'Le logement des jeunes', 'Repérer la précarité énergétique'],
};
const THEMES = Object.values(Theme);
const AUDIENCES = [Audience.PROFESSIONALS, Audience.VOLUNTEERS, Audience.ELECTED_OFFICIALS] as const;
const TRAINERS = ['Fédération des centres sociaux', 'CAF, service action sociale', 'Association régionale', null] as const;
const PLACES = ['Salle polyvalente', 'Centre social, salle 2', 'Maison des associations', 'Médiathèque, auditorium'];
const TIMES = [
  ['09:00', '12:30'],
  ['09:30', '17:00'],
  ['14:00', '17:00'],
] as const;
const DAY_MS = 86_400_000;

interface NetworkPeople {
  id: string;
  theme: Theme | null;
  organizations: string[];
  people: string[];
}

/** Each NETWORK-kind network of a territory, with its member organisations and their people. */
function networksByTerritory(dataset: Dataset): Map<string, NetworkPeople[]> {
  const peopleOf = new Map<string, string[]>();
  for (const [id, , , , organizationId] of dataset.person) {
    const list = peopleOf.get(organizationId as string) ?? [];
    list.push(id as string);
    peopleOf.set(organizationId as string, list);
  }
  const organizationsOf = new Map<string, Set<string>>();
  for (const [, networkId, organizationId] of dataset.membership) {
    const set = organizationsOf.get(networkId as string) ?? new Set<string>();
    organizationsOf.set(networkId as string, set.add(organizationId as string));
  }
  const territories = new Map<string, NetworkPeople[]>();
  for (const [id, , , kind, theme, , territoryId] of dataset.network) {
    if (kind !== NetworkKind.NETWORK) continue;
    const organizations = [...(organizationsOf.get(id as string) ?? [])];
    const people = organizations.flatMap((organization) => peopleOf.get(organization) ?? []);
    const list = territories.get(territoryId as string) ?? [];
    list.push({ id: id as string, theme: theme as Theme | null, organizations, people });
    territories.set(territoryId as string, list);
  }
  return territories;
}

/**
 * A training year for every network: 2–4 trainings each (a fifth of them shared with another
 * network of its territory), 1–3 sessions, 10–30 seats, 60 % public. Registrations come from the
 * networks' people (the territory's for a public one) in arrival order: the first `capacity` active ones confirmed, the rest on the
 * waitlist (about a quarter of the trainings are full), a few cancelled; the counters on the
 * training row are those registrations' (its CHECK constraints hold). Every network draws from
 * its own stream, apart from the directory's and the meetings': those rows are unchanged.
 */
export function generateTrainings(dataset: Dataset, seed = 2026): TrainingDataset {
  const communesOf = new Map<string, string[]>();
  for (const [code, , , , , , territoryId] of dataset.commune) {
    communesOf.set(territoryId as string, [...(communesOf.get(territoryId as string) ?? []), code as string]);
  }
  const out: TrainingDataset = { training: [], training_network: [], training_session: [], registration: [] };
  const first = parisDateTime(TRAININGS_WINDOW.first, '12:00');
  const days = Math.round((parisDateTime(TRAININGS_WINDOW.last, '12:00').getTime() - first.getTime()) / DAY_MS);
  let count = 0;
  for (const [territoryId, networks] of networksByTerritory(dataset)) {
    const communes = communesOf.get(territoryId) ?? [];
    let everyone: string[] | undefined;
    const territoryPeople = () => (everyone ??= [...new Set(networks.flatMap((n) => n.people))]);
    for (const network of networks) {
      const random = new Random(`maillage-bench-trainings-${seed}/${network.id}`);
      for (let t = random.int(2, 4); t > 0; t--) {
        const id = stableId('trn', `${seed}/trn/${++count}`);
        const partners = networks.length > 1 && random.chance(0.2) ? random.sample(networks, 2) : [];
        const owners = [network, ...partners.filter((p) => p.id !== network.id).slice(0, 1)];
        const theme = network.theme && random.chance(0.7) ? network.theme : random.pick(THEMES);
        // A weekday of the year: the first session; the others a week or two apart.
        let day = parisDay(addParisDays(first, random.int(0, days - 30)));
        const sessions = random.int(1, 3);
        for (let s = 0; s < sessions; s++) {
          while (new Date(`${day}T12:00:00Z`).getUTCDay() % 6 === 0) day = parisDay(addParisDays(parisDateTime(day, '12:00'), 1));
          const [from, to] = random.pick(TIMES);
          const online = random.chance(0.15);
          out.training_session.push([
            stableId('trs', `${seed}/trs/${id}/${s}`),
            id,
            parisDateTime(day, from).toISOString(),
            parisDateTime(day, to).toISOString(),
            online || !communes.length ? null : random.pick(communes),
            online ? null : random.pick(PLACES),
            online ? `https://visio.exemple.fr/${id.slice(4, 16)}` : null,
          ]);
          day = parisDay(addParisDays(parisDateTime(day, '12:00'), random.int(7, 14)));
        }
        // Planned before the year starts; a second apart, so that no two share an instant.
        const createdAt = new Date(first.getTime() - random.int(20, 60) * DAY_MS + count * 1000);
        const isPublic = random.chance(0.6);
        // Anyone may register to a public training: the territory's people; otherwise its networks'.
        const pool = isPublic ? territoryPeople() : [...new Set(owners.flatMap((o) => o.people))];
        const counts = registrations(out.registration, random, id, pool, createdAt, `${seed}`);
        out.training.push([
          id,
          random.pick(TITLES[theme]),
          random.chance(0.7) ? 'Apports, échanges de pratiques et mises en situation.' : null,
          theme,
          random.sample(AUDIENCES, random.int(1, 2)),
          random.pick(TRAINERS),
          network.organizations.length && random.chance(0.9) ? random.pick(network.organizations) : null,
          counts.capacity,
          isPublic,
          counts.confirmed,
          counts.waitlisted,
          counts.last,
          createdAt.toISOString(),
          createdAt.toISOString(),
        ]);
        for (const owner of owners) out.training_network.push([id, owner.id]);
      }
    }
  }
  return out;
}

/** Registrations in arrival order; returns the capacity and the counters the training row keeps. */
function registrations(rows: Row[], random: Random, trainingId: string, pool: string[], createdAt: Date, seed: string) {
  let capacity = random.int(10, 30);
  const full = random.chance(0.25) && pool.length > 11;
  if (full) capacity = Math.min(capacity, pool.length - 2);
  const wanted = full ? capacity + random.int(1, 6) : random.int(Math.floor(capacity / 4), capacity - 1);
  const people = random.sample(pool, Math.min(pool.length, wanted + random.int(0, 2)));
  let confirmed = 0;
  let waitlisted = 0;
  let sequence = 0;
  for (const person of people) {
    sequence++;
    const at = new Date(createdAt.getTime() + sequence * 3_600_000);
    const cancelled = random.chance(0.08);
    const seat = !cancelled && confirmed < capacity;
    const status = cancelled ? RegistrationStatus.CANCELLED : seat ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED;
    if (status === RegistrationStatus.CONFIRMED) confirmed++;
    if (status === RegistrationStatus.WAITLISTED) waitlisted++;
    rows.push([
      stableId('reg', `${seed}/reg/${trainingId}/${sequence}`),
      trainingId,
      person,
      status,
      sequence,
      at.toISOString(),
      // Seated after someone before them gave theirs back: they waited first.
      seat && sequence > capacity ? new Date(at.getTime() + DAY_MS).toISOString() : null,
      cancelled ? new Date(at.getTime() + 2 * DAY_MS).toISOString() : null,
    ]);
  }
  return { capacity, confirmed, waitlisted, last: sequence };
}
