import { graphql, getFragmentData, type FragmentType } from '../gql';

/**
 * What the signed-in user may change, as far as the interface needs to know to offer it. These are
 * hints only: the API checks every operation again.
 */
export const ViewerPermissionsFragment = graphql(`
  fragment ViewerPermissions_user on User {
    id
    role
    person {
      id
      organization {
        id
      }
    }
    animatedNetworks {
      id
      slug
    }
  }
`);

type Viewer = FragmentType<typeof ViewerPermissionsFragment> | null | undefined;

/** Admins edit every structure; its own people edit theirs. */
export function canEditOrganization(viewerRef: Viewer, organizationId: string): boolean {
  const viewer = getFragmentData(ViewerPermissionsFragment, viewerRef);
  if (!viewer) return false;
  return viewer.role === 'ADMIN' || viewer.person?.organization?.id === organizationId;
}

/** Admins manage every network; animators those they animate or co-animate. */
export function canManageNetwork(viewerRef: Viewer, networkSlug: string): boolean {
  const viewer = getFragmentData(ViewerPermissionsFragment, viewerRef);
  if (!viewer) return false;
  if (viewer.role === 'ADMIN') return true;
  return viewer.role === 'ANIMATOR' && viewer.animatedNetworks.some((network) => network.slug === networkSlug);
}
