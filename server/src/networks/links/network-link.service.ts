import { ref, UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/postgresql';
import { User } from '../../accounts/user.entity';
import type { Actor } from '../../shared/actor';
import { Network } from '../network.entity';
import { NetworkLink } from './network-link.entity';
import type { NetworkLinkKind } from './network-link.enums';
import { linkError } from './network-link.errors';
import { canLinkNetworks, canManageLink } from './network-link.policy';

/** A description is a sentence or two; a CTG passage may be a whole paragraph. */
export const DESCRIPTION_MAX = 1000;
export const SOURCE_MAX = 4000;

export interface LinkRequest {
  fromSlug: string;
  toSlug: string;
  kind: NetworkLinkKind;
  description?: string | null;
  source?: string | null;
}

export interface LinkChanges {
  description?: string | null;
  source?: string | null;
}

/** Blank means none; over-long text is refused rather than cut. */
function cleanText(value: string | null | undefined, max: number, tooLong: 'DESCRIPTION_TOO_LONG' | 'SOURCE_TOO_LONG') {
  if (value === undefined) return undefined;
  const text = value?.trim() || null;
  if (text && text.length > max) throw linkError(tooLong, { max });
  return text;
}

/**
 * Draws a link. A second link of the same kind between the same networks (either way round for a
 * symmetric kind) is refused with CONFLICT rather than returned: the caller asked to create one,
 * and may have sent another description that would silently be lost.
 */
export async function linkNetworks(em: EntityManager, actor: Actor, request: LinkRequest): Promise<NetworkLink> {
  const description = cleanText(request.description, DESCRIPTION_MAX, 'DESCRIPTION_TOO_LONG');
  const source = cleanText(request.source, SOURCE_MAX, 'SOURCE_TOO_LONG');
  try {
    return await em.transactional(async (tx) => {
      const networks = await tx.find(Network, { slug: { $in: [request.fromSlug, request.toSlug] } });
      const from = networks.find((network) => network.slug === request.fromSlug);
      const to = networks.find((network) => network.slug === request.toSlug);
      if (!from) throw linkError('FROM_NETWORK_UNKNOWN');
      if (!to) throw linkError('TO_NETWORK_UNKNOWN');
      if (from.id === to.id) throw linkError('SAME_NETWORK');
      if (!canLinkNetworks(actor, from.id, to.id)) throw linkError('CANNOT_LINK');
      const link = tx.create(NetworkLink, {
        from,
        to,
        kind: request.kind,
        description,
        source,
        createdBy: actor.kind === 'user' ? ref(User, actor.userId) : null,
      });
      await tx.flush();
      return link;
    });
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw linkError('ALREADY_LINKED');
    throw error;
  }
}

async function managedLink(em: EntityManager, actor: Actor, id: string): Promise<NetworkLink> {
  const link = await em.findOne(NetworkLink, id);
  if (!link) throw linkError('LINK_NOT_FOUND');
  if (!canManageLink(actor, link)) throw linkError('CANNOT_LINK');
  return link;
}

/** Changes what a link says (its networks and kind stay: another link is another row). */
export async function updateNetworkLink(em: EntityManager, actor: Actor, id: string, changes: LinkChanges) {
  const description = cleanText(changes.description, DESCRIPTION_MAX, 'DESCRIPTION_TOO_LONG');
  const source = cleanText(changes.source, SOURCE_MAX, 'SOURCE_TOO_LONG');
  return em.transactional(async (tx) => {
    const link = await managedLink(tx, actor, id);
    if (description !== undefined) link.description = description;
    if (source !== undefined) link.source = source;
    return link;
  });
}

export async function unlinkNetworks(em: EntityManager, actor: Actor, id: string): Promise<boolean> {
  return em.transactional(async (tx) => {
    tx.remove(await managedLink(tx, actor, id));
    return true;
  });
}
