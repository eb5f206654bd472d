import type { AuthChecker } from 'type-graphql';
import type { Context } from '../graphql/context';
import { commonError } from '../shared/common.errors';

/**
 * `@Authorized()` — signed in; `@Authorized('ADMIN', …)` — one of these roles. Throws rather than
 * returning false, so the client learns whether to sign in (UNAUTHENTICATED) or not (FORBIDDEN).
 * Scope (which networks, which organisation) is the services' business, through the policies.
 */
export const authChecker: AuthChecker<Context> = ({ context }, roles) => {
  if (!context.actor) throw commonError('SIGN_IN_REQUIRED');
  if (roles.length && !roles.includes(context.actor.role)) throw commonError('ROLE_FORBIDDEN');
  return true;
};
