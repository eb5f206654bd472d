import type {
  Audience,
  ErasureStatus,
  MembershipRole,
  NetworkKind,
  OrganizationKind,
  ServiceMode,
  Theme,
  UserRole,
} from '../gql/graphql';

// French wording of every enum the interface shows; the order of each record is the order of the select lists.

export const THEME_LABELS: Record<Theme, string> = {
  RIGHTS_AND_DIGITAL_INCLUSION: 'Accès aux droits et inclusion numérique',
  EARLY_CHILDHOOD: 'Petite enfance',
  CHILDHOOD: 'Enfance',
  YOUTH: 'Jeunesse',
  PARENTING: 'Parentalité',
  SOCIAL_LIFE: 'Animation de la vie sociale',
  HOUSING: 'Logement',
};

export const AUDIENCE_LABELS: Record<Audience, string> = {
  ALL: 'Tout public',
  FAMILIES: 'Familles',
  PARENTS: 'Parents',
  YOUNG_CHILDREN: 'Jeunes enfants',
  CHILDREN: 'Enfants',
  TEENAGERS: 'Adolescents',
  YOUNG_ADULTS: 'Jeunes adultes',
  SENIORS: 'Seniors',
  PEOPLE_WITH_DISABILITIES: 'Personnes en situation de handicap',
  PEOPLE_IN_PRECARITY: 'Personnes en situation de précarité',
  PROFESSIONALS: 'Professionnels',
  VOLUNTEERS: 'Bénévoles',
  ELECTED_OFFICIALS: 'Élus',
};

export const ORGANIZATION_KIND_LABELS: Record<OrganizationKind, string> = {
  CAF: 'Caisse d’allocations familiales',
  INTERCOMMUNALITY: 'Intercommunalité',
  MUNICIPALITY: 'Commune',
  CCAS: 'Centre communal d’action sociale',
  DEPARTMENT: 'Département',
  SOCIAL_CENTRE: 'Centre social',
  SOCIAL_LIFE_SPACE: 'Espace de vie sociale',
  CHILDCARE: 'Accueil de la petite enfance',
  ASSOCIATION: 'Association',
  PUBLIC_SERVICE: 'Service public',
  HOUSING_PROVIDER: 'Bailleur social',
  SCHOOL: 'Établissement scolaire',
  HEALTH: 'Santé',
  COMPANY: 'Entreprise',
  OTHER: 'Autre structure',
};

export const SERVICE_MODE_LABELS: Record<ServiceMode, string> = {
  ON_SITE: 'Sur place',
  BY_APPOINTMENT: 'Sur rendez-vous',
  ITINERANT: 'Itinérant',
  REMOTE: 'À distance',
};

export const NETWORK_KIND_LABELS: Record<NetworkKind, string> = {
  NETWORK: 'Réseau',
  COMMISSION: 'Commission',
  STEERING_COMMITTEE: 'Comité de pilotage',
};

export const MEMBERSHIP_ROLE_LABELS: Record<MembershipRole, string> = {
  ANIMATOR: 'Animateur',
  CO_ANIMATOR: 'Co-animateur',
  MEMBER: 'Membre',
  ELECTED_OFFICIAL: 'Élu référent',
  GUEST: 'Invité',
};

export const USER_ROLE_LABELS: Record<UserRole, string> = {
  PARTNER: 'Partenaire',
  ANIMATOR: 'Animateur de réseau',
  ADMIN: 'Coordination (administrateur)',
};

export const ERASURE_STATUS_LABELS: Record<ErasureStatus, string> = {
  PENDING: 'En attente',
  DONE: 'Effectuée',
  REFUSED: 'Refusée',
};

/** The operations the audit trail records (AuditEntry.action is the mutation's name). */
export const AUDIT_ACTION_LABELS = {
  login: 'Connexion',
  logout: 'Déconnexion',
  inviteUser: 'Invitation d’un utilisateur',
  acceptInvitation: 'Acceptation d’une invitation',
  changeUserRole: 'Changement de rôle d’un compte',
  setUserDisabled: 'Désactivation ou réactivation d’un compte',
  requestErasure: 'Demande d’effacement',
  handleErasureRequest: 'Traitement d’une demande d’effacement',
  updateOrganization: 'Modification d’une structure',
  addService: 'Ajout d’un service',
  updateService: 'Modification d’un service',
  removeService: 'Suppression d’un service',
  confirmService: 'Service confirmé « toujours exact »',
  createPerson: 'Ajout d’un contact',
  addMembership: 'Ajout d’un membre à un réseau',
  changeMembershipRole: 'Changement de rôle dans un réseau',
  removeMembership: 'Retrait d’un membre d’un réseau',
} as const satisfies Record<string, string>;

export type AuditAction = keyof typeof AUDIT_ACTION_LABELS;

/** The values of a label record, for <option>s. */
export function optionsOf<Value extends string>(labels: Record<Value, string>): Array<{ value: Value; label: string }> {
  return (Object.keys(labels) as Value[]).map((value) => ({ value, label: labels[value] }));
}

/** Narrows a string from the URL to one of the record's keys, or undefined. */
export function parseEnum<Value extends string>(labels: Record<Value, string>, raw: string | null): Value | undefined {
  return raw !== null && Object.hasOwn(labels, raw) ? (raw as Value) : undefined;
}

/** "Familles, Parents": the French labels of some values, in the record's order. */
export function labelList<Value extends string>(labels: Record<Value, string>, values: Iterable<Value>): string {
  return sortByLabelOrder(labels, values)
    .map((value) => labels[value])
    .join(', ');
}

/** Enum values in the order of their label record (stable badges whatever the data's order). */
export function sortByLabelOrder<Value extends string>(labels: Record<Value, string>, values: Iterable<Value>): Value[] {
  const order = Object.keys(labels);
  return [...new Set(values)].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}
