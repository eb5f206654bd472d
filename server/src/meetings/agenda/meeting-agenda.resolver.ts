import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { Organization } from '../../directory/organization.entity';
import { CurrentActor } from '../../graphql/actor-params';
import type { Context } from '../../graphql/context';
import type { Actor } from '../../shared/actor';
import { loadAll } from '../../shared/load';
import { Meeting } from '../meeting.entity';
import {
  agendaDeadlineOf,
  agendaOpen,
  canManageMeeting,
  canProposeAgendaItem,
  canReadAgenda,
  isProposer,
  outcomesOpen,
} from '../meeting.policy';
import { AgendaItem } from './agenda-item.entity';
import { AgendaItemStatus } from './agenda.enums';
import { AgendaTimeBudget, plannedMinutesOf, timeBudget } from './agenda-budget';
import { carryOverDeferredItems } from './agenda-carry-over';
import { dossierOf } from './dossier-queries';
import { setAgendaDeadline } from './agenda.service';

@ObjectType({ description: "What the viewer may do with a meeting's agenda: the client offers the actions from this." })
export class AgendaPermissions {
  @Field({ description: 'Propose an item (a member of its networks, before the deadline).' })
  propose!: boolean;

  @Field({ description: 'Review, order and publish the agenda (its managers).' })
  manage!: boolean;

  @Field({ description: 'Record outcomes (its managers, once it has started).' })
  recordOutcomes!: boolean;
}

const acceptedIn = (items: AgendaItem[]) =>
  items.filter((item) => item.status === AgendaItemStatus.ACCEPTED).sort((a, b) => (a.position ?? 0) - (b.position ?? 0));

@Resolver(() => Meeting)
export class MeetingAgendaResolver {
  @FieldResolver(() => [AgendaItem], {
    description: 'The accepted items in order: for its managers, and once published for those who see the meeting.',
  })
  async agenda(@Root() meeting: Meeting, @Ctx() { actor }: Context) {
    if (!(await canReadAgenda(actor, meeting))) return [];
    return acceptedIn(await loadAll(meeting.agendaItems));
  }

  @FieldResolver(() => [AgendaItem], { description: 'Every proposal, whatever its status, oldest first: for its managers.' })
  async agendaProposals(@Root() meeting: Meeting, @Ctx() { actor }: Context) {
    if (!(await canManageMeeting(actor, meeting))) return [];
    return [...(await loadAll(meeting.agendaItems))].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  }

  @FieldResolver(() => [AgendaItem], { description: "The viewer's own proposals to this meeting, whatever their status." })
  async myAgendaProposals(@Root() meeting: Meeting, @Ctx() { actor }: Context) {
    const items = await loadAll(meeting.agendaItems);
    return items.filter((item) => isProposer(actor, item)).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  }

  @FieldResolver(() => Date, { description: 'Last moment for proposals (by default 7 days before the start).' })
  agendaDeadline(@Root() meeting: Meeting) {
    return agendaDeadlineOf(meeting);
  }

  @FieldResolver(() => Int, { description: "The meeting's length in minutes." })
  plannedMinutes(@Root() meeting: Meeting) {
    return plannedMinutesOf(meeting);
  }

  @FieldResolver(() => AgendaTimeBudget, { nullable: true, description: 'Null for those who may not read the agenda.' })
  async agendaBudget(@Root() meeting: Meeting, @Ctx() { actor }: Context) {
    if (!(await canReadAgenda(actor, meeting))) return null;
    return timeBudget(meeting, acceptedIn(await loadAll(meeting.agendaItems)));
  }

  @FieldResolver(() => AgendaPermissions)
  async agendaViewerCan(@Root() meeting: Meeting, @Ctx() { actor }: Context): Promise<AgendaPermissions> {
    const manage = await canManageMeeting(actor, meeting);
    return {
      propose: agendaOpen(meeting) && (await canProposeAgendaItem(actor, meeting)),
      manage,
      recordOutcomes: manage && outcomesOpen(meeting),
    };
  }

  @Authorized('ADMIN', 'ANIMATOR')
  @Mutation(() => Meeting, { description: 'Sets the deadline for proposals; null restores the default (7 days before).' })
  setAgendaDeadline(
    @Ctx() { em }: Context,
    @CurrentActor() actor: Actor,
    @Arg('meetingId', () => ID) meetingId: string,
    @Arg('deadline', () => Date, { nullable: true }) deadline: Date | null,
  ) {
    return setAgendaDeadline(em, actor, meetingId, deadline);
  }

  @Authorized('ADMIN', 'ANIMATOR')
  @Mutation(() => Meeting, {
    description:
      "Brings the deferred, not yet carried items of the same networks' earlier meetings here, as proposals linked to them.",
  })
  carryOverDeferredItems(@Ctx() { em }: Context, @CurrentActor() actor: Actor, @Arg('meetingId', () => ID) meetingId: string) {
    return carryOverDeferredItems(em, actor, meetingId);
  }
}

@Resolver(() => Organization)
export class OrganizationDossierResolver {
  @FieldResolver(() => [AgendaItem], {
    description: 'Agenda items about this structure across meetings, newest first: for those who take part in those meetings.',
  })
  dossier(@Root() organization: Organization, @Ctx() { em, actor }: Context) {
    return dossierOf(em, actor, organization.id);
  }
}
