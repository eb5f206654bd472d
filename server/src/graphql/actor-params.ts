import { createParameterDecorator } from 'type-graphql';
import { requireActor } from '../accounts/account.policy';
import type { Context } from './context';

/** The signed-in actor, for resolvers of operations that need one (UNAUTHENTICATED otherwise). */
export const CurrentActor = () => createParameterDecorator<Context>(({ context }) => requireActor(context.actor));

/** The viewer: the signed-in actor, or null for an anonymous visitor. */
export const CurrentViewer = () => createParameterDecorator<Context>(({ context }) => context.actor);
