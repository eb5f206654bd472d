import type { EntityManager } from '@mikro-orm/postgresql';
import { Organization } from '../directory/organization.entity';

/**
 * The whole public directory in one round of queries: organisations with their commune (and the
 * commune it merged into), their services and the communes each serves. People are not loaded:
 * they never appear in an export.
 */
export async function loadExportedDirectory(em: EntityManager) {
  return em.find(
    Organization,
    {},
    {
      populate: ['commune.mergedInto', 'services.communesServed'],
      orderBy: { slug: 'asc' },
    },
  );
}
