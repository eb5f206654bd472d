// Digital-inclusion places in the "schéma des lieux de médiation numérique" v1.0.2 (standards/ folder).
import { Audience, ServiceMode, Theme } from '../directory/directory.enums';
import type { Organization } from '../directory/organization.entity';
import type { Service } from '../directory/service.entity';
import {
  currentCommune,
  e164Phone,
  exportId,
  isoDate,
  labelKey,
  latest,
  publicEmail,
  SOURCE,
  truncate,
  webUrl,
  type ExportedCommune,
} from './export-values';
import { LABELS, NO_PIVOT, SPECIFIC_PUBLICS, THEME_SERVICE, TYPOLOGIES } from './mediation-numerique.vocabulary';
import schemaFile from './standards/mediation-numerique-v1.0.2.tableschema.json';
import { checkCell, fieldNames, type TableSchema } from './table-schema';

export const MEDIATION_SCHEMA = schemaFile as TableSchema;

/** The CSV header: the schema's field names, in its order. */
export const MEDIATION_FIELDS = fieldNames(MEDIATION_SCHEMA);

/** One place: the schema's fields that have a value, as they read in the CSV (coordinates as numbers). */
export type MediationPlace = Record<string, string | number>;

export interface MediationExport {
  places: MediationPlace[];
  excluded: Array<{ id: string; name: string; reason: string }>;
}

/**
 * A place is an organisation offering a service of the rights and digital inclusion theme. The
 * standard requires commune, code_postal and adresse: a place without a commune cannot be located
 * and is left out (reported in `excluded`); one without a street address is given its commune's
 * name as `adresse`, which the schema accepts and geocoders resolve to the commune.
 */
export function toMediationPlaces(organizations: Organization[], now: Date): MediationExport {
  const result: MediationExport = { places: [], excluded: [] };
  for (const organization of organizations) {
    const services = organization.services
      .getItems()
      .filter((service) => service.themes.includes(Theme.RIGHTS_AND_DIGITAL_INCLUSION));
    if (!services.length) continue;
    const commune = organization.commune ? currentCommune(organization.commune.getEntity(), now) : null;
    if (!commune?.postalCode) {
      result.excluded.push({ id: organization.id, name: organization.name, reason: 'no commune or postal code to locate it' });
    } else {
      result.places.push(toPlace(organization, services, commune, now));
    }
  }
  return result;
}

function toPlace(organization: Organization, services: Service[], commune: ExportedCommune, now: Date): MediationPlace {
  const labels = organization.labels.flatMap((label) => LABELS[labelKey(label)] ?? []);
  const modes = new Set(services.flatMap((service) => service.modes));
  const address = organization.address?.trim();
  const place: Record<string, string | number | null | undefined> = {
    id: exportId(organization.id),
    pivot: NO_PIVOT,
    nom: organization.name.trim(),
    commune: commune.name,
    code_postal: commune.postalCode,
    code_insee: commune.inseeCode,
    adresse: address || (commune.formerName ?? commune.name),
    complement_adresse: address ? commune.formerName : null,
    latitude: commune.latitude,
    longitude: commune.longitude,
    typologie: joined([TYPOLOGIES[organization.kind], ...labels.map((label) => label.typologie)]),
    telephone: ifValid('telephone', e164Phone(organization.publicPhone)),
    courriels: publicEmail(organization.publicEmail),
    site_web: webUrl(organization.website),
    horaires: organization.openingHours?.trim(),
    presentation_resume: summary(organization, services),
    presentation_detail: services.map((service) => serviceSentence(service)).join(' '),
    source: SOURCE,
    itinerance: joined([
      modes.has(ServiceMode.ON_SITE) || modes.has(ServiceMode.BY_APPOINTMENT) ? 'Fixe' : null,
      modes.has(ServiceMode.ITINERANT) ? 'Itinérant' : null,
    ]),
    date_maj: isoDate(latest([organization.updatedAt, ...services.map((service) => service.updatedAt)]), now),
    services: joined([THEME_SERVICE, ...labels.map((label) => label.service)]),
    publics_specifiquement_adresses: specificPublics(services),
    dispositif_programmes_nationaux: joined(labels.map((label) => label.programme)),
  };
  return Object.fromEntries(
    MEDIATION_FIELDS.flatMap((field) =>
      place[field] === null || place[field] === undefined || place[field] === '' ? [] : [[field, place[field]]],
    ),
  );
}

/** The CSV cells of a place, in the schema's order; a missing value is an empty cell. */
export function placeCells(place: MediationPlace): string[] {
  return MEDIATION_FIELDS.map((field) => (place[field] === undefined ? '' : String(place[field])));
}

function joined(values: Array<string | null | undefined>): string | null {
  const present = [...new Set(values.filter((value): value is string => Boolean(value)))];
  return present.length ? present.join('|') : null;
}

/** Keeps an optional value only if the schema accepts it: a phone typed abroad must not void the file. */
function ifValid(fieldName: string, value: string | null): string | null {
  const field = MEDIATION_SCHEMA.fields.find((candidate) => candidate.name === fieldName)!;
  return value !== null && checkCell(MEDIATION_SCHEMA, field, value).length === 0 ? value : null;
}

function summary(organization: Organization, services: Service[]): string | null {
  const text = organization.description?.trim() || services.find((service) => service.description?.trim())?.description?.trim();
  return text ? truncate(text, 280) : null;
}

function serviceSentence(service: Service): string {
  const description = service.description?.trim();
  if (!description) return `${service.name}.`;
  return `${service.name} : ${description}${/[.!?…]$/.test(description) ? '' : '.'}`;
}

/** Only when every digital service is for specific publics the standard names. */
function specificPublics(services: Service[]): string | null {
  const audiences = services.flatMap((service) => service.audiences);
  if (!audiences.length || audiences.includes(Audience.ALL) || audiences.some((audience) => !SPECIFIC_PUBLICS[audience]))
    return null;
  return joined(audiences.map((audience) => SPECIFIC_PUBLICS[audience]));
}
