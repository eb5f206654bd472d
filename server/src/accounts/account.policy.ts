import type { Actor, Viewer } from '../shared/actor';
import { commonError } from '../shared/common.errors';
import type { NodeReaders } from '../shared/node';
import { AccountInvitation } from './account-invitation.entity';
import { UserRole } from './account.enums';
import { AuditEntry } from './audit-entry.entity';
import { ErasureRequest } from './erasure-request.entity';
import { User } from './user.entity';

/**
 * The accounts area's rules, written once: services, field resolvers, `node(id)` and the
 * `viewerCan` fields all ask here.
 */

/** The coordination (and the system, for jobs) may do everything. */
export const isAdmin = (viewer: Viewer): boolean =>
  viewer?.kind === 'system' || (viewer?.kind === 'user' && viewer.role === UserRole.ADMIN);

const isSelf = (viewer: Viewer, userId: string) => viewer?.kind === 'user' && viewer.userId === userId;

/** An account is read by its owner and by the coordination. */
export const canReadUser = (viewer: Viewer, user: { id: string }) => isAdmin(viewer) || isSelf(viewer, user.id);

/** The audit trail, invitations and the users list are the coordination's. */
export const canReadAdministration = (viewer: Viewer) => isAdmin(viewer);

/** An erasure request is read by whoever made it and by the coordination. */
export const canReadErasureRequest = (viewer: Viewer, request: { user: { id: string } }) =>
  isAdmin(viewer) || isSelf(viewer, request.user.id);

/** Nobody changes their own role or disables themselves: an admin cannot lock the coordination out by mistake. */
export const canChangeRoleOf = (viewer: Viewer, user: { id: string }) => isAdmin(viewer) && !isSelf(viewer, user.id);
export const canDisable = (viewer: Viewer, user: { id: string }) => isAdmin(viewer) && !isSelf(viewer, user.id);

/** Services that need someone signed in take this first. */
export function requireActor(viewer: Viewer): Actor {
  if (!viewer) throw commonError('SIGN_IN_REQUIRED');
  return viewer;
}

/** The user behind an actor, for services that act as a person (their data, their requests). */
export function requireUser(viewer: Viewer) {
  const actor = requireActor(viewer);
  if (actor.kind !== 'user') throw commonError('ROLE_FORBIDDEN');
  return actor;
}

/** `node(id)` answers what the type's own queries would: `me`/`users`, the admin lists, `myErasureRequests`. */
export const accountNodeReaders = {
  User: { entity: User, canRead: canReadUser },
  AccountInvitation: { entity: AccountInvitation, canRead: canReadAdministration },
  AuditEntry: { entity: AuditEntry, canRead: canReadAdministration },
  ErasureRequest: { entity: ErasureRequest, canRead: canReadErasureRequest },
} satisfies NodeReaders<'User' | 'AccountInvitation' | 'AuditEntry' | 'ErasureRequest'>;
