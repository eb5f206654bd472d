// Maillage's vocabulary in data·inclusion v1 terms. Every value below must be in the schema's enums
// ($defs of standards/data-inclusion-v1-*.schema.json); a test checks it.
import { Audience, OrganizationKind, Theme } from '../directory/directory.enums';

/**
 * Our themes are the CTG's fields; data·inclusion's thématiques are finer needs. Each theme maps
 * to the needs all its services answer; YOUTH has no faithful equivalent (its services range from
 * leisure to jobs) and maps to none: the `jeunes` public carries it.
 */
export const THEMATIQUES: Record<Theme, string[]> = {
  [Theme.RIGHTS_AND_DIGITAL_INCLUSION]: [
    'difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-aux-droits',
    'difficultes-administratives-ou-juridiques--accompagnement-aux-demarches-administratives',
    'numerique--acceder-a-des-services-en-ligne',
  ],
  [Theme.EARLY_CHILDHOOD]: ['famille--garde-denfants'],
  [Theme.CHILDHOOD]: ['famille--soutien-a-la-parentalite-et-a-leducation'],
  [Theme.YOUTH]: [],
  [Theme.PARENTING]: ['famille--soutien-a-la-parentalite-et-a-leducation'],
  [Theme.SOCIAL_LIFE]: ['remobilisation--lien-social'],
  [Theme.HOUSING]: ['logement-hebergement--sinformer-sur-les-demarches-liees-a-lacces-au-logement'],
};

export const THEME_LABELS: Record<Theme, string> = {
  [Theme.RIGHTS_AND_DIGITAL_INCLUSION]: 'accès aux droits et inclusion numérique',
  [Theme.EARLY_CHILDHOOD]: 'petite enfance',
  [Theme.CHILDHOOD]: 'enfance',
  [Theme.YOUTH]: 'jeunesse',
  [Theme.PARENTING]: 'parentalité',
  [Theme.SOCIAL_LIFE]: 'animation de la vie sociale',
  [Theme.HOUSING]: 'logement',
};

/**
 * data·inclusion publics are the people a service is for. Children are reached through their
 * families; professionals, volunteers and elected officials are not a public of the standard.
 * `exact` marks a public that says all our audience says (no need for publics_precisions).
 */
export const PUBLICS: Record<Audience, { public: string | null; exact: boolean; label: string }> = {
  [Audience.ALL]: { public: 'tous-publics', exact: true, label: 'tous publics' },
  [Audience.FAMILIES]: { public: 'familles', exact: true, label: 'familles' },
  [Audience.PARENTS]: { public: 'familles', exact: false, label: 'parents' },
  [Audience.YOUNG_CHILDREN]: { public: 'familles', exact: false, label: 'jeunes enfants' },
  [Audience.CHILDREN]: { public: 'familles', exact: false, label: 'enfants' },
  [Audience.TEENAGERS]: { public: 'jeunes', exact: false, label: 'adolescents' },
  [Audience.YOUNG_ADULTS]: { public: 'jeunes', exact: false, label: 'jeunes adultes' },
  [Audience.SENIORS]: { public: 'seniors', exact: true, label: 'seniors' },
  [Audience.PEOPLE_WITH_DISABILITIES]: {
    public: 'personnes-en-situation-de-handicap',
    exact: true,
    label: 'personnes en situation de handicap',
  },
  [Audience.PEOPLE_IN_PRECARITY]: { public: null, exact: false, label: 'personnes en situation de précarité' },
  [Audience.PROFESSIONALS]: { public: null, exact: false, label: 'professionnels' },
  [Audience.VOLUNTEERS]: { public: null, exact: false, label: 'bénévoles' },
  [Audience.ELECTED_OFFICIALS]: { public: null, exact: false, label: 'élus' },
};

/** Audiences of partners rather than inhabitants: a service for them only is not an offer to the public. */
export const PARTNER_AUDIENCES: readonly Audience[] = [Audience.PROFESSIONALS, Audience.VOLUNTEERS, Audience.ELECTED_OFFICIALS];

/**
 * The kinds that name the network carrying a structure. Others (a social centre, an association)
 * say what it is, not who carries it: affiliation to a federation (fcsf…) is not recorded.
 */
export const KIND_NETWORKS: Partial<Record<OrganizationKind, string>> = {
  [OrganizationKind.CAF]: 'caf',
  [OrganizationKind.CCAS]: 'ccas-cias',
  [OrganizationKind.MUNICIPALITY]: 'communes',
  [OrganizationKind.DEPARTMENT]: 'departements',
};

/**
 * Labels that make a structure part of a national network, keyed by `labelKey`. "Point numérique
 * Caf" and "Ps jeunes" are CAF schemes a structure runs, not a network that carries it.
 */
export const LABEL_NETWORKS: Record<string, string> = {
  'france services': 'france-service',
  'france service': 'france-service',
  'conseillers numeriques': 'conseillers-numeriques',
  'conseiller numerique': 'conseillers-numeriques',
  'aidants connect': 'aidants-connect',
  'espace public numerique': 'espaces-publics-numeriques',
  'reseau information jeunesse': 'reseau-information-jeunesse',
};
