import { Router, type Response } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import { toCsv } from './csv';
import { toServices, toStructures } from './data-inclusion.mapper';
import { loadExportedDirectory } from './export-directory';
import { MEDIATION_FIELDS, placeCells, toMediationPlaces } from './mediation-numerique.mapper';

/**
 * Open data of the directory in the national standards (Licence Ouverte 2.0): data·inclusion v1
 * structures and services, and the médiation numérique places (canonical CSV, and JSON).
 */
export function exportsRouter(orm: MikroORM, publicUrl: string): Router {
  const router = Router();
  const directory = () => loadExportedDirectory(orm.em.fork());

  router.get('/data-inclusion/structures.json', async (_req, res) => {
    openData(res).json(toStructures(await directory(), publicUrl, new Date()).records);
  });

  router.get('/data-inclusion/services.json', async (_req, res) => {
    openData(res).json(toServices(await directory(), publicUrl, new Date()).records);
  });

  router.get('/mediation-numerique.json', async (_req, res) => {
    openData(res).json(toMediationPlaces(await directory(), new Date()).places);
  });

  router.get('/mediation-numerique.csv', async (_req, res) => {
    const { places } = toMediationPlaces(await directory(), new Date());
    openData(res)
      .type('text/csv; charset=utf-8')
      .attachment('lieux-de-mediation-numerique.csv')
      .send(toCsv([MEDIATION_FIELDS, ...places.map(placeCells)]));
  });

  return router;
}

// Public data meant to be fetched by other sites and national harvesters.
function openData(res: Response): Response {
  return res.set({ 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'public, max-age=300' });
}
