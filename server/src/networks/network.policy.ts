import { UserRole } from '../accounts/account.enums';
import { isAdmin } from '../accounts/account.policy';
import type { SqlBuilder } from '../graphql/sql-json/compile';
import type { Viewer } from '../shared/actor';
import type { NodeReaders } from '../shared/node';
import { Membership } from './membership.entity';
import { Network } from './network.entity';

/** The networks area's rules, written once. */

/** An animator (by role) with an animating membership of this network. */
export const animates = (viewer: Viewer, networkId: string): boolean =>
  viewer?.kind === 'user' && viewer.role === UserRole.ANIMATOR && viewer.animatedNetworkIds.has(networkId);

/** The networks the viewer animates, by role (the ids `animates` accepts). */
export const animatedBy = (viewer: Viewer): string[] =>
  viewer?.kind === 'user' && viewer.role === UserRole.ANIMATOR ? [...viewer.animatedNetworkIds] : [];

/** `animates` as SQL on a network id column, for compiled reads. */
export function animatesSql(viewer: Viewer, networkId: string, sql: SqlBuilder): string {
  const networks = animatedBy(viewer);
  return networks.length ? `(${networkId} in (${sql.list(networks)}))` : 'false';
}

/** `canManageMembers` as SQL on a network id column, for compiled reads. */
export const canManageMembersSql = (viewer: Viewer, networkId: string, sql: SqlBuilder): string =>
  isAdmin(viewer) ? 'true' : animatesSql(viewer, networkId, sql);

/** Admins manage every network; animators those they animate or co-animate. */
export const canManageMembers = (viewer: Viewer, networkId: string): boolean => isAdmin(viewer) || animates(viewer, networkId);

/** Takes part in the network, personally or through their organisation. */
export const isMemberOf = (viewer: Viewer, networkId: string): boolean =>
  viewer?.kind === 'user' && viewer.memberNetworkIds.has(networkId);

/** Some network this viewer animates is among these. */
export const animatesAnyOf = (viewer: Viewer, networkIds: Iterable<string>): boolean =>
  [...networkIds].some((id) => animates(viewer, id));

/** Some network this viewer takes part in is among these. */
export const sharesAnyNetwork = (viewer: Viewer, networkIds: Iterable<string>): boolean =>
  [...networkIds].some((id) => isMemberOf(viewer, id));

/** Networks and their memberships are public: who takes part in what is the point of the directory. */
export const networkNodeReaders = {
  Network: { entity: Network, canRead: () => true },
  Membership: { entity: Membership, canRead: () => true },
} satisfies NodeReaders<'Network' | 'Membership'>;
