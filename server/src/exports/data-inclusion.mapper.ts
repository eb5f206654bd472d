// The directory as data·inclusion v1 structures and services (schema v1.0.8, standards/ folder).
import { Audience, ServiceMode } from '../directory/directory.enums';
import type { Organization } from '../directory/organization.entity';
import type { Service } from '../directory/service.entity';
import {
  boundedText,
  currentCommune,
  currentInseeCode,
  e164Phone,
  exportId,
  exportName,
  isoDate,
  joinLabels,
  labelKey,
  publicEmail,
  SOURCE,
  structureUrl,
  webUrl,
} from './export-values';
import {
  KIND_NETWORKS,
  LABEL_NETWORKS,
  PARTNER_AUDIENCES,
  PUBLICS,
  THEME_LABELS,
  THEMATIQUES,
} from './data-inclusion.vocabulary';

interface AddressFields {
  commune: string | null;
  code_postal: string | null;
  code_insee: string | null;
  adresse: string | null;
  complement_adresse: string | null;
  longitude: number | null;
  latitude: number | null;
}

interface ContactFields {
  telephone: string | null;
  courriel: string | null;
}

export interface DataInclusionStructure extends AddressFields, ContactFields {
  source: string;
  id: string;
  nom: string;
  date_maj: string;
  description: string | null;
  lien_source: string;
  siret: null;
  site_web: string | null;
  horaires_accueil: string | null;
  accessibilite_lieu: null;
  reseaux_porteurs: string[] | null;
}

export interface DataInclusionService extends AddressFields, ContactFields {
  source: string;
  structure_id: string;
  id: string;
  nom: string;
  description: string;
  date_maj: string;
  lien_source: string;
  type: null;
  thematiques: string[] | null;
  frais: null;
  frais_precisions: null;
  publics: string[] | null;
  publics_precisions: string | null;
  conditions_acces: null;
  modes_accueil: string[] | null;
  zone_eligibilite: string[] | null;
  // Never filled: a contact name is personal data, and we record no mobilisation details.
  contact_nom_prenom: null;
  /** The service's own address (an online tool), where it is mobilised. */
  lien_mobilisation: string | null;
  modes_mobilisation: null;
  mobilisable_par: null;
  mobilisation_precisions: null;
  volume_horaire_hebdomadaire: null;
  nombre_semaines: null;
  horaires_accueil: null;
}

export interface DataInclusionExport<T> {
  records: T[];
  excluded: Array<{ id: string; reason: string }>;
}

const orNull = <T>(list: T[]): T[] | null => (list.length ? list : null);

/** Each organisation as a structure; one whose name cannot make a valid `nom` is left out. */
export function toStructures(
  organizations: Organization[],
  publicUrl: string,
  now: Date,
): DataInclusionExport<DataInclusionStructure> {
  const result: DataInclusionExport<DataInclusionStructure> = { records: [], excluded: [] };
  for (const organization of organizations) {
    const nom = exportName(organization.name);
    if (!nom) result.excluded.push({ id: organization.id, reason: 'name shorter than 3 characters' });
    else result.records.push(toStructure(organization, nom, publicUrl, now));
  }
  return result;
}

function toStructure(organization: Organization, nom: string, publicUrl: string, now: Date): DataInclusionStructure {
  return {
    source: SOURCE,
    id: exportId(organization.id),
    nom,
    date_maj: isoDate(organization.updatedAt, now),
    description: boundedText(organization.description, 5, 10_000),
    lien_source: structureUrl(publicUrl, organization.slug),
    siret: null,
    ...addressOf(organization, now),
    ...contactOf(organization),
    site_web: webUrl(organization.website),
    horaires_accueil: organization.openingHours?.trim() || null,
    accessibilite_lieu: null,
    reseaux_porteurs: orNull(networksOf(organization)),
  };
}

/**
 * The services offered to inhabitants, attached to their exported structure. Left out: services of a
 * structure that is not exported, and services for partners only (professionals, volunteers,
 * elected officials), which are coordination work rather than an offer data·inclusion describes.
 */
export function toServices(
  organizations: Organization[],
  publicUrl: string,
  now: Date,
): DataInclusionExport<DataInclusionService> {
  const result: DataInclusionExport<DataInclusionService> = { records: [], excluded: [] };
  for (const organization of organizations) {
    const structureNamed = exportName(organization.name) !== null;
    for (const service of organization.services.getItems()) {
      const nom = exportName(service.name);
      if (!structureNamed) result.excluded.push({ id: service.id, reason: 'its structure is not exported' });
      else if (isForPartnersOnly(service)) result.excluded.push({ id: service.id, reason: 'for partners only' });
      else if (!nom) result.excluded.push({ id: service.id, reason: 'name shorter than 3 characters' });
      else result.records.push(toService(service, nom, organization, publicUrl, now));
    }
  }
  return result;
}

export function isForPartnersOnly(service: Service): boolean {
  return service.audiences.length > 0 && service.audiences.every((audience) => PARTNER_AUDIENCES.includes(audience));
}

function toService(
  service: Service,
  nom: string,
  organization: Organization,
  publicUrl: string,
  now: Date,
): DataInclusionService {
  const atStructure = service.modes.some((mode) => mode === ServiceMode.ON_SITE || mode === ServiceMode.BY_APPOINTMENT);
  const { publics, publics_precisions } = publicsOf(service.audiences);
  return {
    source: SOURCE,
    structure_id: exportId(organization.id),
    id: exportId(service.id),
    nom,
    description: boundedText(service.description, 5, 10_000) ?? descriptionFromFacts(service, organization),
    date_maj: isoDate(service.updatedAt, now),
    lien_source: structureUrl(publicUrl, organization.slug),
    type: null,
    thematiques: orNull([...new Set(service.themes.flatMap((theme) => THEMATIQUES[theme]))]),
    frais: null,
    frais_precisions: null,
    publics,
    publics_precisions,
    conditions_acces: null,
    // Itinerant and remote services happen elsewhere than at the structure's address.
    ...(atStructure ? addressOf(organization, now) : NO_ADDRESS),
    ...contactOf(organization),
    modes_accueil: orNull([
      ...new Set(service.modes.map((mode) => (mode === ServiceMode.REMOTE ? 'a-distance' : 'en-presentiel'))),
    ]),
    zone_eligibilite: orNull(
      [...new Set(service.communesServed.getItems().map((commune) => currentInseeCode(commune, now)))].sort(),
    ),
    contact_nom_prenom: null,
    lien_mobilisation: webUrl(service.url),
    modes_mobilisation: null,
    mobilisable_par: null,
    mobilisation_precisions: null,
    volume_horaire_hebdomadaire: null,
    nombre_semaines: null,
    horaires_accueil: null,
  };
}

/** A description made only of what we know, for a service recorded without one (it is required). */
function descriptionFromFacts(service: Service, organization: Organization): string {
  const themes = service.themes.map((theme) => THEME_LABELS[theme]);
  const about = themes.length ? ` (${joinLabels(themes)})` : '';
  return `${service.name.trim()} : service proposé par ${exportName(organization.name) ?? organization.name}${about}.`;
}

function publicsOf(audiences: Audience[]): Pick<DataInclusionService, 'publics' | 'publics_precisions'> {
  // The standard's `tous-publics` excludes any other public.
  const publics = audiences.includes(Audience.ALL)
    ? ['tous-publics']
    : [...new Set(audiences.flatMap((audience) => PUBLICS[audience].public ?? []))];
  return { publics: orNull(publics), publics_precisions: precisionsOf(audiences) };
}

/** Says in words what the publics lose: "en particulier", parents rather than families, partners. */
function precisionsOf(audiences: Audience[]): string | null {
  const others = audiences.filter((audience) => audience !== Audience.ALL).map((audience) => PUBLICS[audience].label);
  if (audiences.includes(Audience.ALL)) return others.length ? `Tous publics, en particulier : ${joinLabels(others)}.` : null;
  return audiences.every((audience) => PUBLICS[audience].exact) ? null : `Publics visés : ${joinLabels(others)}.`;
}

const NO_ADDRESS: AddressFields = {
  commune: null,
  code_postal: null,
  code_insee: null,
  adresse: null,
  complement_adresse: null,
  longitude: null,
  latitude: null,
};

function addressOf(organization: Organization, now: Date): AddressFields {
  if (!organization.commune) return { ...NO_ADDRESS, adresse: organization.address?.trim() || null };
  const commune = currentCommune(organization.commune.getEntity(), now);
  return {
    commune: commune.name,
    code_postal: commune.postalCode,
    code_insee: commune.inseeCode,
    adresse: organization.address?.trim() || null,
    complement_adresse: commune.formerName,
    // Not the commune's centre: data·inclusion geocodes the address, a centroid would pass for a position.
    longitude: null,
    latitude: null,
  };
}

function contactOf(organization: Organization): ContactFields {
  return { telephone: e164Phone(organization.publicPhone), courriel: publicEmail(organization.publicEmail) };
}

function networksOf(organization: Organization): string[] {
  const fromKind = KIND_NETWORKS[organization.kind];
  const fromLabels = organization.labels.flatMap((label) => LABEL_NETWORKS[labelKey(label)] ?? []);
  return [...new Set([...(fromKind ? [fromKind] : []), ...fromLabels])];
}
