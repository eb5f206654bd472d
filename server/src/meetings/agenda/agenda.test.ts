import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMembership, createAnimator, createPartner } from '../../../test/factories';
import { startTestServer, type TestServer } from '../../../test/test-server';
import { outbox, SETTINGS } from '../calendar/calendar.test-support';
import { deliverAgenda } from './agenda-publication';

/** A network animated by `animator`, with a member `partner`; an `outsider` of another network. */
let server: TestServer;
let animator: Awaited<ReturnType<typeof createAnimator>>;
let partner: Awaited<ReturnType<typeof createPartner>>;
let outsider: Awaited<ReturnType<typeof createPartner>>;

const SCHEDULE = `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }`;
const PROPOSE = `mutation($m: ID!, $input: AgendaItemInput!) { proposeAgendaItem(meetingId: $m, input: $input) { id status position proposedBy { id } organization { id } links } }`;
const REVIEW = `mutation($id: ID!, $status: AgendaItemStatus!, $comment: String) { reviewAgendaItem(id: $id, status: $status, comment: $comment) { id status position reviewComment reviewedAt } }`;
const MOVE = `mutation($id: ID!, $position: Int!) { moveAgendaItem(id: $id, position: $position) { id agenda { id position } } }`;
const AGENDA = `query($id: ID!) { meeting(id: $id) { agenda { id title position } agendaProposals { id status } agendaPublishedAt agendaChangedAt plannedMinutes agendaDeadline
  agendaBudget { plannedMinutes scheduledMinutes remainingMinutes overrun slots { item { id } startsAt overruns } } } }`;

const HOUR = 3600_000;
let slotCounter = 0;

/** A meeting of the animator's network, `daysAhead` from now, two hours long. */
async function meeting(daysAhead = 30, extra: Record<string, unknown> = {}) {
  const start = new Date(Date.now() + daysAhead * 24 * HOUR + slotCounter++ * 3 * HOUR);
  const { data, errors } = await server.gql(
    SCHEDULE,
    {
      input: {
        title: 'Commission d’orientation AVS',
        kind: 'COMMISSION',
        networkSlugs: [animator.network.slug],
        startsAt: start.toISOString(),
        endsAt: new Date(start.getTime() + 2 * HOUR).toISOString(),
        ...extra,
      },
    },
    animator.account.headers,
  );
  if (errors) throw new Error(errors[0].message);
  return data.scheduleMeeting.id as string;
}

const item = (title: string, durationMinutes = 30, extra: Record<string, unknown> = {}) => ({
  title,
  kind: 'DISCUSSION',
  durationMinutes,
  ...extra,
});

async function propose(meetingId: string, input: Record<string, unknown>, headers = partner.account.headers) {
  const { data, errors } = await server.gql(PROPOSE, { m: meetingId, input }, headers);
  if (errors) throw new Error(errors[0].message);
  return data.proposeAgendaItem.id as string;
}

async function accept(id: string) {
  const { errors } = await server.gql(REVIEW, { id, status: 'ACCEPTED' }, animator.account.headers);
  if (errors) throw new Error(errors[0].message);
}

async function agendaOf(meetingId: string, headers: Record<string, string> = animator.account.headers) {
  return (await server.gql(AGENDA, { id: meetingId }, headers)).data.meeting;
}

beforeAll(async () => {
  server = await startTestServer();
  animator = await createAnimator(server);
  partner = await createPartner(server);
  await addMembership(server, {
    network: animator.network.slug,
    organizationId: partner.organization.id,
    personId: partner.person.id,
  });
  outsider = await createPartner(server);
});
afterAll(() => server.close());

describe('proposals', () => {
  it('lets a member propose an item about a structure, with links, and records the proposer', async () => {
    const m = await meeting();
    const { data, errors } = await server.gql(
      PROPOSE,
      {
        m,
        input: item('Renouvellement du projet social', 45, {
          kind: 'OPINION',
          organizationId: partner.organization.id,
          links: ['https://exemple.fr/projet-social.pdf'],
        }),
      },
      partner.account.headers,
    );
    expect(errors).toBeUndefined();
    expect(data.proposeAgendaItem).toMatchObject({
      status: 'PROPOSED',
      position: -1,
      proposedBy: { id: partner.person.id },
      organization: { id: partner.organization.id },
      links: ['https://exemple.fr/projet-social.pdf'],
    });
  });

  it('refuses outsiders, bad input, and late proposals with the deadline in Paris time', async () => {
    const m = await meeting();
    const outside = await server.gql(PROPOSE, { m, input: item('Un point') }, outsider.account.headers);
    expect(outside.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'CANNOT_PROPOSE' });
    const bad = await server.gql(
      PROPOSE,
      { m, input: item('Un point', 600, { links: ['pas un lien'] }) },
      partner.account.headers,
    );
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const soon = await meeting(3);
    const late = await server.gql(PROPOSE, { m: soon, input: item('Trop tard') }, partner.account.headers);
    expect(late.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'AGENDA_CLOSED' });
    const { agendaDeadline } = await agendaOf(soon);
    const deadline = new Date(agendaDeadline);
    const paris = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', hour: 'numeric', minute: '2-digit' }).format(
      deadline,
    );
    expect(late.errors?.[0].message).toContain("jusqu'au");
    expect(late.errors?.[0].message).toContain(paris.replace(':', ' h '));
  });
});

describe('review, order and time budget', () => {
  it('accepts, defers and rejects with a comment, mails the proposer, and keeps proposals from members', async () => {
    const m = await meeting();
    const [a, b, c] = [await propose(m, item('Point A')), await propose(m, item('Point B')), await propose(m, item('Point C'))];
    const reviewed = await server.gql(REVIEW, { id: a, status: 'ACCEPTED', comment: 'Bien reçu' }, animator.account.headers);
    expect(reviewed.data.reviewAgendaItem).toMatchObject({ status: 'ACCEPTED', position: 0, reviewComment: 'Bien reçu' });
    await server.gql(REVIEW, { id: b, status: 'DEFERRED', comment: 'À la prochaine' }, animator.account.headers);
    await server.gql(REVIEW, { id: c, status: 'REJECTED' }, animator.account.headers);
    const byPartner = await server.gql(REVIEW, { id: c, status: 'ACCEPTED' }, partner.account.headers);
    expect(byPartner.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const mails = await outbox(server.orm, partner.person.email!);
    expect(mails.map((mail) => mail.subject)).toEqual(
      expect.arrayContaining([
        "Votre proposition pour l'ordre du jour : Point A",
        "Votre proposition pour l'ordre du jour : Point B",
      ]),
    );
    expect(mails.find((mail) => mail.subject.endsWith('Point B'))?.text).toContain('À la prochaine');
    await server.gql(REVIEW, { id: b, status: 'ACCEPTED', comment: 'Finalement retenu' }, animator.account.headers);
    const HISTORY = `query($id: ID!) { node(id: $id) { ... on AgendaItem { history { status comment at } } } }`;
    const { history } = (await server.gql(HISTORY, { id: b }, animator.account.headers)).data.node;
    expect(history.map((review: any) => [review.status, review.comment])).toEqual([
      ['DEFERRED', 'À la prochaine'],
      ['ACCEPTED', 'Finalement retenu'],
    ]);
    await server.gql(REVIEW, { id: b, status: 'DEFERRED' }, animator.account.headers);
    const asManager = await agendaOf(m);
    expect(asManager.agenda.map((i: any) => i.id)).toEqual([a]);
    expect(asManager.agendaProposals).toHaveLength(3);
    // Not yet published: members see neither the agenda nor the proposals.
    const asMember = await agendaOf(m, partner.account.headers);
    expect(asMember.agenda).toEqual([]);
    expect(asMember.agendaProposals).toEqual([]);
    expect(asMember.agendaBudget).toBeNull();
  });

  it('orders accepted items and computes start times and the overrun against the meeting length', async () => {
    const m = await meeting();
    const ids = [];
    for (const [title, minutes] of [
      ['Premier', 30],
      ['Deuxième', 60],
      ['Troisième', 45],
    ] as const) {
      const id = await propose(m, item(title, minutes));
      await accept(id);
      ids.push(id);
    }
    const moved = await server.gql(MOVE, { id: ids[2], position: 0 }, animator.account.headers);
    expect(moved.data.moveAgendaItem.agenda.map((i: any) => i.id)).toEqual([ids[2], ids[0], ids[1]]);
    const out = await server.gql(MOVE, { id: ids[0], position: 3 }, animator.account.headers);
    expect(out.errors?.[0].extensions).toMatchObject({ reason: 'BAD_POSITION' });
    const { agendaBudget, plannedMinutes, agenda } = await agendaOf(m);
    expect(plannedMinutes).toBe(120);
    expect(agenda.map((i: any) => i.position)).toEqual([0, 1, 2]);
    expect(agendaBudget).toMatchObject({ plannedMinutes: 120, scheduledMinutes: 135, remainingMinutes: -15, overrun: true });
    const starts = agendaBudget.slots.map((s: any) => new Date(s.startsAt).getTime());
    expect(starts[1] - starts[0]).toBe(45 * 60_000);
    expect(starts[2] - starts[1]).toBe(30 * 60_000);
    expect(agendaBudget.slots.map((s: any) => s.overruns)).toEqual([false, false, true]);
  });

  it('keeps positions 0..n-1, each item once, when two animators reorder at once', async () => {
    const m = await meeting();
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      const id = await propose(m, item(`Point ${i}`, 10));
      await accept(id);
      ids.push(id);
    }
    const moves = Array.from({ length: 10 }, (_, i) =>
      server.gql(MOVE, { id: ids[(i * 7) % ids.length], position: (i * 5) % ids.length }, animator.account.headers),
    );
    const answers = await Promise.all(moves);
    expect(answers.filter((answer) => answer.errors)).toEqual([]);
    const { agenda } = await agendaOf(m);
    expect(agenda.map((i: any) => i.position)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(agenda.map((i: any) => i.id).sort()).toEqual([...ids].sort());
  });
});

const EDIT = `mutation($id: ID!, $input: AgendaItemInput!) { updateAgendaItem(id: $id, input: $input) { id title durationMinutes viewerCan { edit } } }`;

describe('editing', () => {
  it('lets the proposer edit while it awaits review, then only the animators', async () => {
    const m = await meeting();
    const id = await propose(m, item('Point à reformuler'));
    const own = await server.gql(EDIT, { id, input: item('Point reformulé', 20) }, partner.account.headers);
    expect(own.errors).toBeUndefined();
    expect(own.data.updateAgendaItem).toMatchObject({ title: 'Point reformulé', durationMinutes: 20, viewerCan: { edit: true } });
    const other = await server.gql(EDIT, { id, input: item('Pas le mien') }, outsider.account.headers);
    expect(other.errors?.[0].extensions?.reason).toBe('CANNOT_EDIT');
    await accept(id);
    const late = await server.gql(EDIT, { id, input: item('Encore changé') }, partner.account.headers);
    expect(late.errors?.[0].extensions?.reason).toBe('CANNOT_EDIT');
    const byAnimator = await server.gql(EDIT, { id, input: item('Titre retenu', 25) }, animator.account.headers);
    expect(byAnimator.data.updateAgendaItem).toMatchObject({ title: 'Titre retenu', durationMinutes: 25 });
  });
});

describe('publication', () => {
  it('mails the agenda with the calendar part, shows it to members, never unpublished to visitors, and marks changes', async () => {
    const m = await meeting(30, { isPublic: true });
    const id = await propose(m, item('Présentation du bilan'));
    expect((await agendaOf(m, {})).agenda).toEqual([]);
    await accept(id);
    expect((await agendaOf(m, {})).agenda).toEqual([]);
    const published = await server.gql(
      `mutation($m: ID!) { publishAgenda(meetingId: $m) { agendaPublishedAt agendaChangedAt } }`,
      { m },
      animator.account.headers,
    );
    expect(published.errors).toBeUndefined();
    const publishedAt = published.data.publishAgenda.agendaPublishedAt;
    expect(publishedAt).toBeTruthy();
    await deliverAgenda(server.orm.em.fork(), { meetingId: m, publishedAt }, SETTINGS);
    await deliverAgenda(server.orm.em.fork(), { meetingId: m, publishedAt }, SETTINGS);
    const mails = (await outbox(server.orm, partner.person.email!)).filter((mail) => mail.subject.startsWith('Ordre du jour'));
    const forThis = mails.filter((mail) => mail.text.includes('Présentation du bilan'));
    expect(forThis).toHaveLength(1);
    expect(forThis[0].alternatives?.[0].contentType).toContain('text/calendar');
    expect((await agendaOf(m, partner.account.headers)).agenda.map((i: any) => i.id)).toEqual([id]);
    expect((await agendaOf(m, {})).agenda.map((i: any) => i.id)).toEqual([id]);
    // A change after publication (an edit, an acceptance) is marked, and publishing again clears the mark.
    const edited = await server.gql(EDIT, { id, input: item('Présentation du bilan 2026', 20) }, animator.account.headers);
    expect(edited.data.updateAgendaItem.title).toBe('Présentation du bilan 2026');
    expect((await agendaOf(m)).agendaChangedAt).toBeTruthy();
    await accept(await propose(m, item('Point ajouté')));
    const again = await server.gql(
      `mutation($m: ID!) { publishAgenda(meetingId: $m) { agendaChangedAt } }`,
      { m },
      animator.account.headers,
    );
    expect(again.data.publishAgenda.agendaChangedAt).toBeNull();
  });

  it('never shows a published agenda of a private meeting to anonymous visitors', async () => {
    const m = await meeting();
    await accept(await propose(m, item('Point privé')));
    await server.gql(`mutation($m: ID!) { publishAgenda(meetingId: $m) { id } }`, { m }, animator.account.headers);
    expect((await server.gql(AGENDA, { id: m }, {})).data.meeting).toBeNull();
    expect((await agendaOf(m, outsider.account.headers))?.agenda ?? []).toEqual([]);
  });
});

const OUTCOME = `mutation($id: ID!, $outcome: String!, $opinion: OpinionKind) { recordOutcome(agendaItemId: $id, outcome: $outcome, opinion: $opinion) { id outcome opinion outcomeRecordedAt } }`;
const DOSSIER = `query($slug: String!) { organization(slug: $slug) { dossier { title status outcome opinion meeting { id startsAt } carriedFrom { id } } } }`;

/** Moves a meeting to yesterday (its agenda already built), as if it had started. */
async function moveToYesterday(meetingId: string) {
  const { data } = await server.gql(
    `query($id: ID!) { meeting(id: $id) { version } }`,
    { id: meetingId },
    animator.account.headers,
  );
  const start = new Date(Date.now() - 24 * HOUR - slotCounter++ * 3 * HOUR);
  const { errors } = await server.gql(
    `mutation($id: ID!, $v: Int!, $input: UpdateMeetingInput!) { updateMeeting(id: $id, version: $v, input: $input) { id } }`,
    {
      id: meetingId,
      v: data.meeting.version,
      input: { startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 2 * HOUR).toISOString() },
    },
    animator.account.headers,
  );
  if (errors) throw new Error(errors[0].message);
}

describe('outcomes and dossiers', () => {
  it('records outcomes once the meeting has started: an opinion with its sense, a decision with its text', async () => {
    const m = await meeting();
    const opinion = await propose(
      m,
      item('Avis sur le projet social', 30, { kind: 'OPINION', organizationId: partner.organization.id }),
    );
    const decision = await propose(m, item('Calendrier 2027', 15, { kind: 'DECISION' }));
    await accept(opinion);
    await accept(decision);
    const early = await server.gql(OUTCOME, { id: decision, outcome: 'Adopté' }, animator.account.headers);
    expect(early.errors?.[0].extensions?.reason).toBe('OUTCOME_TOO_EARLY');
    await moveToYesterday(m);
    const noSense = await server.gql(OUTCOME, { id: opinion, outcome: 'Projet solide' }, animator.account.headers);
    expect(noSense.errors?.[0].extensions?.reason).toBe('OPINION_NEEDED');
    const wrong = await server.gql(OUTCOME, { id: decision, outcome: 'Adopté', opinion: 'FAVOURABLE' }, animator.account.headers);
    expect(wrong.errors?.[0].extensions?.reason).toBe('OPINION_ONLY_FOR_OPINIONS');
    const byPartner = await server.gql(OUTCOME, { id: decision, outcome: 'Adopté' }, partner.account.headers);
    expect(byPartner.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const given = await server.gql(
      OUTCOME,
      { id: opinion, outcome: 'Projet solide', opinion: 'RESERVED' },
      animator.account.headers,
    );
    expect(given.data.recordOutcome).toMatchObject({ outcome: 'Projet solide', opinion: 'RESERVED' });
    const decided = await server.gql(OUTCOME, { id: decision, outcome: 'Adopté à l’unanimité' }, animator.account.headers);
    expect(decided.data.recordOutcome).toMatchObject({ outcome: 'Adopté à l’unanimité', opinion: null });
    const dossier = (await server.gql(DOSSIER, { slug: partner.organization.slug }, partner.account.headers)).data.organization
      .dossier;
    expect(dossier).toContainEqual(
      expect.objectContaining({ title: 'Avis sur le projet social', outcome: 'Projet solide', opinion: 'RESERVED' }),
    );
  });

  it("carries deferred items over once, and shows a structure's dossier newest first to the networks' members only", async () => {
    const structure = await createPartner(server);
    const first = await meeting(40);
    const deferred = await propose(
      first,
      item('Renouvellement de l’agrément', 30, { kind: 'OPINION', organizationId: structure.organization.id }),
    );
    await server.gql(REVIEW, { id: deferred, status: 'DEFERRED', comment: 'Dossier incomplet' }, animator.account.headers);
    const next = await meeting(70);
    const CARRY = `mutation($m: ID!) { carryOverDeferredItems(meetingId: $m) { agendaProposals { id title status carriedFrom { id } } } }`;
    const carried = await server.gql(CARRY, { m: next }, animator.account.headers);
    const proposals = carried.data.carryOverDeferredItems.agendaProposals;
    // Other tests' deferred items of this network come along too: only this one is followed here.
    const continued = proposals.filter((proposal: any) => proposal.carriedFrom?.id === deferred);
    expect(continued).toMatchObject([{ title: 'Renouvellement de l’agrément', status: 'PROPOSED' }]);
    const again = await server.gql(CARRY, { m: next }, animator.account.headers);
    expect(again.data.carryOverDeferredItems.agendaProposals).toHaveLength(proposals.length);
    await accept(continued[0].id);
    const dossier = (await server.gql(DOSSIER, { slug: structure.organization.slug }, partner.account.headers)).data.organization
      .dossier;
    expect(dossier.map((entry: any) => [entry.meeting.id, entry.status])).toEqual([
      [next, 'ACCEPTED'],
      [first, 'DEFERRED'],
    ]);
    expect(dossier[0].carriedFrom).toEqual({ id: deferred });
    const outside = await server.gql(DOSSIER, { slug: structure.organization.slug }, outsider.account.headers);
    expect(outside.data.organization.dossier).toEqual([]);
    expect((await server.gql(DOSSIER, { slug: structure.organization.slug }, {})).data.organization.dossier).toEqual([]);
  });

  it('lets managers set the deadline, and refuses one after the start', async () => {
    const m = await meeting(30);
    const SET = `mutation($m: ID!, $d: DateTime) { setAgendaDeadline(meetingId: $m, deadline: $d) { agendaDeadline } }`;
    const past = new Date(Date.now() - HOUR).toISOString();
    expect((await server.gql(SET, { m, d: past }, animator.account.headers)).data.setAgendaDeadline.agendaDeadline).toBe(past);
    const late = await server.gql(PROPOSE, { m, input: item('Après la limite') }, partner.account.headers);
    expect(late.errors?.[0].extensions?.reason).toBe('AGENDA_CLOSED');
    const after = await server.gql(SET, { m, d: new Date(Date.now() + 90 * 24 * HOUR).toISOString() }, animator.account.headers);
    expect(after.errors?.[0].extensions?.reason).toBe('DEADLINE_AFTER_START');
  });
});

describe('reading the agenda', () => {
  it('costs the same number of statements for 2 items as for 8 (no N+1)', async () => {
    const PAGE = `query($id: ID!) { meeting(id: $id) { agenda { title position proposedBy { id } presenter { id } organization { name } history { status } }
      agendaBudget { overrun slots { startsAt item { id } } } agendaViewerCan { manage } } }`;
    const counts: number[] = [];
    for (const size of [2, 8]) {
      const m = await meeting();
      for (let i = 0; i < size; i++)
        await accept(
          await propose(m, item(`Point ${i}`, 10, { presenterId: partner.person.id, organizationId: partner.organization.id })),
        );
      server.statements.length = 0;
      const { data, errors } = await server.gql(PAGE, { id: m }, animator.account.headers);
      expect(errors).toBeUndefined();
      expect(data.meeting.agenda).toHaveLength(size);
      counts.push(server.statements.length);
    }
    expect(counts[1]).toBe(counts[0]);
  });
});
