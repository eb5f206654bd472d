import 'reflect-metadata';
import { MikroORM, ref } from '@mikro-orm/postgresql';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { ormConfig } from '../database/orm-config';
import { Commune } from '../directory/commune.entity';
import { Audience, OrganizationKind, ServiceMode, Theme } from '../directory/directory.enums';
import { Organization } from '../directory/organization.entity';
import { Service } from '../directory/service.entity';
import { toServices, toStructures } from './data-inclusion.mapper';
import { MEDIATION_FIELDS, MEDIATION_SCHEMA, placeCells, toMediationPlaces } from './mediation-numerique.mapper';
import serviceSchema from './standards/data-inclusion-v1-service.schema.json';
import structureSchema from './standards/data-inclusion-v1-structure.schema.json';
import { checkTable } from './table-schema';

// Fields the demo data leaves empty (contacts, hours, a service without description), built in memory:
// the ORM is started only for its entity metadata (collections need it); nothing is read or written.
const now = new Date('2026-03-10T12:00:00Z');

let orm: MikroORM;
beforeAll(async () => {
  orm = await MikroORM.init({ ...ormConfig(inject('databaseUrl')), connect: false });
});
afterAll(() => orm.close());

function commune(overrides: Partial<Commune> = {}): Commune {
  return Object.assign(new Commune(), {
    inseeCode: '26108',
    name: 'Crest',
    postalCode: '26400',
    latitude: 44.7332,
    longitude: 5.0219,
    mergedInto: null,
    mergedOn: null,
    ...overrides,
  });
}

function organization(overrides: Partial<Organization> = {}): Organization {
  const organization = Object.assign(new Organization(), {
    slug: 'maison-des-services',
    name: 'Maison des services.',
    kind: OrganizationKind.ASSOCIATION,
    description: 'Lieu d’accueil et d’accompagnement numérique.',
    commune: ref(commune()),
    address: '12 rue de la Gare',
    website: 'www.exemple.fr',
    publicEmail: 'accueil@exemple.fr',
    publicPhone: '04 75 00 00 00',
    openingHours: 'Mo-Fr 09:00-12:00',
    labels: ['Conseillers numériques'],
    updatedAt: new Date('2030-01-01T00:00:00Z'),
    ...overrides,
  });
  const service = Object.assign(new Service(), {
    organization: ref(organization),
    name: 'Aide numérique',
    description: null,
    themes: [Theme.RIGHTS_AND_DIGITAL_INCLUSION],
    audiences: [Audience.SENIORS],
    modes: [ServiceMode.BY_APPOINTMENT],
    updatedAt: new Date('2026-02-01T08:00:00Z'),
  });
  service.communesServed.add(
    commune(),
    commune({ inseeCode: '26371', name: 'Véronne', mergedInto: ref(commune({ inseeCode: '26289' })), mergedOn: '2025-01-01' }),
  );
  organization.services.add(service);
  return organization;
}

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);

describe('data·inclusion mapping of public contact fields', () => {
  it('writes the phone in E.164, the site with its scheme, the hours, and a name without its final full stop', () => {
    const [structure] = toStructures([organization()], 'https://maillage.example/', now).records;
    expect(ajv.validate(structureSchema, structure)).toBe(true);
    expect(structure).toMatchObject({
      nom: 'Maison des services',
      telephone: '+33475000000',
      courriel: 'accueil@exemple.fr',
      site_web: 'https://www.exemple.fr',
      horaires_accueil: 'Mo-Fr 09:00-12:00',
      adresse: '12 rue de la Gare',
      reseaux_porteurs: ['conseillers-numeriques'],
      lien_source: 'https://maillage.example/structures/maison-des-services',
      date_maj: '2026-03-10',
    });
  });

  it('describes a service recorded without description from what is known, and names communes as today', () => {
    const [service] = toServices([organization()], 'https://maillage.example', now).records;
    expect(ajv.validate(serviceSchema, service)).toBe(true);
    expect(service.description).toBe(
      'Aide numérique : service proposé par Maison des services (accès aux droits et inclusion numérique).',
    );
    expect(service).toMatchObject({
      publics: ['seniors'],
      publics_precisions: null,
      zone_eligibilite: ['26108', '26289'],
      date_maj: '2026-02-01',
    });
  });

  it('drops what the schema would reject rather than publish an invalid record', () => {
    const [structure] = toStructures(
      [organization({ publicPhone: 'le standard', publicEmail: 'pas une adresse', website: 'http://' })],
      'https://m.example',
      now,
    ).records;
    expect(structure).toMatchObject({ telephone: null, courriel: null, site_web: null });
    expect(ajv.validate(structureSchema, structure)).toBe(true);
  });
});

describe('médiation numérique mapping', () => {
  it('keeps the street address, the hours and the programme, in a row the Table Schema accepts', () => {
    const { places, excluded } = toMediationPlaces([organization()], now);
    expect(excluded).toEqual([]);
    expect(places[0]).toMatchObject({
      adresse: '12 rue de la Gare',
      horaires: 'Mo-Fr 09:00-12:00',
      telephone: '+33475000000',
      typologie: 'ASSO',
      dispositif_programmes_nationaux: 'Conseillers numériques',
      publics_specifiquement_adresses: 'Seniors',
      itinerance: 'Fixe',
    });
    expect(checkTable(MEDIATION_SCHEMA, [MEDIATION_FIELDS, ...places.map(placeCells)])).toEqual([]);
  });

  it('leaves out, and reports, a place without a commune', () => {
    const { places, excluded } = toMediationPlaces([organization({ commune: null })], now);
    expect(places).toEqual([]);
    expect(excluded).toEqual([expect.objectContaining({ name: 'Maison des services.' })]);
  });
});
