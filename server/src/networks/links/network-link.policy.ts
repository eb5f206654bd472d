import { isAdmin } from '../../accounts/account.policy';
import type { Viewer } from '../../shared/actor';
import type { NodeReaders } from '../../shared/node';
import { animates, canManageMembersSql } from '../network.policy';
import { NetworkLink } from './network-link.entity';

/** The links area's rules, written once: services, `viewerCan` and `node(id)`. */

/** Admins link any two networks; an animator links a network they animate to any other. */
export const canLinkNetworks = (viewer: Viewer, fromId: string, toId: string): boolean =>
  isAdmin(viewer) || animates(viewer, fromId) || animates(viewer, toId);

/** Offered on a network's page: its animators (and admins) draw links from it. */
export const canLinkFrom = (viewer: Viewer, networkId: string): boolean => isAdmin(viewer) || animates(viewer, networkId);

/** `canLinkFrom` as SQL on a network id column, for compiled reads: the same rule as managing its members. */
export const canLinkFromSql = canManageMembersSql;

/** A link is changed or removed by those who could have drawn it. */
export const canManageLink = (viewer: Viewer, link: NetworkLink): boolean => canLinkNetworks(viewer, link.from.id, link.to.id);

/**
 * Links are public, like the networks and their memberships: the map of who works with whom is
 * what the directory is for. Their joint meetings are filtered per viewer (readableMeetingsFilter).
 */
export const linkNodeReaders = {
  NetworkLink: { entity: NetworkLink, canRead: () => true },
} satisfies NodeReaders<'NetworkLink'>;
