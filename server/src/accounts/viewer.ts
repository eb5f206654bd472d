import type { UserRole } from './account.enums';

/** Who is making a request. Anonymous visitors have no viewer. */
export interface Viewer {
  userId: string;
  role: UserRole;
  displayName: string;
  personId: string | null;
  organizationId: string | null;
  sessionTokenHash: string;
}
