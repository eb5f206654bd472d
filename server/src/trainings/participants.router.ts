import { stringify } from 'csv-stringify/sync';
import cookieParser from 'cookie-parser';
import { Router, type Request, type Response } from 'express';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { viewerOf } from '../meetings/calendar/calendar.router';
import type { Viewer } from '../shared/actor';
import { FRENCH_DATE_TIME, formatParis } from '../shared/time';
import { Registration } from './registration.entity';
import { Training } from './training.entity';
import { RegistrationStatus } from './training.enums';
import { canSeeRegistrations } from './training.policy';
import { TrainingAttendance } from './training-attendance.entity';
import { TRAINING_ROUTES } from './training-urls';

const STATUS_LABEL: Record<RegistrationStatus, string> = {
  [RegistrationStatus.CONFIRMED]: 'inscrit·e',
  [RegistrationStatus.WAITLISTED]: 'liste d’attente',
  [RegistrationStatus.CANCELLED]: 'annulé',
};

export const PARTICIPANT_COLUMNS = [
  'Nom',
  'Prénom',
  'Structure',
  'Courriel',
  'Téléphone',
  'Statut',
  'Rang en liste d’attente',
  'Inscription (heure de Paris)',
  'Séances suivies',
];

/** The participants of a training as rows, in arrival order (3 statements whatever their number). */
async function participantRows(em: EntityManager, training: Training): Promise<string[][]> {
  const registrations = await em.find(
    Registration,
    { training },
    { populate: ['person', 'person.organization'], orderBy: { sequence: 'asc' } },
  );
  const attended = await em.find(TrainingAttendance, { registration: { training } }, { fields: ['registration', 'session'] });
  const sessionsOf = new Map<string, number>();
  for (const row of attended) sessionsOf.set(row.registration.id, (sessionsOf.get(row.registration.id) ?? 0) + 1);
  let waiting = 0;
  return registrations.map((registration) => {
    const person = registration.person.getEntity();
    const rank = registration.status === RegistrationStatus.WAITLISTED ? String(++waiting) : '';
    return [
      person.lastName,
      person.firstName,
      person.organization?.getEntity().name ?? '',
      person.email ?? '',
      person.phone ?? '',
      STATUS_LABEL[registration.status],
      rank,
      formatParis(registration.createdAt, FRENCH_DATE_TIME),
      String(sessionsOf.get(registration.id) ?? 0),
    ];
  });
}

const notFound = (_req: Request, res: Response) => {
  res.status(404).type('text/plain; charset=utf-8').send('Introuvable.');
};

/** The list a training's managers download, by the same session cookie (or bearer token) as /graphql. */
export async function participantsCsv(em: EntityManager, viewer: Viewer, trainingId: string) {
  const training = await em.findOne(Training, trainingId);
  if (!training || !(await canSeeRegistrations(viewer, training))) return null;
  // A BOM, so that spreadsheet apps read the accents as UTF-8.
  return {
    training,
    csv: '\ufeff' + stringify([PARTICIPANT_COLUMNS, ...(await participantRows(em, training))], { record_delimiter: 'windows' }),
  };
}

/** The participants' CSV (personal data): for the training's managers; anyone else gets the same 404 as for nothing. */
export function participantsRouter(orm: MikroORM): Router {
  const router = Router();
  router.use(cookieParser());
  router.get(TRAINING_ROUTES.participants, async (req, res) => {
    const em = orm.em.fork();
    const found = await participantsCsv(em, await viewerOf(em, req), req.params.id as string);
    if (!found) return notFound(req, res);
    res
      .set('Cache-Control', 'private, no-store')
      .vary('Cookie')
      .vary('Authorization')
      .type('text/csv; charset=utf-8')
      .attachment(`participants-${found.training.id}.csv`)
      .send(found.csv);
  });
  router.use(notFound);
  return router;
}
