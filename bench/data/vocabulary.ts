import { Audience, OrganizationKind, ServiceMode, Theme } from '../../server/src/directory/directory.enums';
import { MembershipRole, NetworkKind } from '../../server/src/networks/network.enums';

/**
 * The words of a synthetic directory: French, with their accents, in the register of the CTG
 * documents, so that searches such as "parentalité" or "numérique" meet what they would meet
 * in a real department.
 */

export const KIND_WEIGHTS: ReadonlyArray<readonly [OrganizationKind, number]> = [
  [OrganizationKind.ASSOCIATION, 30],
  [OrganizationKind.CHILDCARE, 14],
  [OrganizationKind.SCHOOL, 10],
  [OrganizationKind.PUBLIC_SERVICE, 8],
  [OrganizationKind.HEALTH, 8],
  [OrganizationKind.CCAS, 6],
  [OrganizationKind.OTHER, 6],
  [OrganizationKind.SOCIAL_CENTRE, 4],
  [OrganizationKind.SOCIAL_LIFE_SPACE, 4],
  [OrganizationKind.HOUSING_PROVIDER, 3],
  [OrganizationKind.COMPANY, 3],
  [OrganizationKind.DEPARTMENT, 1],
  [OrganizationKind.CAF, 1],
];

const T = Theme;

/** What each kind of structure mostly works on. */
export const KIND_THEMES: Record<OrganizationKind, ReadonlyArray<readonly [Theme, number]>> = {
  CAF: [[T.RIGHTS_AND_DIGITAL_INCLUSION, 4], [T.PARENTING, 2], [T.EARLY_CHILDHOOD, 1], [T.HOUSING, 1], [T.SOCIAL_LIFE, 1]],
  INTERCOMMUNALITY: [[T.EARLY_CHILDHOOD, 2], [T.CHILDHOOD, 2], [T.YOUTH, 2], [T.HOUSING, 1], [T.SOCIAL_LIFE, 1], [T.PARENTING, 1]],
  MUNICIPALITY: [[T.CHILDHOOD, 3], [T.SOCIAL_LIFE, 2], [T.YOUTH, 1], [T.HOUSING, 1], [T.RIGHTS_AND_DIGITAL_INCLUSION, 1]],
  CCAS: [[T.RIGHTS_AND_DIGITAL_INCLUSION, 3], [T.HOUSING, 3], [T.SOCIAL_LIFE, 1], [T.PARENTING, 1]],
  DEPARTMENT: [[T.EARLY_CHILDHOOD, 2], [T.PARENTING, 2], [T.RIGHTS_AND_DIGITAL_INCLUSION, 2], [T.YOUTH, 1], [T.HOUSING, 1]],
  SOCIAL_CENTRE: [[T.SOCIAL_LIFE, 3], [T.PARENTING, 3], [T.YOUTH, 2], [T.CHILDHOOD, 2], [T.RIGHTS_AND_DIGITAL_INCLUSION, 2]],
  SOCIAL_LIFE_SPACE: [[T.SOCIAL_LIFE, 4], [T.PARENTING, 2], [T.RIGHTS_AND_DIGITAL_INCLUSION, 2]],
  CHILDCARE: [[T.EARLY_CHILDHOOD, 6], [T.CHILDHOOD, 3], [T.PARENTING, 1]],
  ASSOCIATION: [[T.SOCIAL_LIFE, 3], [T.PARENTING, 2], [T.RIGHTS_AND_DIGITAL_INCLUSION, 2], [T.YOUTH, 2], [T.CHILDHOOD, 1], [T.HOUSING, 1]],
  PUBLIC_SERVICE: [[T.RIGHTS_AND_DIGITAL_INCLUSION, 5], [T.YOUTH, 2], [T.CHILDHOOD, 1]],
  HOUSING_PROVIDER: [[T.HOUSING, 8], [T.SOCIAL_LIFE, 1]],
  SCHOOL: [[T.CHILDHOOD, 4], [T.YOUTH, 3], [T.PARENTING, 1]],
  HEALTH: [[T.EARLY_CHILDHOOD, 2], [T.PARENTING, 2], [T.YOUTH, 1], [T.SOCIAL_LIFE, 1]],
  COMPANY: [[T.EARLY_CHILDHOOD, 2], [T.RIGHTS_AND_DIGITAL_INCLUSION, 2], [T.HOUSING, 1]],
  OTHER: [[T.PARENTING, 2], [T.YOUTH, 2], [T.EARLY_CHILDHOOD, 1], [T.SOCIAL_LIFE, 1]],
};

/** Organisation names; {c} is a commune ("de Crest", "d'Aouste-sur-Sye"), {n} a given name. */
export const KIND_NAMES: Record<OrganizationKind, readonly string[]> = {
  CAF: ['Caf – accueil {c}', 'Caf – point relais {c}'],
  INTERCOMMUNALITY: [],
  MUNICIPALITY: ['Commune {c}'],
  CCAS: ['CCAS {c}', 'Centre communal d\'action sociale {c}'],
  DEPARTMENT: ['Centre médico-social {c}', 'Département – antenne solidarités {c}', 'Protection maternelle et infantile {c}'],
  SOCIAL_CENTRE: ['Centre social {n}', 'Centre social {c}', 'Centre social et culturel {n}', 'Centre social – MJC {n}'],
  SOCIAL_LIFE_SPACE: ['Espace de vie sociale {n}', 'Espace de vie sociale {c}', 'Tiers-lieu {n}'],
  CHILDCARE: ['Crèche « {n} »', 'Micro-crèche {n}', 'Multi-accueil {c}', 'Relais petite enfance {c}', 'Accueil de loisirs {c}', 'Halte-garderie « {n} »'],
  ASSOCIATION: [
    'Association {n}', 'Familles rurales {c}', 'Ludothèque {n}', 'Secours populaire – antenne {c}', 'Maison des jeunes et de la culture {c}',
    'Jardins partagés {n}', 'Atelier numérique {n}', 'Amicale laïque {c}', 'Collectif {n}', 'Les Restos du cœur – centre {c}',
    'Association des parents d\'élèves {c}', 'Café associatif {n}', 'Compagnie {n}', 'Université populaire {c}',
  ],
  PUBLIC_SERVICE: ['France services {c}', 'Médiathèque {c}', 'Point information jeunesse {c}', 'France Travail – agence {c}', 'Mission locale – antenne {c}'],
  HOUSING_PROVIDER: ['{n} Habitat', 'Office public de l\'habitat – agence {c}', 'Résidence sociale {n}', 'Foyer de jeunes travailleurs {n}'],
  SCHOOL: ['École élémentaire {n}', 'École maternelle {c}', 'Groupe scolaire {n}', 'Collège {n}', 'Lycée {n}'],
  HEALTH: ['Maison de santé {c}', 'Centre médico-psychologique {c}', 'Centre de santé {n}', 'Centre de planification {c}', 'Institut médico-éducatif {n}'],
  COMPANY: ['Coopérative {n}', 'Crèche d\'entreprise {n}', '{n} services à la personne'],
  OTHER: ['Lieu d\'accueil enfants-parents « {n} »', 'Espace jeunes {c}', 'Pôle ressource handicap {c}', 'Point d\'accès au droit {c}', 'Maison des familles {n}'],
};

/** Names given to places and projects. */
export const GIVEN_NAMES = [
  'Les Tilleuls', 'La Passerelle', 'Le Lien', 'L\'Escale', 'Les Petits Loups', 'Pomme d\'Api', 'Les Lucioles', 'L\'Île aux enfants',
  'La Ruche', 'Le Grand Chêne', 'Les Colibris', 'La Courte Échelle', 'Récré\'Actions', 'Le Tournesol', 'Les Cigales', 'Arc-en-ciel',
  'La Clé des champs', 'Les Marmousets', 'Le Petit Prince', 'La Fontaine', 'Jules Ferry', 'Marie Curie', 'Jean Jaurès', 'Victor Hugo',
  'Simone Veil', 'Louise Michel', 'Jacques Prévert', 'George Sand', 'Olympe de Gouges', 'Émile Zola', 'Germaine Tillion', 'Lucie Aubrac',
  'Les Écureuils', 'Le Moulin', 'La Forêt', 'Les Oliviers', 'Les Lavandes', 'Le Trait d\'union', 'La Boussole', 'L\'Éveil',
  'Tiss\'âges', 'Archijeux', 'Le Forum', 'Épicentre', 'Les Hirondelles', 'La Maison bleue', 'Les Capucines', 'Le Kiosque',
];

export const SERVICE_NAMES: Record<Theme, readonly string[]> = {
  RIGHTS_AND_DIGITAL_INCLUSION: [
    'Atelier numérique', 'Permanence d\'accès aux droits', 'Point numérique Caf', 'Aide aux démarches en ligne', 'Médiation numérique',
    'Accompagnement numérique des seniors', 'Conseiller numérique', 'France services', 'Permanence juridique', 'Écrivain public',
  ],
  EARLY_CHILDHOOD: [
    'Accueil collectif du jeune enfant', 'Accueil occasionnel', 'Information des familles et des assistants maternels', 'Éveil musical des tout-petits',
    'Halte-garderie', 'Accueil d\'urgence petite enfance', 'Temps collectifs pour assistants maternels', 'Bébés lecteurs',
  ],
  CHILDHOOD: [
    'Accueil de loisirs du mercredi', 'Accueil périscolaire', 'Séjours d\'été', 'Aide aux devoirs', 'Ludothèque itinérante',
    'Ateliers sportifs', 'Classes découvertes', 'Accompagnement à la scolarité',
  ],
  YOUTH: [
    'Point information jeunesse', 'Espace jeunes', 'Accompagnement des projets de jeunes', 'Chantiers jeunes', 'Prévention spécialisée',
    'Promeneurs du net', 'Projet Ps jeunes', 'Accompagnement vers l\'emploi des jeunes', 'Séjours adolescents',
  ],
  PARENTING: [
    'Café des parents', 'Soutien à la parentalité', 'Groupe de parole de parents', 'Ateliers parents-enfants', 'Lieu d\'accueil enfants-parents',
    'Conférences sur l\'éducation', 'Médiation familiale', 'Sorties familles', 'Espace rencontre parents-enfants',
  ],
  SOCIAL_LIFE: [
    'Animation de la vie sociale', 'Repas partagés', 'Jardins partagés', 'Accueil des bénévoles', 'Fête de quartier',
    'Ateliers Point budget', 'Accueil et animation', 'Transport solidaire', 'Épicerie solidaire',
  ],
  HOUSING: [
    'Aide au logement', 'Guichet enregistreur « logement social »', 'Lutte contre l\'habitat indigne', 'Conseil en rénovation énergétique',
    'Hébergement d\'urgence', 'Accompagnement au relogement', 'Prévention des expulsions', 'Logement des jeunes',
  ],
};

export const SERVICE_DESCRIPTIONS: Record<Theme, readonly string[]> = {
  RIGHTS_AND_DIGITAL_INCLUSION: [
    'Accompagnement aux démarches administratives en ligne et à l\'accès aux droits (Caf, CPAM, impôts).',
    'Initiation au numérique : ordinateur, smartphone, messagerie, sécurité en ligne.',
    'Médiation numérique pour les personnes éloignées du numérique, sur rendez-vous ou en accès libre.',
  ],
  EARLY_CHILDHOOD: [
    'Accueil des enfants de moins de trois ans, régulier ou occasionnel, avec une équipe d\'éducatrices de jeunes enfants.',
    'Information des parents sur les modes d\'accueil du jeune enfant et accompagnement des assistants maternels.',
  ],
  CHILDHOOD: [
    'Accueil de loisirs pour les enfants de 3 à 11 ans, le mercredi et pendant les vacances scolaires.',
    'Activités éducatives, culturelles et sportives pour les enfants, en lien avec le projet éducatif de territoire.',
  ],
  YOUTH: [
    'Information, écoute et accompagnement des jeunes de 11 à 25 ans dans leurs projets, leur orientation et leurs loisirs.',
    'Animation jeunesse de proximité et présence éducative sur les réseaux sociaux.',
  ],
  PARENTING: [
    'Soutien à la parentalité : temps d\'échange entre parents, conférences et ateliers parents-enfants.',
    'Accompagnement des familles dans l\'éducation des enfants, écoute et orientation des parents.',
  ],
  SOCIAL_LIFE: [
    'Animation de la vie sociale : activités collectives, projets d\'habitants et solidarités de voisinage.',
    'Un lieu ouvert à tous pour se rencontrer, partager un repas ou s\'engager comme bénévole.',
  ],
  HOUSING: [
    'Information sur l\'accès au logement, les aides au logement et la rénovation de l\'habitat.',
    'Accompagnement des ménages en difficulté de logement, prévention des expulsions.',
  ],
};

export const THEME_AUDIENCES: Record<Theme, readonly Audience[]> = {
  RIGHTS_AND_DIGITAL_INCLUSION: [Audience.ALL, Audience.SENIORS, Audience.PEOPLE_IN_PRECARITY, Audience.FAMILIES, Audience.YOUNG_ADULTS],
  EARLY_CHILDHOOD: [Audience.YOUNG_CHILDREN, Audience.FAMILIES, Audience.PARENTS, Audience.PROFESSIONALS],
  CHILDHOOD: [Audience.CHILDREN, Audience.FAMILIES, Audience.PEOPLE_WITH_DISABILITIES],
  YOUTH: [Audience.TEENAGERS, Audience.YOUNG_ADULTS, Audience.PROFESSIONALS],
  PARENTING: [Audience.PARENTS, Audience.FAMILIES, Audience.YOUNG_CHILDREN],
  SOCIAL_LIFE: [Audience.ALL, Audience.FAMILIES, Audience.SENIORS, Audience.VOLUNTEERS],
  HOUSING: [Audience.ALL, Audience.PEOPLE_IN_PRECARITY, Audience.YOUNG_ADULTS, Audience.FAMILIES],
};

export const MODE_WEIGHTS: ReadonlyArray<readonly [ServiceMode, number]> = [
  [ServiceMode.ON_SITE, 70], [ServiceMode.BY_APPOINTMENT, 20], [ServiceMode.ITINERANT, 7], [ServiceMode.REMOTE, 3],
];

export const ORGANIZATION_DESCRIPTIONS: Record<Theme, readonly string[]> = {
  RIGHTS_AND_DIGITAL_INCLUSION: [
    'Lieu ressource pour l\'accès aux droits et l\'inclusion numérique du territoire.',
    'Accompagne les habitants dans leurs démarches et leurs usages du numérique.',
  ],
  EARLY_CHILDHOOD: ['Accueil du jeune enfant et soutien aux familles.', 'Structure petite enfance ouverte aux familles du territoire.'],
  CHILDHOOD: ['Loisirs éducatifs et accueil des enfants hors temps scolaire.', 'Acteur du projet éducatif de territoire.'],
  YOUTH: ['Accueil, information et projets des jeunes.', 'Accompagne les adolescents et les jeunes adultes.'],
  PARENTING: ['Actions de soutien à la parentalité et temps partagés en famille.', 'Écoute, conseil et rencontres pour les parents.'],
  SOCIAL_LIFE: ['Animation de la vie sociale et projets d\'habitants.', 'Lieu de rencontres, d\'entraide et de solidarité.'],
  HOUSING: ['Logement, hébergement et amélioration de l\'habitat.', 'Accompagnement des ménages dans leur parcours résidentiel.'],
};

export const LABELS_BY_THEME: Partial<Record<Theme, ReadonlyArray<readonly [string, number]>>> = {
  RIGHTS_AND_DIGITAL_INCLUSION: [['Point numérique Caf', 0.15], ['France services', 0.08], ['Conseiller numérique', 0.1]],
  YOUTH: [['Ps jeunes', 0.12], ['Promeneurs du net', 0.08]],
  SOCIAL_LIFE: [['Agrément centre social', 0.05]],
};

export const FIRST_NAMES = [
  'Élodie', 'Hélène', 'Jérôme', 'François', 'Gaëlle', 'Noémie', 'Benoît', 'Céline', 'Sébastien', 'Chloé', 'Théo', 'Léa', 'Zoé', 'Loïc',
  'Mélanie', 'Anaïs', 'Raphaël', 'Inès', 'Maëlle', 'Jérémie', 'Amélie', 'Stéphane', 'Cécile', 'Frédéric', 'Agnès', 'Clément', 'Héloïse',
  'Joël', 'Aurélie', 'Grégoire', 'Nathalie', 'Sophie', 'Pierre', 'Marie', 'Nicolas', 'Julie', 'Thomas', 'Camille', 'Lucas', 'Manon',
  'Karim', 'Samira', 'Yasmine', 'Mehdi', 'Fatou', 'Moussa', 'Nadia', 'Rachid', 'Aïcha', 'Youssef',
];

export const LAST_NAMES = [
  'Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent', 'Lefèvre',
  'Michel', 'Garcia', 'David', 'Bertrand', 'Roux', 'Vincent', 'Fournier', 'Morel', 'Girard', 'André', 'Mercier', 'Dupont', 'Lambert',
  'Bonnet', 'François', 'Martinez', 'Legrand', 'Garnier', 'Faure', 'Rousseau', 'Blanc', 'Guérin', 'Muller', 'Henry', 'Roussel',
  'Perrin', 'Morin', 'Mathieu', 'Clément', 'Gauthier', 'Dumont', 'Fontaine', 'Chevalier', 'Robin', 'Masson', 'Gérard', 'Nguyen',
  'Boyer', 'Denis', 'Lemaire', 'Duval', 'Joly', 'Roche', 'Noël', 'Meunier', 'Pérez', 'Marchand', 'Dufour', 'Blanchard', 'Barbier',
  'Brun', 'Dumas', 'Brunet', 'Arnaud', 'Giraud', 'Vidal', 'Rivière', 'Ménard', 'Prévost', 'Rémy', 'Chabert', 'Faucher', 'Reynaud',
];

export const JOB_TITLES = [
  'Directrice', 'Directeur', 'Coordinatrice jeunesse', 'Référent familles', 'Conseillère numérique', 'Animateur', 'Éducatrice de jeunes enfants',
  'Chargée de mission CTG', 'Travailleur social', 'Adjointe au maire', 'Responsable de structure', 'Présidente', 'Médiatrice familiale', null,
];

export const STREETS = [
  'rue de la République', 'place de l\'Église', 'avenue Jean Jaurès', 'rue du Moulin', 'chemin des Écoliers', 'rue Victor Hugo',
  'place du Marché', 'route de Valence', 'rue des Écoles', 'allée des Tilleuls', 'boulevard de la Libération', 'impasse des Lavandes',
];

/** The bodies of a CTG, as in the demo: seven thematic networks and the steering committee. */
export const CTG_NETWORKS: ReadonlyArray<{ slug: string; name: string; kind: NetworkKind; theme: Theme | null; description: string }> = [
  { slug: 'acces-aux-droits', name: 'Réseau local « accès aux droits – inclusion numérique »', kind: NetworkKind.NETWORK, theme: T.RIGHTS_AND_DIGITAL_INCLUSION, description: 'Coordonne les lieux d\'accès aux droits et de médiation numérique du territoire.' },
  { slug: 'petite-enfance', name: 'Réseau Petite enfance', kind: NetworkKind.NETWORK, theme: T.EARLY_CHILDHOOD, description: 'Les structures d\'accueil du jeune enfant, le relais petite enfance et leurs partenaires.' },
  { slug: 'enfance-pedt', name: 'Réseau Enfance – Projet éducatif de territoire (PEDT)', kind: NetworkKind.NETWORK, theme: T.CHILDHOOD, description: 'Accueils de loisirs, écoles et communes autour du projet éducatif de territoire.' },
  { slug: 'jeunesse', name: 'Réseau d\'acteurs jeunesse', kind: NetworkKind.NETWORK, theme: T.YOUTH, description: 'Espaces jeunes, information jeunesse et prévention : une politique jeunesse partagée.' },
  { slug: 'parentalite', name: 'Réseau Parentalité', kind: NetworkKind.NETWORK, theme: T.PARENTING, description: 'Les actions de soutien à la parentalité du territoire, coordonnées.' },
  { slug: 'commission-avs', name: 'Commission d\'orientation Animation de la vie sociale', kind: NetworkKind.COMMISSION, theme: T.SOCIAL_LIFE, description: 'Centres sociaux et espaces de vie sociale : projets, agréments et orientations.' },
  { slug: 'logement', name: 'Réseau d\'acteurs logement', kind: NetworkKind.NETWORK, theme: T.HOUSING, description: 'Accès au logement, habitat indigne et rénovation : les acteurs du territoire.' },
  { slug: 'comite-de-pilotage', name: 'Comité de pilotage semestriel de la CTG', kind: NetworkKind.STEERING_COMMITTEE, theme: null, description: 'Pilote la Convention territoriale globale : bilan, priorités et feuille de route.' },
];

export const MEMBER_ROLES: ReadonlyArray<readonly [MembershipRole, number]> = [
  [MembershipRole.MEMBER, 80], [MembershipRole.ELECTED_OFFICIAL, 8], [MembershipRole.GUEST, 6], [MembershipRole.CO_ANIMATOR, 6],
];

/** Words that vary the names of replicated territories and communes. */
export const RIVERS = [
  'Drôme', 'Isère', 'Rhône', 'Roubion', 'Jabron', 'Eygues', 'Ouvèze', 'Lez', 'Gervanne', 'Bez', 'Sye', 'Galaure', 'Herbasse', 'Véore',
  'Ardèche', 'Loire', 'Allier', 'Dordogne', 'Garonne', 'Lot', 'Tarn', 'Aveyron', 'Creuse', 'Vienne', 'Charente', 'Sèvre', 'Orne',
  'Marne', 'Aisne', 'Oise', 'Somme', 'Meuse', 'Moselle', 'Saône', 'Doubs', 'Ain', 'Durance', 'Verdon', 'Var', 'Hérault', 'Aude',
];

export const REGIONS = [
  'Vercors', 'Diois', 'Baronnies', 'Tricastin', 'Valloire', 'Royans', 'Quercy', 'Périgord', 'Limousin', 'Morvan', 'Beauce', 'Perche',
  'Bocage', 'Vexin', 'Brie', 'Gâtinais', 'Sologne', 'Berry', 'Bugey', 'Bresse', 'Jura', 'Velay', 'Gévaudan', 'Cévennes', 'Causses',
  'Comminges', 'Béarn', 'Médoc', 'Santerre', 'Thiérache', 'Argonne', 'Vosges', 'Forez', 'Livradois', 'Queyras', 'Champsaur',
];

export const SAINTS = [
  'Saint-Étienne', 'Sainte-Anne', 'Saint-Médard', 'Saint-Géraud', 'Sainte-Hélène', 'Saint-Rémy', 'Saint-Genès', 'Saint-Aubin', 'Sainte-Eulalie',
  'Saint-Hilaire', 'Saint-Andéol', 'Saint-Privat', 'Saint-Jean', 'Saint-Benoît', 'Sainte-Cécile', 'Saint-Léger', 'Saint-Thomé',
];
