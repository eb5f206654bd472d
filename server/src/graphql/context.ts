import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../accounts/viewer';

export interface Context {
  /** A fork per request: its identity map and dataloaders live as long as the request. */
  em: EntityManager;
  viewer: Viewer | null;
}
