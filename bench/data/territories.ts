import epciFile from './drome-epci.json';
import { Random, stableId } from './random';
import { REGIONS, RIVERS, SAINTS } from './vocabulary';

export interface CommuneRow {
  inseeCode: string;
  name: string;
  postalCode: string;
  population: number;
  latitude: number;
  longitude: number;
  territoryId: string;
}

export interface TerritoryRow {
  id: string;
  slug: string;
  name: string;
  sirenCode: string;
  population: number;
  communes: CommuneRow[];
}

interface Epci {
  code: string;
  nom: string;
  type: string;
  membres: Array<{ code: string; nom: string; populationTotale: number }>;
}

const EPCIS = (epciFile as { epci: Epci[] }).epci;

/** Every département code but the Drôme's, where replicated territories take their INSEE codes. */
const DEPARTMENTS = [
  ...Array.from({ length: 95 }, (_, i) => String(i + 1).padStart(2, '0')).filter((code) => code !== '20' && code !== '26'),
  '2A',
  '2B',
];

export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Hands out unique INSEE codes within a département, skipping the real ones already used. */
class InseeCodes {
  private readonly used = new Set(EPCIS.flatMap((e) => e.membres.map((m) => m.code)));
  private readonly next = new Map<string, number>();

  take(departmentIndex: number): string {
    for (let d = departmentIndex; ; d++) {
      const department = DEPARTMENTS[d % DEPARTMENTS.length];
      for (let n = this.next.get(department) ?? 1; n <= 999; n++) {
        const code = `${department}${String(n).padStart(3, '0')}`;
        if (this.used.has(code)) continue;
        this.used.add(code);
        this.next.set(department, n + 1);
        return code;
      }
      this.next.set(department, 1000);
    }
  }
}

/** "Buis-les-Baronnies" → "Buis", "Saint-Maurice-sur-Eygues" → "Saint-Maurice". */
function stem(name: string): string {
  const parts = name.split(/[- ]/);
  return parts[0] === 'Saint' || parts[0] === 'Sainte' || parts[0] === 'La' || parts[0] === 'Le' || parts[0] === 'Les'
    ? `${parts[0]}${name[parts[0].length]}${parts[1] ?? ''}`
    : parts[0];
}

function variedCommuneName(random: Random, base: string): string {
  const root = stem(base);
  switch (random.int(0, 5)) {
    case 0:
      return `${root}-sur-${random.pick(RIVERS)}`;
    case 1:
      return `${root}-en-${random.pick(REGIONS)}`;
    case 2:
      return `${root}-le-${random.pick(['Haut', 'Bas', 'Vieux', 'Grand', 'Petit'])}`;
    case 3:
      return `${random.pick(SAINTS)}-de-${root.replace(/^(Saint|Sainte)-/, '')}`;
    case 4:
      return `${root}-et-${stem(random.pick(EPCIS).membres[0].nom)}`;
    default:
      return root;
  }
}

function variedTerritoryName(random: Random, epci: Epci, mainCommune: string): string {
  if (epci.type === 'CA') return random.pick([`CA ${mainCommune} Agglo`, `Communauté d'agglomération du Pays de ${mainCommune}`]);
  return random.pick([
    `CC du Pays de ${mainCommune}`,
    `CC du Val de ${random.pick(RIVERS)}`,
    `CC ${random.pick(REGIONS)} – ${random.pick(RIVERS)}`,
    `CC des Portes du ${random.pick(REGIONS)}`,
    `CC ${mainCommune} ${random.pick(REGIONS)}`,
    `CC du ${random.pick(REGIONS)} et de la ${random.pick(RIVERS)}`,
  ]);
}

/**
 * `count` territories: the Drôme's sixteen intercommunalities as they are (names, SIREN, member
 * communes with their INSEE codes and populations), then replicas of them, one per other
 * département in turn, with varied names, fresh INSEE codes and populations within ±40 %.
 */
export function buildTerritories(count: number, seed: Random): TerritoryRow[] {
  const codes = new InseeCodes();
  const slugs = new Set<string>();
  const territories: TerritoryRow[] = [];
  for (let index = 0; index < count; index++) {
    const random = seed.fork(`territory-${index}`);
    const epci = EPCIS[index % EPCIS.length];
    const replica = Math.floor(index / EPCIS.length);
    const id = stableId('ter', `territory/${index}`);
    const scale = replica === 0 ? 1 : 0.6 + random.next() * 0.8;
    const centre =
      replica === 0
        ? { latitude: 44.2 + random.next() * 1, longitude: 4.7 + random.next() * 1 }
        : { latitude: 43 + random.next() * 7.5, longitude: -1 + random.next() * 8 };
    const communes = epci.membres.map((member) => {
      const inseeCode = replica === 0 ? member.code : codes.take(replica - 1);
      return {
        inseeCode,
        name: replica === 0 ? member.nom : variedCommuneName(random, member.nom),
        postalCode: `${inseeCode.slice(0, 2).replace(/2[AB]/, '20')}${String(random.int(1, 99) * 10).padStart(3, '0')}`,
        population: Math.max(30, Math.round(member.populationTotale * scale)),
        latitude: Number((centre.latitude + (random.next() - 0.5) * 0.4).toFixed(5)),
        longitude: Number((centre.longitude + (random.next() - 0.5) * 0.5).toFixed(5)),
        territoryId: id,
      };
    });
    const name = replica === 0 ? epci.nom : variedTerritoryName(random, epci, communes[0].name);
    let slug = slugify(name);
    for (let n = 2; slugs.has(slug); n++) slug = `${slugify(name)}-${n}`;
    slugs.add(slug);
    territories.push({
      id,
      slug,
      name,
      communes,
      sirenCode: replica === 0 ? epci.code : `2${String(random.int(0, 99_999_999)).padStart(8, '0')}`,
      population: communes.reduce((sum, c) => sum + c.population, 0),
    });
  }
  return territories;
}
