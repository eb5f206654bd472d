import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Commune } from '../directory/commune.entity';
import type { Context } from '../graphql/context';
import type { EntityManager } from '@mikro-orm/postgresql';
import { loadBatched, loadRef } from '../shared/load';
import { Registration } from './registration.entity';
import { canManageTraining, sessionStarted } from './training.policy';
import { Training } from './training.entity';
import { TrainingAttendance } from './training-attendance.entity';
import { TrainingSession } from './training-session.entity';

/** The registrations present at each session asked in one tick (one statement). */
function attendeesOf(em: EntityManager, sessionId: string): Promise<Registration[]> {
  return loadBatched(
    em,
    'training-attendees',
    async (sessionIds) => {
      const rows = await em.find(TrainingAttendance, { session: { $in: sessionIds } }, { populate: ['registration'] });
      const bySession = new Map<string, Registration[]>(sessionIds.map((id) => [id, []]));
      for (const row of rows) bySession.get(row.session.id)?.push(row.registration.getEntity());
      return bySession;
    },
    sessionId,
  ).then((found) => (found ?? []).sort((a, b) => a.sequence - b.sequence));
}

@Resolver(() => TrainingSession)
export class TrainingSessionResolver {
  @FieldResolver(() => Commune, { nullable: true })
  commune(@Root() session: TrainingSession) {
    return loadRef(session.commune);
  }

  @FieldResolver(() => Training)
  training(@Root() session: TrainingSession) {
    return loadRef(session.training);
  }

  @FieldResolver(() => Boolean, { description: 'It has started: attendance can be taken.' })
  hasStarted(@Root() session: TrainingSession) {
    return sessionStarted(session);
  }

  @FieldResolver(() => [Registration], { description: 'Who was there (personal data): for the training’s managers, else empty.' })
  async attendees(@Root() session: TrainingSession, @Ctx() { em, actor }: Context) {
    const training = await loadRef(session.training);
    if (!training || !(await canManageTraining(actor, training))) return [];
    return attendeesOf(em, session.id);
  }
}
