import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test/test-server';
import { Audience, OrganizationKind } from '../directory/directory.enums';
import { Organization } from '../directory/organization.entity';
import { Person } from '../directory/person.entity';
import { parseCsv } from './csv';
import { KIND_NETWORKS, LABEL_NETWORKS, PUBLICS, THEMATIQUES } from './data-inclusion.vocabulary';
import { MEDIATION_FIELDS, MEDIATION_SCHEMA } from './mediation-numerique.mapper';
import { LABELS, NO_PIVOT, SPECIFIC_PUBLICS, THEME_SERVICE, TYPOLOGIES } from './mediation-numerique.vocabulary';
import serviceSchema from './standards/data-inclusion-v1-service.schema.json';
import structureSchema from './standards/data-inclusion-v1-structure.schema.json';
import { checkCell, checkTable } from './table-schema';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validateStructure = ajv.compile(structureSchema);
const validateService = ajv.compile(serviceSchema);

async function get(path: string) {
  const response = await fetch(`${server.url}${path}`);
  expect(response.status).toBe(200);
  return { contentType: response.headers.get('content-type'), body: await response.text() };
}

async function getJson<T = Record<string, any>>(path: string): Promise<T[]> {
  const { contentType, body } = await get(path);
  expect(contentType).toBe('application/json; charset=utf-8');
  return JSON.parse(body) as T[];
}

/** Each invalid record with ajv's errors, so that a failure says which record and why. */
function invalid(records: Record<string, any>[], validate: typeof validateStructure) {
  return records.flatMap((record) => (validate(record) ? [] : [{ id: record.id, errors: validate.errors }]));
}

const today = () => new Date().toISOString().slice(0, 10);

describe('data·inclusion structures', () => {
  it('exports every organisation as a structure valid against the official schema', async () => {
    // Other files add structures meanwhile (never remove any): every one there before the export is
    // in it, and it holds only structures there after.
    const ids = async () =>
      (await server.orm.em.fork().find(Organization, {}, { fields: ['id'] })).map((o) => `maillage-cccps--${o.id}`);
    const before = await ids();
    const structures = await getJson('/exports/data-inclusion/structures.json');
    const after = await ids();
    const exported = structures.map((structure) => structure.id);
    expect(new Set(exported).size).toBe(exported.length);
    expect(exported).toEqual(expect.arrayContaining(before));
    expect(after).toEqual(expect.arrayContaining(exported));
    expect(invalid(structures, validateStructure)).toEqual([]);
    for (const structure of structures)
      expect(Object.keys(structureSchema.properties)).toEqual(expect.arrayContaining(Object.keys(structure)));
  });

  it('follows the rules the JSON Schema leaves to the prose: names, dates, ids, links', async () => {
    for (const structure of await getJson('/exports/data-inclusion/structures.json')) {
      expect(structure.nom).not.toMatch(/\.$/);
      expect(structure.date_maj <= today()).toBe(true);
      expect(structure.id).toMatch(/^maillage-cccps--org_/);
      expect(structure.source).toBe('maillage-cccps');
      expect(structure.lien_source).toMatch(/^http:\/\/maillage\.test\/structures\/[a-z0-9-]+$/);
    }
  });

  it('describes Le Forum in Saillans, carried by the France services network', async () => {
    const structures = await getJson('/exports/data-inclusion/structures.json');
    const forum = structures.find((structure) => structure.lien_source.endsWith('/structures/evs-le-forum'))!;
    expect(forum).toMatchObject({
      code_insee: '26289',
      commune: 'Saillans',
      code_postal: '26340',
      reseaux_porteurs: ['france-service'],
    });
    const caf = structures.find((structure) => structure.lien_source.endsWith('/structures/caf-drome'))!;
    expect(caf.reseaux_porteurs).toEqual(['caf']);
  });

  it('names a former commune by the one it merged into, keeping the former name as complement', async () => {
    const structures = await getJson('/exports/data-inclusion/structures.json');
    const veronne = structures.find((structure) => structure.lien_source.endsWith('/structures/commune-veronne'))!;
    expect(veronne).toMatchObject({ code_insee: '26289', commune: 'Saillans', complement_adresse: 'Véronne' });
  });
});

describe('data·inclusion services', () => {
  it('exports services valid against the official schema, each attached to an exported structure', async () => {
    const services = await getJson('/exports/data-inclusion/services.json');
    const structureIds = new Set((await getJson('/exports/data-inclusion/structures.json')).map((structure) => structure.id));
    expect(services.length).toBeGreaterThan(30);
    expect(invalid(services, validateService)).toEqual([]);
    for (const service of services) {
      expect(structureIds.has(service.structure_id)).toBe(true);
      expect(Object.keys(serviceSchema.properties)).toEqual(expect.arrayContaining(Object.keys(service)));
    }
  });

  it('follows the rules the JSON Schema leaves to the prose: names, dates, tous-publics alone, current communes', async () => {
    for (const service of await getJson('/exports/data-inclusion/services.json')) {
      expect(service.nom).not.toMatch(/\.$/);
      expect(service.date_maj <= today()).toBe(true);
      if (service.publics?.includes('tous-publics')) expect(service.publics).toEqual(['tous-publics']);
      expect(service.zone_eligibilite ?? []).not.toContain('26371'); // Véronne merged into Saillans
      expect(service.contact_nom_prenom).toBeNull();
    }
  });

  it("maps Le Forum's France services desk to rights, démarches and online services, for everyone, in Saillans", async () => {
    const services = await getJson('/exports/data-inclusion/services.json');
    const forum = services.find((service) => service.nom === 'France services')!;
    expect(forum).toMatchObject({
      publics: ['tous-publics'],
      modes_accueil: ['en-presentiel'],
      zone_eligibilite: ['26289'],
      code_insee: '26289',
      thematiques: expect.arrayContaining(['numerique--acceder-a-des-services-en-ligne']),
    });
  });

  it('leaves out services for partners only (professionals, volunteers, elected officials)', async () => {
    const names = (await getJson('/exports/data-inclusion/services.json')).map((service) => service.nom);
    expect(names).not.toContain('Coordination de la Convention territoriale globale');
    expect(names).not.toContain("P'tits déj' partenaires");
  });
});

describe('médiation numérique places', () => {
  async function csvTable() {
    const { contentType, body } = await get('/exports/mediation-numerique.csv');
    expect(contentType).toBe('text/csv; charset=utf-8');
    return parseCsv(body);
  }

  it('serves a CSV whose header is the schema fields in order and whose every row satisfies the Table Schema', async () => {
    const table = await csvTable();
    expect(table[0]).toEqual(MEDIATION_SCHEMA.fields.map((field) => field.name));
    expect(table.length).toBeGreaterThan(1);
    expect(checkTable(MEDIATION_SCHEMA, table)).toEqual([]);
  });

  it('serves the same places as JSON, with coordinates as numbers', async () => {
    // Other test files add structures and services on the shared database meanwhile: a change
    // landing between the two requests is retried, not mistaken for a mismatch.
    const snapshot = async () => {
      const [places, table] = await Promise.all([
        getJson<Record<string, string | number>>('/exports/mediation-numerique.json'),
        csvTable(),
      ]);
      const rows = places.map((place) =>
        MEDIATION_FIELDS.map((field) => (place[field] === undefined ? '' : String(place[field]))),
      );
      return { places, fromJson: [MEDIATION_FIELDS, ...rows], table };
    };
    let current = await snapshot();
    for (let attempt = 0; attempt < 3 && JSON.stringify(current.fromJson) !== JSON.stringify(current.table); attempt++) {
      current = await snapshot();
    }
    expect(current.fromJson).toEqual(current.table);
    for (const place of current.places) expect(typeof place.latitude).toBe('number');
  });

  it('lists Le Forum in Saillans with its national programmes', async () => {
    const places = await getJson<Record<string, string | number>>('/exports/mediation-numerique.json');
    const forum = places.find((place) => place.nom === 'Espace de vie sociale Le Forum')!;
    expect(forum).toMatchObject({
      code_insee: '26289',
      code_postal: '26340',
      commune: 'Saillans',
      adresse: 'Saillans',
      pivot: NO_PIVOT,
      latitude: 44.69494,
      longitude: 5.18828,
      typologie: 'EVS|RFS',
      itinerance: 'Fixe|Itinérant',
      dispositif_programmes_nationaux: "France Services|Point d'accès numérique CAF",
      services: 'Aide aux démarches administratives|Accès internet et matériel informatique',
    });
    expect(places.map((place) => place.nom)).toContain('Centre social – MJC Nini Chaize');
  });

  it('leaves out the places it cannot locate: no commune, so no commune, code_postal or adresse', async () => {
    const names = (await getJson('/exports/mediation-numerique.json')).map((place) => place.nom);
    expect(names).not.toContain('Epicentre');
    expect(names).not.toContain('Caf de la Drôme');
  });
});

describe('every export', () => {
  const paths = [
    '/exports/data-inclusion/structures.json',
    '/exports/data-inclusion/services.json',
    '/exports/mediation-numerique.json',
    '/exports/mediation-numerique.csv',
  ];

  it("never contains a person's email, phone or name", async () => {
    const people = await server.orm.em.fork().find(Person, {});
    expect(people.length).toBeGreaterThan(0);
    for (const path of paths) {
      const { body } = await get(path);
      const text = body.replace(/\\u[0-9a-f]{4}/g, (code) => String.fromCharCode(parseInt(code.slice(2), 16)));
      for (const person of people) {
        if (person.email) expect(text).not.toContain(person.email);
        if (person.phone) expect(text).not.toContain(person.phone);
        expect(text).not.toContain(`${person.firstName} ${person.lastName}`);
      }
    }
  });

  it('reads the directory in a fixed number of queries, whatever its size', async () => {
    for (const path of paths) {
      server.statements.length = 0;
      await get(path);
      expect(server.statements.length, path).toBeLessThanOrEqual(3);
    }
  });
});

describe('vocabulary', () => {
  const enumOf = (schema: { $defs: Record<string, { enum?: string[] }> }, name: string) => schema.$defs[name].enum!;

  it('maps only to values of the data·inclusion enums', () => {
    const thematiques = enumOf(serviceSchema, 'Thematique');
    for (const values of Object.values(THEMATIQUES)) for (const value of values) expect(thematiques).toContain(value);
    const publics = enumOf(serviceSchema, 'Public');
    for (const { public: value } of Object.values(PUBLICS)) if (value) expect(publics).toContain(value);
    const networks = enumOf(structureSchema, 'ReseauPorteur');
    for (const value of [...Object.values(KIND_NETWORKS), ...Object.values(LABEL_NETWORKS)]) expect(networks).toContain(value);
    expect(Object.keys(PUBLICS).sort()).toEqual(Object.values(Audience).sort());
    expect(Object.keys(KIND_NETWORKS).every((kind) => kind in OrganizationKind)).toBe(true);
  });

  it('maps only to values the médiation numérique patterns accept', () => {
    const accepts = (fieldName: string, value: string) => {
      const field = MEDIATION_SCHEMA.fields.find((candidate) => candidate.name === fieldName)!;
      return checkCell(MEDIATION_SCHEMA, field, value);
    };
    expect(accepts('pivot', NO_PIVOT)).toEqual([]);
    expect(accepts('services', THEME_SERVICE)).toEqual([]);
    for (const label of Object.values(LABELS)) {
      expect(accepts('dispositif_programmes_nationaux', label.programme)).toEqual([]);
      if (label.service) expect(accepts('services', label.service)).toEqual([]);
    }
    for (const value of Object.values(SPECIFIC_PUBLICS)) expect(accepts('publics_specifiquement_adresses', value)).toEqual([]);
    expect(Object.values(TYPOLOGIES).length).toBeGreaterThan(0);
  });
});
