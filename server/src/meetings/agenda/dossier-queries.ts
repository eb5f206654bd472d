import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../shared/actor';
import { canReadDossierItem } from '../meeting.policy';
import { AgendaItem } from './agenda-item.entity';
import { AgendaItemStatus } from './agenda.enums';

/** A structure's items across meetings, newest meeting first; each kept only if the viewer may read it. */
export async function dossierOf(em: EntityManager, viewer: Viewer, organizationId: string) {
  if (!viewer) return [];
  const items = await em.find(
    AgendaItem,
    { organization: organizationId, status: { $ne: AgendaItemStatus.PROPOSED } },
    { populate: ['meeting'], orderBy: { meeting: { startsAt: 'desc' }, position: 'asc' }, limit: 200 },
  );
  const readable = await Promise.all(items.map((item) => canReadDossierItem(viewer, item)));
  return items.filter((_, index) => readable[index]);
}
