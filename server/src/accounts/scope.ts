import { Membership } from '../networks/membership.entity';
import { ANIMATING_ROLES } from '../networks/network.enums';
import type { Context } from '../graphql/context';
import { UserRole } from './account.enums';
import { forbidden, requireViewer } from './auth-checker';

/** Networks the viewer animates (as a person with an animating membership). */
export function animatedNetworkIds(context: Context): Promise<Set<string>> {
  return context.memo('animatedNetworkIds', async () => {
    const personId = context.viewer?.personId;
    if (!personId) return new Set<string>();
    const rows = await context.em.find(Membership, { person: personId, role: { $in: ANIMATING_ROLES } }, { fields: ['network'] });
    return new Set(rows.map((m) => m.network.id));
  });
}

/** Networks the viewer takes part in: through their own membership or their organisation's. */
export function memberNetworkIds(context: Context): Promise<Set<string>> {
  return context.memo('memberNetworkIds', async () => {
    const { personId, organizationId } = context.viewer ?? {};
    const or = [...(personId ? [{ person: personId }] : []), ...(organizationId ? [{ organization: organizationId }] : [])];
    if (!or.length) return new Set<string>();
    const rows = await context.em.find(Membership, { $or: or }, { fields: ['network'] });
    return new Set(rows.map((m) => m.network.id));
  });
}

/** Admins manage every network; animators those they animate. */
export async function assertAnimates(context: Context, networkId: string): Promise<void> {
  const viewer = requireViewer(context);
  if (viewer.role === UserRole.ADMIN) return;
  if (viewer.role === UserRole.ANIMATOR && (await animatedNetworkIds(context)).has(networkId)) return;
  throw forbidden("Seuls les animateurs de ce réseau (et la coordination) peuvent le gérer.");
}

/** Admins edit every organisation; its own people edit theirs. */
export function assertCanEditOrganization(context: Context, organizationId: string): void {
  const viewer = requireViewer(context);
  if (viewer.role === UserRole.ADMIN || viewer.organizationId === organizationId) return;
  throw forbidden('Seules les personnes de cette structure (et la coordination) peuvent la modifier.');
}
