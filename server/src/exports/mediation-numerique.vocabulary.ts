// Maillage's vocabulary in the terms of the médiation numérique standard v1.0.2. Values must satisfy
// the patterns of standards/mediation-numerique-v1.0.2.tableschema.json; a test checks it.
import { Audience, OrganizationKind } from '../directory/directory.enums';

/**
 * Stands for the SIRET we do not record. The schema documents no placeholder; its pattern accepts
 * this one, which the data of the national cartography (ANCT) uses for places without a SIRET.
 */
export const NO_PIVOT = '00000000000000';

/** Every place we export helps with démarches: it offers a service of the rights and digital inclusion theme. */
export const THEME_SERVICE = 'Aide aux démarches administratives';

/** What a label tells of a place: its national programme, and a service the programme guarantees. */
export const LABELS: Record<string, { programme: string; service?: string; typologie?: string }> = {
  'france services': { programme: 'France Services', typologie: 'RFS' },
  'france service': { programme: 'France Services', typologie: 'RFS' },
  // A Point numérique Caf is, by definition, a computer connected to the internet for caf.fr, with help.
  'point numerique caf': { programme: "Point d'accès numérique CAF", service: 'Accès internet et matériel informatique' },
  'conseillers numeriques': { programme: 'Conseillers numériques' },
  'conseiller numerique': { programme: 'Conseillers numériques' },
  'aidants connect': { programme: 'Aidants Connect' },
  'promeneurs du net': { programme: 'Promeneurs du net' },
};

/** data·inclusion typologies of structures (the standard refers to them); kinds without one map to none. */
export const TYPOLOGIES: Partial<Record<OrganizationKind, string>> = {
  [OrganizationKind.CAF]: 'CAF',
  [OrganizationKind.INTERCOMMUNALITY]: 'EPCI',
  [OrganizationKind.MUNICIPALITY]: 'MUNI',
  [OrganizationKind.CCAS]: 'CCAS',
  [OrganizationKind.DEPARTMENT]: 'CD',
  [OrganizationKind.SOCIAL_CENTRE]: 'CS',
  [OrganizationKind.SOCIAL_LIFE_SPACE]: 'EVS',
  [OrganizationKind.ASSOCIATION]: 'ASSO',
};

/**
 * "Publics spécifiquement adressés" says a place is for these publics only; an audience missing
 * here (everyone, people in precarity…) means the place is not that exclusive.
 */
export const SPECIFIC_PUBLICS: Partial<Record<Audience, string>> = {
  [Audience.FAMILIES]: 'Familles et/ou enfants',
  [Audience.PARENTS]: 'Familles et/ou enfants',
  [Audience.YOUNG_CHILDREN]: 'Familles et/ou enfants',
  [Audience.CHILDREN]: 'Familles et/ou enfants',
  [Audience.TEENAGERS]: 'Jeunes',
  [Audience.YOUNG_ADULTS]: 'Jeunes',
  [Audience.SENIORS]: 'Seniors',
};
