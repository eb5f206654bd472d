import cookieParser from 'cookie-parser';
import { Router, type Request, type Response } from 'express';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { sessionFromToken } from '../../accounts/session.service';
import { SESSION_COOKIE } from '../../graphql/context';
import { CALENDAR_ROUTES } from './calendar-urls';
import { networkFeed, personalFeed, readableMeeting } from './calendar-feed.service';
import { feedIcs } from './meeting-ical';
import { addTrainingSessions, publicSessionsOfNetwork, registeredSessions } from '../../trainings/training-calendar';

/** The signed-in viewer, by the same session cookie (or bearer token) as /graphql. */
export async function viewerOf(em: EntityManager, req: Request) {
  const header = req.headers.authorization;
  const token = header?.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : req.cookies?.[SESSION_COOKIE];
  return (await sessionFromToken(em, token))?.actor ?? null;
}

function sendCalendar(res: Response, ics: string, cacheControl: string) {
  res.set('Cache-Control', cacheControl).type('text/calendar; charset=utf-8').send(ics);
}

const notFound = (_req: Request, res: Response) => {
  res.status(404).type('text/plain; charset=utf-8').send('Calendrier introuvable.');
};

/**
 * iCalendar files: one meeting (as the viewer may read it), a network's public meetings, and a
 * user's secret personal feed. Unknown, unreadable and revoked all answer the same 404.
 */
export function calendarRouter(orm: MikroORM, publicUrl: string): Router {
  const router = Router();
  router.use(cookieParser());

  router.get(CALENDAR_ROUTES.meeting, async (req, res) => {
    const em = orm.em.fork();
    const meeting = await readableMeeting(em, await viewerOf(em, req), req.params.id as string);
    if (!meeting) return notFound(req, res);
    res.attachment(`reunion-${meeting.id}.ics`).vary('Cookie').vary('Authorization');
    sendCalendar(res, await feedIcs(meeting.title, [meeting], publicUrl), 'private, no-cache');
  });

  router.get(CALENDAR_ROUTES.network, async (req, res) => {
    const em = orm.em.fork();
    const feed = await networkFeed(em, req.params.slug as string);
    if (!feed) return notFound(req, res);
    const trainings = await publicSessionsOfNetwork(em, feed.network.id);
    sendCalendar(
      res,
      await feedIcs(`${feed.network.name} — réunions publiques`, feed.meetings, publicUrl, (calendar) =>
        addTrainingSessions(calendar, trainings, publicUrl),
      ),
      'public, max-age=300',
    );
  });

  router.get(CALENDAR_ROUTES.personal, async (req, res) => {
    const em = orm.em.fork();
    const feed = await personalFeed(em, req.params.token as string);
    if (!feed) return notFound(req, res);
    // The trainings the owner is registered for (or waits for) come with their meetings.
    const trainings = feed.owner.personId ? await registeredSessions(em, feed.owner.personId) : [];
    sendCalendar(
      res,
      await feedIcs('Mes réunions (Maillage)', feed.meetings, publicUrl, (calendar) =>
        addTrainingSessions(calendar, trainings, publicUrl),
      ),
      'private, max-age=300',
    );
  });

  router.use(notFound);
  return router;
}
