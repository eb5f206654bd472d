import { loadAll } from '../shared/load';
import type { Training } from './training.entity';
import type { SessionLine } from './training-mail';

/** A training's sessions in time order, each with its commune's name, for mails and pages. */
export async function sessionLinesOf(training: Training): Promise<SessionLine[]> {
  const sessions = await loadAll(training.sessions, ['commune']);
  return sessions.map((session) => ({ session, communeName: session.commune?.getEntity().name ?? null }));
}
