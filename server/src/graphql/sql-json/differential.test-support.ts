/**
 * Random GraphQL queries over the compiled roots and types (graphql/json-reads.ts), for the
 * differential test: a small grammar, drawn with a seeded PRNG so that a failure can be replayed
 * from its seed. Arguments come from the demo data (`DemoValues`), plus values that match nothing.
 */

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** `count` distinct items, in a random order. */
  some<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const out: T[] = [];
    while (pool.length && out.length < count) out.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0]);
    return out;
  }
}

/** Argument values read from the demo data, each list including some that match nothing. */
export interface DemoValues {
  organizationSlugs: string[];
  networkSlugs: string[];
  communeCodes: string[];
  meetingIds: string[];
  texts: string[];
  /** ISO instants bounding calendar periods. */
  instants: string[];
}

type Relation = { type: string; args?: (random: Random, values: DemoValues) => string };

interface TypeGrammar {
  scalars: string[];
  relations: Record<string, Relation>;
  /** Fields the compiled path does not answer: asking one sends the query down the resolvers' path. */
  uncompiled: string[];
}

const ENUMS = {
  Theme: ['RIGHTS_AND_DIGITAL_INCLUSION', 'EARLY_CHILDHOOD', 'CHILDHOOD', 'YOUTH', 'PARENTING', 'SOCIAL_LIFE', 'HOUSING'],
  Audience: ['ALL', 'FAMILIES', 'PARENTS', 'CHILDREN', 'TEENAGERS', 'YOUNG_ADULTS', 'SENIORS', 'PROFESSIONALS'],
  OrganizationKind: ['CAF', 'MUNICIPALITY', 'CCAS', 'SOCIAL_CENTRE', 'ASSOCIATION', 'CHILDCARE', 'SCHOOL', 'OTHER'],
};

const period = (random: Random, values: DemoValues): string => {
  const [a, b] = random.some(values.instants, 2).sort();
  const parts = [
    random.chance(0.8) ? `from: ${JSON.stringify(a)}` : '',
    random.chance(0.8) ? `to: ${JSON.stringify(b)}` : '',
  ].filter(Boolean);
  return parts.length ? `(${parts.join(', ')})` : '';
};

/** The compiled types' fields (directory, meetings, trainings .json-types.ts) and a few that are not. */
export const GRAMMAR: Record<string, TypeGrammar> = {
  Organization: {
    scalars: [
      'id',
      'slug',
      'name',
      'kind',
      'description',
      'address',
      'website',
      'publicEmail',
      'publicPhone',
      'openingHours',
      'labels',
      'createdAt',
      'updatedAt',
      // Compiled from the policy's SQL rules: the comparison holds them to the JS ones, per role.
      'viewerCan { edit addPeople }',
    ],
    relations: {
      commune: { type: 'Commune' },
      services: { type: 'Service' },
      people: { type: 'Person' },
      memberships: { type: 'Membership' },
      networks: { type: 'Network' },
    },
    uncompiled: ['dossier { id }'],
  },
  Service: {
    scalars: ['id', 'name', 'description', 'url', 'themes', 'audiences', 'modes', 'updatedAt'],
    relations: { organization: { type: 'Organization' }, communesServed: { type: 'Commune' } },
    uncompiled: ['needsUpdate'],
  },
  Commune: {
    scalars: ['inseeCode', 'name', 'postalCode', 'population', 'latitude', 'longitude', 'mergedOn'],
    relations: { mergedInto: { type: 'Commune' } },
    uncompiled: [],
  },
  Person: {
    scalars: ['id', 'firstName', 'lastName', 'jobTitle', 'email', 'phone'],
    relations: { organization: { type: 'Organization' } },
    uncompiled: [],
  },
  Membership: {
    scalars: ['id', 'role'],
    relations: { network: { type: 'Network' }, organization: { type: 'Organization' }, person: { type: 'Person' } },
    uncompiled: [],
  },
  Network: {
    scalars: ['id', 'slug', 'name', 'kind', 'theme', 'description', 'viewerCan { manageMembers linkNetworks }'],
    relations: {
      animators: { type: 'Membership' },
      memberships: { type: 'Membership' },
      organizations: { type: 'Organization' },
      meetings: { type: 'Meeting', args: period },
    },
    uncompiled: ['territory { slug name }'],
  },
  Meeting: {
    scalars: [
      'id',
      'title',
      'kind',
      'status',
      'startsAt',
      'endsAt',
      'place',
      'onlineUrl',
      'description',
      'isPublic',
      'cancellationReason',
      'version',
      'createdAt',
      'updatedAt',
      'agendaPublishedAt',
      'agendaChangedAt',
    ],
    relations: {
      networks: { type: 'Network' },
      commune: { type: 'Commune' },
      answerCounts: { type: 'AnswerCounts' },
      agenda: { type: 'AgendaItem' },
    },
    uncompiled: ['viewerCan { manage respond recordAttendance }', 'hasStarted'],
  },
  AnswerCounts: { scalars: ['yes', 'maybe', 'no', 'pending', 'attended'], relations: {}, uncompiled: [] },
  AgendaItem: {
    scalars: [
      'id',
      'title',
      'description',
      'kind',
      'status',
      'durationMinutes',
      'links',
      'reviewComment',
      'reviewedAt',
      'outcome',
      'opinion',
      'outcomeRecordedAt',
      'createdAt',
      'position',
    ],
    relations: {
      proposedBy: { type: 'Person' },
      presenter: { type: 'Person' },
      reviewedBy: { type: 'Person' },
      organization: { type: 'Organization' },
    },
    uncompiled: ['viewerCan { edit }'],
  },
  Training: {
    scalars: [
      'id',
      'title',
      'description',
      'theme',
      'audiences',
      'trainer',
      'capacity',
      'isPublic',
      'confirmedCount',
      'waitlistCount',
      'version',
      'createdAt',
      'seatsLeft',
    ],
    relations: { networks: { type: 'Network' }, organizer: { type: 'Organization' }, sessions: { type: 'TrainingSession' } },
    uncompiled: ['isUpcoming'],
  },
  TrainingSession: {
    scalars: ['id', 'startsAt', 'endsAt', 'place', 'onlineUrl'],
    relations: { commune: { type: 'Commune' } },
    uncompiled: [],
  },
};

/** Lists that can hold hundreds of rows: nested below them, each level multiplies the old path's work. */
const WIDE = new Set(['organizations', 'memberships', 'meetings']);

/** The server refuses more than 15 aliases (graphql/limits.ts); each pair names two. */
const MAX_ALIAS_PAIRS = 6;

export interface GeneratedQuery {
  name: string;
  text: string;
}

class QueryWriter {
  private fragments = new Map<string, string>();
  private aliasCount = 0;

  constructor(
    private readonly random: Random,
    private readonly values: DemoValues,
    /** Chance that a selection asks a field the compiled path does not answer. */
    private readonly uncompiledChance: number,
  ) {}

  /** A selection set (with its braces) on `type`, `depth` levels of relations left. */
  selection(type: string, depth: number): string {
    const grammar = GRAMMAR[type];
    const random = this.random;
    const fields: string[] = random.some(grammar.scalars, random.int(1, Math.min(5, grammar.scalars.length)));
    if (random.chance(0.25)) fields.push('__typename');
    if (depth > 0) {
      const relations = Object.keys(grammar.relations);
      for (const name of random.some(relations, random.int(depth > 1 ? 1 : 0, Math.min(3, relations.length)))) {
        fields.push(this.relation(type, name, depth - (WIDE.has(name) ? 2 : 1)));
      }
    }
    if (grammar.uncompiled.length && random.chance(this.uncompiledChance)) fields.push(random.pick(grammar.uncompiled));
    // The same field twice under two names, with the same arguments: one value answers both.
    if (this.aliasCount < MAX_ALIAS_PAIRS && random.chance(0.15)) {
      const scalar = random.pick(grammar.scalars);
      fields.push(`a${++this.aliasCount}: ${scalar}`, `b${this.aliasCount}: ${scalar}`);
    }
    return `{ ${this.wrap(type, fields).join(' ')} }`;
  }

  relation(type: string, name: string, depth: number): string {
    const relation = GRAMMAR[type].relations[name];
    const args = relation.args?.(this.random, this.values) ?? '';
    const field = `${name}${args} ${this.selection(relation.type, Math.max(depth, 0))}`;
    if (this.aliasCount >= MAX_ALIAS_PAIRS || !this.random.chance(0.12)) return field;
    // Twice under aliases: same arguments (their selections merge), or other ones (the resolvers' path).
    const otherArgs = relation.args && this.random.chance(0.5) ? relation.args(this.random, this.values) : args;
    return `r${++this.aliasCount}: ${field} s${this.aliasCount}: ${name}${otherArgs} ${this.selection(relation.type, 0)}`;
  }

  /** Puts some of the fields in a named or an inline fragment. */
  private wrap(type: string, fields: string[]): string[] {
    const random = this.random;
    if (fields.length < 2 || !random.chance(0.3)) return fields;
    const moved = fields.splice(random.int(0, fields.length - 2), random.int(1, 2));
    if (random.chance(0.5)) return [...fields, `... on ${type} { ${moved.join(' ')} }`];
    const name = `F${this.fragments.size + 1}${type}`;
    this.fragments.set(name, `fragment ${name} on ${type} { ${moved.join(' ')} }`);
    return [...fields, `...${name}`];
  }

  document(operation: string): string {
    return [`query { ${operation} }`, ...this.fragments.values()].join('\n');
  }
}

const string = (value: string) => JSON.stringify(value);

/** One root field of the compiled roots, with its selection. */
type RootWriter = (writer: QueryWriter, random: Random, values: DemoValues) => string;

const ROOTS: Record<string, RootWriter> = {
  organizations: (writer, random, values) => {
    const filter: string[] = [];
    if (random.chance(0.4)) filter.push(`text: ${string(random.pick(values.texts))}`);
    if (random.chance(0.3)) filter.push(`communeInseeCode: ${string(random.pick(values.communeCodes))}`);
    if (random.chance(0.3)) filter.push(`theme: ${random.pick(ENUMS.Theme)}`);
    if (random.chance(0.2)) filter.push(`audience: ${random.pick(ENUMS.Audience)}`);
    if (random.chance(0.25)) filter.push(`networkSlug: ${string(random.pick(values.networkSlugs))}`);
    if (random.chance(0.2)) filter.push(`kind: ${random.pick(ENUMS.OrganizationKind)}`);
    const args = [filter.length ? `filter: { ${filter.join(', ')} }` : ''];
    if (random.chance(0.7)) args.push(`first: ${random.pick([0, 1, 3, 10, 25])}`);
    // A cursor inside the list, or past its end.
    if (random.chance(0.3))
      args.push(`after: ${string(Buffer.from(`o:${random.pick([0, 4, 30, 5000])}`).toString('base64url'))}`);
    const argText = args.filter(Boolean).join(', ');
    const node = writer.selection('Organization', random.int(0, 2));
    const pageInfo = random.chance(0.5) ? ' pageInfo { hasNextPage endCursor }' : '';
    const total = random.chance(0.5) ? ' totalCount' : '';
    return `organizations${argText ? `(${argText})` : ''} { edges { cursor node ${node} }${pageInfo}${total} }`;
  },
  organization: (writer, random, values) =>
    `organization(slug: ${string(random.pick(values.organizationSlugs))}) ${writer.selection('Organization', random.int(1, 3))}`,
  network: (writer, random, values) => {
    const slug = random.pick(values.networkSlugs);
    // Most network queries ask for its calendar, the page they serve (aliased: the selection may
    // ask for `meetings` too, with other arguments, which the compiled path leaves to the resolvers).
    const meetings = random.chance(0.6) ? ` calendar: meetings${period(random, values)} ${writer.selection('Meeting', 2)}` : '';
    const rest = writer.selection('Network', random.int(1, 3)).slice(0, -1);
    return `network(slug: ${string(slug)}) ${rest}${meetings} }`;
  },
  meeting: (writer, random, values) =>
    `meeting(id: ${string(random.pick(values.meetingIds))}) ${writer.selection('Meeting', random.int(1, 3))}`,
  trainings: (writer, random, values) => {
    const args = [
      random.chance(0.5) ? `networkSlug: ${string(random.pick(values.networkSlugs))}` : '',
      random.chance(0.5) ? `upcoming: ${random.pick(['true', 'false'])}` : '',
    ].filter(Boolean);
    return `trainings${args.length ? `(${args.join(', ')})` : ''} ${writer.selection('Training', random.int(1, 2))}`;
  },
};

/** `count` queries spread over the compiled roots; the same seed gives the same queries. */
export function generateQueries(seed: number, count: number, values: DemoValues): GeneratedQuery[] {
  const random = new Random(seed);
  const roots = Object.keys(ROOTS);
  return Array.from({ length: count }, (_, index) => {
    const root = roots[index % roots.length];
    // A quarter of the queries ask for something only the resolvers answer, somewhere.
    const writer = new QueryWriter(random, values, random.chance(0.25) ? 0.4 : 0);
    return { name: `#${index} ${root} (seed ${seed})`, text: writer.document(ROOTS[root](writer, random, values)) };
  });
}
