import { MeetingKind } from '../../server/src/meetings/meeting.enums';

/** What the generated meetings are about, by kind (a network meeting's title starts with its network's name). */
export const MEETING_TOPICS: Record<MeetingKind, readonly string[]> = {
  [MeetingKind.NETWORK_MEETING]: [
    'actualité des partenaires',
    'bilan des actions de l’année',
    'veille sur les besoins des habitants',
    'préparation d’un événement commun',
    'formation partagée des professionnels',
    'feuille de route et priorités',
    'interconnaissance des acteurs',
    'outils communs d’orientation des publics',
    'aller vers les publics éloignés',
    'communication auprès des familles',
  ],
  [MeetingKind.JOINT_MEETING]: [
    'Rencontre inter-réseaux : publics communs',
    'Rencontre inter-réseaux : projets croisés',
    'Rencontre inter-réseaux : formation commune',
  ],
  [MeetingKind.COMMISSION]: [
    'Commission d’orientation AVS : renouvellement d’un projet social',
    'Commission d’orientation AVS : avis sur un agrément',
    'Commission d’orientation AVS : point d’étape',
  ],
  [MeetingKind.STEERING_COMMITTEE]: ['Comité de pilotage CTG : suivi semestriel des feuilles de route'],
  [MeetingKind.PARTNER_CONSULTATION]: ['Concertation partenariale de la CTG'],
};

export const MEETING_PLACES = [
  'Salle du conseil communautaire',
  'Salle des fêtes',
  'Mairie, salle du conseil',
  'Centre social',
  'Espace de vie sociale',
  'Médiathèque',
  'Maison France services',
] as const;

export const MINUTES = [
  '## Tour de table\nChaque structure a présenté son actualité.\n\n## Décisions\n- Une fiche commune sera diffusée.\n- Prochaine rencontre dans deux mois.',
  '## Bilan\nLes actions prévues ont été menées ; deux restent à programmer.\n\n## Suites\nUn groupe de travail prépare la prochaine étape.',
  '## Besoins repérés\nDemandes en hausse dans les communes rurales.\n\n## Pistes\n- permanences itinérantes ;\n- information des familles.',
] as const;
