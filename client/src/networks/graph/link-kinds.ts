import type { NetworkLinkKind } from '../../gql/graphql';

/** French wording of each kind of link, and how the graph draws it (the legend shows the same). */
export const LINK_KIND_LABELS: Record<NetworkLinkKind, string> = {
  TRANSVERSALITY: 'Transversalité',
  PREVENTION_PROTECTION_GATEWAY: 'Passerelle prévention – protection',
  REFERRAL: 'Orientation des publics',
  JOINT_PROJECT: 'Projet commun',
};

/** Shorter, for the label drawn on the line. */
export const LINK_KIND_SHORT: Record<NetworkLinkKind, string> = {
  TRANSVERSALITY: 'Transversalité',
  PREVENTION_PROTECTION_GATEWAY: 'Prévention – protection',
  REFERRAL: 'Orientation',
  JOINT_PROJECT: 'Projet commun',
};

/** Colour and dash pattern: told apart without colour too (dashes, arrow for the one directed kind). */
export const LINK_KIND_STYLES: Record<NetworkLinkKind, { color: string; dash?: string }> = {
  TRANSVERSALITY: { color: '#1d4ed8' },
  PREVENTION_PROTECTION_GATEWAY: { color: '#b42318', dash: '10 5' },
  REFERRAL: { color: '#7a3a06', dash: '3 4' },
  JOINT_PROJECT: { color: '#0b5d55', dash: '14 4 3 4' },
};

export const DIRECTED_KINDS: NetworkLinkKind[] = ['REFERRAL'];
