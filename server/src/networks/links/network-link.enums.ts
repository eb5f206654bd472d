import { registerEnumType } from 'type-graphql';

/** How two networks work together, in the words of the CTG. */
export enum NetworkLinkKind {
  /** Networks that share actors and topics (« transversalité entre les réseaux »). */
  TRANSVERSALITY = 'TRANSVERSALITY',
  /** Prevention actors and protection actors trained and acting together (« passerelle prévention – protection »). */
  PREVENTION_PROTECTION_GATEWAY = 'PREVENTION_PROTECTION_GATEWAY',
  /** `from` orients its public towards `to`. */
  REFERRAL = 'REFERRAL',
  /** A project carried by both networks. */
  JOINT_PROJECT = 'JOINT_PROJECT',
}

/**
 * Only a referral has a direction (who orients towards whom). The other kinds are symmetric: A–B
 * and B–A are the same link, so the database keeps one of them (a unique index on the unordered
 * pair), and the link keeps the order it was created in, which carries no meaning.
 */
export const DIRECTED_KINDS: readonly NetworkLinkKind[] = [NetworkLinkKind.REFERRAL];

export const isSymmetric = (kind: NetworkLinkKind) => !DIRECTED_KINDS.includes(kind);

registerEnumType(NetworkLinkKind, {
  name: 'NetworkLinkKind',
  valuesConfig: {
    TRANSVERSALITY: { description: 'Shared actors and topics (symmetric).' },
    PREVENTION_PROTECTION_GATEWAY: { description: 'Prevention and protection actors working together (symmetric).' },
    REFERRAL: { description: '`from` orients its public towards `to` (directed).' },
    JOINT_PROJECT: { description: 'A project carried by both networks (symmetric).' },
  },
});
