import type { UserRole } from '../accounts/account.enums';

/**
 * Who acts. Services take an actor, never the GraphQL context, so that a background job can call
 * any of them: as the system, or on a user's behalf (`actorForUser`).
 */
export interface UserActor {
  readonly kind: 'user';
  readonly userId: string;
  readonly role: UserRole;
  readonly displayName: string;
  readonly personId: string | null;
  readonly organizationId: string | null;
  /** Networks the person animates or co-animates (their own animating memberships). */
  readonly animatedNetworkIds: ReadonlySet<string>;
  /** Networks they take part in, through their own membership or their organisation's. */
  readonly memberNetworkIds: ReadonlySet<string>;
}

/** A background job acting for the platform itself: every policy lets it through. */
export interface SystemActor {
  readonly kind: 'system';
  /** What runs, for the audit trail (e.g. the job's name). */
  readonly name: string;
}

export type Actor = UserActor | SystemActor;

/** Who reads: an actor, or an anonymous visitor (null). */
export type Viewer = Actor | null;

export const systemActor = (name: string): SystemActor => ({ kind: 'system', name });

export const isUser = (viewer: Viewer): viewer is UserActor => viewer?.kind === 'user';
export const isSystem = (viewer: Viewer): viewer is SystemActor => viewer?.kind === 'system';
