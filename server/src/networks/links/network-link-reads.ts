import type { EntityManager } from '@mikro-orm/postgresql';
import { Organization } from '../../directory/organization.entity';
import { Meeting } from '../../meetings/meeting.entity';
import { MeetingNetwork } from '../../meetings/meeting-network.entity';
import { readableMeetingsFilter } from '../../meetings/meeting.policy';
import type { Viewer } from '../../shared/actor';
import { byName, loadBatched } from '../../shared/load';
import { Membership } from '../membership.entity';
import { NetworkLink } from './network-link.entity';

/**
 * Batched reads of the links area: whatever the number of links asked in one request, each of
 * these is one or two statements (per-request DataLoaders keyed by network or by pair).
 */

/** The key of an unordered pair of networks. */
export const pairKey = (link: NetworkLink) => [link.from.id, link.to.id].sort().join('|');

export async function linksOfNetwork(em: EntityManager, networkId: string): Promise<NetworkLink[]> {
  const load = async (ids: string[]) => {
    const links = await em.find(
      NetworkLink,
      { $or: [{ from: { $in: ids } }, { to: { $in: ids } }] },
      { orderBy: { createdAt: 'asc', id: 'asc' } },
    );
    return new Map(ids.map((id) => [id, links.filter((link) => link.from.id === id || link.to.id === id)]));
  };
  return (await loadBatched(em, 'linksOfNetwork', load, networkId)) ?? [];
}

/** Organisations that are members of both networks of a link (one statement for all the pairs asked). */
export async function sharedOrganizations(em: EntityManager, link: NetworkLink): Promise<Organization[]> {
  const load = async (keys: string[]) => {
    const networkIds = [...new Set(keys.flatMap((key) => key.split('|')))];
    const memberships = await em.find(Membership, { network: { $in: networkIds } }, { populate: ['organization'] });
    const organizationsOf = new Map<string, Map<string, Organization>>();
    for (const membership of memberships) {
      const organizations = organizationsOf.get(membership.network.id) ?? new Map<string, Organization>();
      organizations.set(membership.organization.id, membership.organization.getEntity());
      organizationsOf.set(membership.network.id, organizations);
    }
    return new Map(
      keys.map((key) => {
        const [a, b] = key.split('|').map((id) => organizationsOf.get(id) ?? new Map<string, Organization>());
        return [
          key,
          byName(
            [...a.values()].filter((organization) => b.has(organization.id)),
            (o) => o.name,
          ),
        ];
      }),
    );
  };
  return (await loadBatched(em, 'sharedOrganizations', load, pairKey(link))) ?? [];
}

/**
 * Meetings owned by both networks of a link, among those the viewer may read (the meetings area's
 * own filter), latest first: two statements for all the pairs asked.
 */
export async function jointMeetings(em: EntityManager, viewer: Viewer, link: NetworkLink): Promise<Meeting[]> {
  const load = async (keys: string[]) => {
    const networkIds = [...new Set(keys.flatMap((key) => key.split('|')))];
    const owners = await em.find(MeetingNetwork, { network: { $in: networkIds } });
    const networksOf = new Map<string, Set<string>>();
    for (const owner of owners) {
      const networks = networksOf.get(owner.meeting.id) ?? new Set<string>();
      networksOf.set(owner.meeting.id, networks.add(owner.network.id));
    }
    const candidates = new Map(
      keys.map((key) => {
        const [a, b] = key.split('|');
        return [key, [...networksOf].filter(([, networks]) => networks.has(a) && networks.has(b)).map(([id]) => id)];
      }),
    );
    const ids = [...new Set([...candidates.values()].flat())];
    const meetings = ids.length
      ? await em.find(
          Meeting,
          { $and: [{ id: { $in: ids } }, readableMeetingsFilter(viewer)] },
          { orderBy: { startsAt: 'desc' } },
        )
      : [];
    return new Map(keys.map((key) => [key, meetings.filter((meeting) => candidates.get(key)!.includes(meeting.id))]));
  };
  return (await loadBatched(em, 'jointMeetings', load, pairKey(link))) ?? [];
}
