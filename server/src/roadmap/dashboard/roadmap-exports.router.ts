import cookieParser from 'cookie-parser';
import { Router, type Request, type Response } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Territory } from '../../directory/territory.entity';
import { viewerOf } from '../../meetings/calendar/calendar.router';
import { parisDay } from '../../shared/time';
import { canReadActionHistory, canReadRoadmap } from '../roadmap.policy';
import { actionRows, type ActionRow } from './action-rows';
import { actionsCsv, actionsXlsx } from './action-exports';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const notFound = (_req: Request, res: Response) => {
  res.status(404).type('text/plain; charset=utf-8').send('Introuvable.');
};

/** `?territory=slug` (every territory's roadmap without it); null for an unknown one. */
async function exportOf(orm: MikroORM, req: Request) {
  const em = orm.em.fork();
  const slug = typeof req.query.territory === 'string' && req.query.territory ? req.query.territory : null;
  if (slug && !(await em.findOne(Territory, { slug }))) return null;
  const viewer = await viewerOf(em, req);
  if (!canReadRoadmap(viewer)) return null;
  const rows = await actionRows(em, slug, canReadActionHistory(viewer));
  return { rows, name: `feuille-de-route-actions${slug ? `-${slug}` : ''}-${parisDay(new Date())}` };
}

/** One route per format: the same rows, public, varying with the session (the comments). */
function route(
  orm: MikroORM,
  extension: string,
  type: string,
  body: (rows: ActionRow[], name: string) => Promise<string | Buffer>,
) {
  return async (req: Request, res: Response) => {
    const found = await exportOf(orm, req);
    if (!found) return notFound(req, res);
    res
      .set('Cache-Control', 'private, no-cache')
      .vary('Cookie')
      .vary('Authorization')
      .type(type)
      .attachment(`${found.name}.${extension}`)
      .send(await body(found.rows, found.name));
  };
}

/**
 * The roadmap's actions with their status, as CSV and as a spreadsheet: public like the roadmap.
 * The last comments only for signed-in partners, so the answer varies with the session.
 */
export function roadmapExportsRouter(orm: MikroORM): Router {
  const router = Router();
  router.use(cookieParser());
  router.get(
    '/actions.csv',
    route(orm, 'csv', 'text/csv; charset=utf-8', async (rows) => actionsCsv(rows)),
  );
  router.get('/actions.xlsx', route(orm, 'xlsx', XLSX_TYPE, actionsXlsx));
  router.use(notFound);
  return router;
}
