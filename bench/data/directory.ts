import { Audience, OrganizationKind, type ServiceMode, type Theme } from '../../server/src/directory/directory.enums';
import { MembershipRole, NetworkKind } from '../../server/src/networks/network.enums';
import type { CopyValue } from './copy-in';
import { Random, stableId } from './random';
import { buildTerritories, slugify, type CommuneRow, type TerritoryRow } from './territories';
import {
  CTG_NETWORKS,
  FIRST_NAMES,
  GIVEN_NAMES,
  JOB_TITLES,
  KIND_NAMES,
  KIND_THEMES,
  KIND_WEIGHTS,
  LABELS_BY_THEME,
  LAST_NAMES,
  MEMBER_ROLES,
  MODE_WEIGHTS,
  ORGANIZATION_DESCRIPTIONS,
  SERVICE_DESCRIPTIONS,
  SERVICE_NAMES,
  STREETS,
  THEME_AUDIENCES,
} from './vocabulary';

type Row = CopyValue[];

/** Rows per table, in each table's column order (see TABLES), ready for COPY. */
export interface Dataset {
  territory: Row[];
  commune: Row[];
  organization: Row[];
  service: Row[];
  service_commune_served: Row[];
  person: Row[];
  network: Row[];
  membership: Row[];
}

export const TABLES: ReadonlyArray<{ table: keyof Dataset; columns: readonly string[] }> = [
  { table: 'territory', columns: ['id', 'slug', 'name', 'siren_code'] },
  { table: 'commune', columns: ['insee_code', 'name', 'postal_code', 'population', 'latitude', 'longitude', 'territory_id'] },
  {
    table: 'organization',
    columns: [
      'id',
      'slug',
      'name',
      'kind',
      'description',
      'territory_id',
      'commune_insee_code',
      'address',
      'website',
      'public_email',
      'public_phone',
      'labels',
      'created_at',
      'updated_at',
    ],
  },
  { table: 'service', columns: ['id', 'organization_id', 'name', 'description', 'themes', 'audiences', 'modes', 'updated_at'] },
  { table: 'service_commune_served', columns: ['service_id', 'commune_insee_code'] },
  { table: 'person', columns: ['id', 'first_name', 'last_name', 'job_title', 'organization_id', 'email', 'phone'] },
  { table: 'network', columns: ['id', 'slug', 'name', 'kind', 'theme', 'description', 'territory_id'] },
  { table: 'membership', columns: ['id', 'network_id', 'organization_id', 'person_id', 'role'] },
];

export interface GenerateOptions {
  organizations: number;
  /** Default: one per 80 organisations (a national directory of 100,000 spans ~1,250), at least the Drôme's 16. */
  territories?: number;
  seed?: number;
}

export const ORGANIZATIONS_PER_TERRITORY = 80;
const SERVICE_COUNT_WEIGHTS = [
  [1, 30],
  [2, 28],
  [3, 20],
  [4, 12],
  [5, 6],
  [6, 4],
] as const;
const PEOPLE_COUNT_WEIGHTS = [
  [0, 25],
  [1, 40],
  [2, 25],
  [3, 10],
] as const;

interface GeneratedOrganization {
  id: string;
  kind: OrganizationKind;
  themes: Set<Theme>;
  people: string[];
}

/** "de Crest", "d'Aouste-sur-Sye", "de La Chaudière". */
function ofCommune(name: string): string {
  return /^[AEIOUYÉÈÊÎÔH]/.test(name) ? `d'${name}` : `de ${name}`;
}

/** Organisation counts per territory, in proportion to population^0.6 (cities hold more, villages some). */
function shares(territories: TerritoryRow[], total: number): number[] {
  const weights = territories.map((t) => Math.pow(t.population, 0.6));
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => Math.max(5, (w / sum) * total));
  const counts = exact.map(Math.floor);
  let missing = total - counts.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((value, index) => [value - Math.floor(value), index]).sort((a, b) => b[0] - a[0]);
  for (let i = 0; missing > 0; i = (i + 1) % byRemainder.length, missing--) counts[byRemainder[i][1]]++;
  for (let i = 0; missing < 0; i = (i + 1) % counts.length)
    if (counts[i] > 5) {
      counts[i]--;
      missing++;
    }
  return counts;
}

class CommunePicker {
  private readonly cumulative: number[] = [];
  private readonly total: number;

  constructor(readonly communes: CommuneRow[]) {
    let sum = 0;
    for (const commune of communes) this.cumulative.push((sum += Math.sqrt(commune.population)));
    this.total = sum;
  }

  /** A commune drawn by sqrt(population): the small town is more likely than the hamlet. */
  pick(random: Random): CommuneRow {
    const roll = random.next() * this.total;
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.cumulative[middle] > roll) high = middle;
      else low = middle + 1;
    }
    return this.communes[low];
  }
}

/** A deterministic synthetic directory: same options, same rows, on every machine. */
export function generateDirectory(options: GenerateOptions): Dataset {
  const seed = new Random(`maillage-bench-${options.seed ?? 2026}`);
  const territoryCount = options.territories ?? Math.max(16, Math.round(options.organizations / ORGANIZATIONS_PER_TERRITORY));
  const territories = buildTerritories(territoryCount, seed.fork('territories'));
  const counts = shares(territories, options.organizations);
  const dataset: Dataset = {
    territory: [],
    commune: [],
    organization: [],
    service: [],
    service_commune_served: [],
    person: [],
    network: [],
    membership: [],
  };
  const generator = new DirectoryGenerator(dataset, `${options.seed ?? 2026}`);
  territories.forEach((territory, index) => generator.territory(territory, counts[index], seed.fork(`directory-${index}`)));
  return dataset;
}

class DirectoryGenerator {
  private readonly slugs = new Set<string>();
  private personNumber = 0;
  private readonly counters = new Map<string, number>();

  constructor(
    private readonly dataset: Dataset,
    private readonly seed: string,
  ) {}

  private id(prefix: string): string {
    const n = (this.counters.get(prefix) ?? 0) + 1;
    this.counters.set(prefix, n);
    return stableId(prefix, `${this.seed}/${prefix}/${n}`);
  }

  territory(territory: TerritoryRow, organizationCount: number, random: Random) {
    this.dataset.territory.push([territory.id, territory.slug, territory.name, territory.sirenCode]);
    for (const c of territory.communes) {
      this.dataset.commune.push([c.inseeCode, c.name, c.postalCode, c.population, c.latitude, c.longitude, c.territoryId]);
    }
    const picker = new CommunePicker(territory.communes);
    const byPopulation = [...territory.communes].sort((a, b) => b.population - a.population);
    const organizations: GeneratedOrganization[] = [];
    organizations.push(
      this.organization(random, territory, picker, OrganizationKind.INTERCOMMUNALITY, territory.name, byPopulation[0]),
    );
    const municipalities = Math.min(territory.communes.length, Math.floor(organizationCount * 0.2));
    for (const commune of byPopulation.slice(0, municipalities)) {
      organizations.push(
        this.organization(
          random,
          territory,
          picker,
          OrganizationKind.MUNICIPALITY,
          `Commune ${ofCommune(commune.name)}`,
          commune,
        ),
      );
    }
    while (organizations.length < organizationCount) {
      const kind = random.weighted(KIND_WEIGHTS);
      const commune = random.chance(0.03) ? null : picker.pick(random);
      const template = random.pick(KIND_NAMES[kind]);
      const name = template.replace('{c}', ofCommune((commune ?? byPopulation[0]).name)).replace('{n}', random.pick(GIVEN_NAMES));
      organizations.push(this.organization(random, territory, picker, kind, name, commune));
    }
    CTG_NETWORKS.forEach((network) => this.network(random, territory, network, organizations));
  }

  private uniqueSlug(name: string): string {
    const base = slugify(name);
    let slug = base;
    for (let n = 2; this.slugs.has(slug); n++) slug = `${base}-${n}`;
    this.slugs.add(slug);
    return slug;
  }

  private organization(
    random: Random,
    territory: TerritoryRow,
    picker: CommunePicker,
    kind: OrganizationKind,
    name: string,
    commune: CommuneRow | null,
  ): GeneratedOrganization {
    const id = this.id('org');
    const slug = this.uniqueSlug(name);
    const primary = random.weighted(KIND_THEMES[kind]);
    const themes = new Set<Theme>();
    const serviceCount = random.weighted(SERVICE_COUNT_WEIGHTS);
    const names = new Set<string>();
    for (let i = 0; i < serviceCount; i++) {
      const theme = i === 0 || random.chance(0.6) ? primary : random.weighted(KIND_THEMES[kind]);
      themes.add(theme);
      this.service(random, id, theme, kind, names, picker, commune);
    }
    const labels = new Set<string>(name.startsWith('France services') ? ['France services'] : []);
    for (const theme of themes)
      for (const [label, probability] of LABELS_BY_THEME[theme] ?? []) if (random.chance(probability)) labels.add(label);
    const created = new Date(Date.UTC(2024, 0, 1) + random.int(0, 700) * 86_400_000).toISOString();
    this.dataset.organization.push([
      id,
      slug,
      name,
      kind,
      random.chance(0.85) ? `${random.pick(ORGANIZATION_DESCRIPTIONS[primary])} ${territory.name}.` : null,
      territory.id,
      commune?.inseeCode ?? null,
      random.chance(0.7) ? `${random.int(1, 80)} ${random.pick(STREETS)}` : null,
      random.chance(0.4) ? `https://${slug}.exemple.fr` : null,
      random.chance(0.5) ? `contact@${slug}.exemple.fr` : null,
      random.chance(0.5) ? `04 75 ${random.int(10, 99)} ${random.int(10, 99)} ${random.int(10, 99)}` : null,
      [...labels],
      created,
      created,
    ]);
    return { id, kind, themes, people: this.people(random, id) };
  }

  private service(
    random: Random,
    organizationId: string,
    theme: Theme,
    kind: OrganizationKind,
    names: Set<string>,
    picker: CommunePicker,
    commune: CommuneRow | null,
  ) {
    const id = this.id('svc');
    let name = random.pick(SERVICE_NAMES[theme]);
    for (let attempt = 0; names.has(name) && attempt < 5; attempt++) name = random.pick(SERVICE_NAMES[theme]);
    if (names.has(name)) name = `${name} (${names.size + 1})`;
    names.add(name);
    const themes = new Set<Theme>([theme]);
    if (random.chance(0.25)) themes.add(random.weighted(KIND_THEMES[kind]));
    const audiences = new Set<Audience>(random.sample(THEME_AUDIENCES[theme], random.int(1, 2)));
    if (random.chance(0.15)) audiences.add(Audience.ALL);
    const modes = new Set<ServiceMode>([random.weighted(MODE_WEIGHTS)]);
    if (random.chance(0.2)) modes.add(random.weighted(MODE_WEIGHTS));
    this.dataset.service.push([
      id,
      organizationId,
      name,
      random.chance(0.8) ? random.pick(SERVICE_DESCRIPTIONS[theme]) : null,
      [...themes],
      [...audiences],
      [...modes],
      new Date(Date.UTC(2025, 0, 1) + random.int(0, 300) * 86_400_000).toISOString(),
    ]);
    for (const code of this.communesServed(random, picker, commune, kind)) this.dataset.service_commune_served.push([id, code]);
  }

  /** Mostly where the structure is; some services reach a few communes, itinerant ones more, a few the whole territory. */
  private communesServed(random: Random, picker: CommunePicker, commune: CommuneRow | null, kind: OrganizationKind): string[] {
    const all = picker.communes;
    const roll = random.next();
    if (kind === OrganizationKind.INTERCOMMUNALITY || roll < 0.05) return all.map((c) => c.inseeCode);
    const codes = new Set<string>([(commune ?? picker.pick(random)).inseeCode]);
    const extra = roll < 0.6 ? 0 : roll < 0.85 ? random.int(1, 4) : random.int(3, 11);
    for (let i = 0; i < extra; i++) codes.add(picker.pick(random).inseeCode);
    return [...codes];
  }

  private people(random: Random, organizationId: string): string[] {
    const ids: string[] = [];
    const count = random.weighted(PEOPLE_COUNT_WEIGHTS);
    for (let i = 0; i < count; i++) {
      const id = this.id('per');
      const firstName = random.pick(FIRST_NAMES);
      const lastName = random.pick(LAST_NAMES);
      const number = ++this.personNumber;
      this.dataset.person.push([
        id,
        firstName,
        lastName,
        random.pick(JOB_TITLES),
        organizationId,
        random.chance(0.8) ? `${slugify(firstName)}.${slugify(lastName)}.${number}@exemple.demo` : null,
        random.chance(0.6) ? `+33 6 39 98 ${String(number % 100).padStart(2, '0')} ${random.int(10, 99)}` : null,
      ]);
      ids.push(id);
    }
    return ids;
  }

  /** A CTG body of the territory, animated by one of the structures working on its theme. */
  private network(
    random: Random,
    territory: TerritoryRow,
    network: (typeof CTG_NETWORKS)[number],
    organizations: GeneratedOrganization[],
  ) {
    const id = this.id('net');
    this.dataset.network.push([
      id,
      `${network.slug}-${territory.slug}`,
      network.name,
      network.kind,
      network.theme,
      network.description,
      territory.id,
    ]);
    const intercommunality = organizations[0];
    const candidates =
      network.kind === NetworkKind.STEERING_COMMITTEE
        ? organizations.filter((o) =>
            [OrganizationKind.CAF, OrganizationKind.DEPARTMENT, OrganizationKind.MUNICIPALITY].includes(o.kind),
          )
        : organizations.filter((o) => o !== intercommunality && network.theme && o.themes.has(network.theme));
    const members = [intercommunality, ...random.sample(candidates, random.int(4, 18))];
    const animator =
      network.kind === NetworkKind.STEERING_COMMITTEE || members.length === 1 ? 0 : random.int(0, members.length - 1);
    members.forEach((organization, index) => {
      const role = index === animator ? MembershipRole.ANIMATOR : random.weighted(MEMBER_ROLES);
      const person = organization.people.length && random.chance(0.4) ? random.pick(organization.people) : null;
      this.dataset.membership.push([this.id('mem'), id, organization.id, person, role]);
    });
  }
}
