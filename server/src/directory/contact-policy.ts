import type { Context } from '../graphql/context';
import type { Person } from './person.entity';

/**
 * A person's email and phone are personal data. Anonymous visitors never see them; a signed-in
 * person sees their own. Wider rights (partners of shared networks, animators, admins) come with
 * the accounts feature.
 */
export async function canSeeContactDetails({ viewer }: Context, person: Person): Promise<boolean> {
  if (!viewer) return false;
  if (viewer.role === 'ADMIN') return true;
  return viewer.personId === person.id;
}
