import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { deliverAgenda } from '../../server/src/meetings/agenda/agenda-publication';
import { outbox, SETTINGS } from '../../server/src/meetings/calendar/calendar.test-support';
import { OrganizationKind } from '../../server/src/directory/directory.enums';
import { createOrganization, uniqueTag } from '../../server/test/factories';
import { DEMO, signIn } from '../../server/test/test-server';
import { expectNoSeriousAxeViolations, pdfPages, screenshot, useBrowserServer } from './browser';

/**
 * The AVS orientation commission's agenda in the browser, as the demo accounts: Léa Fontaine (Le Forum)
 * proposes, the Caf's animator reviews, orders (keyboard, mouse, buttons), publishes, records outcomes and
 * prints. The meeting is the test's own, dated years ahead, then moved years back to be held: the demo
 * meetings (within a year of today) and their rows stay untouched, and the structure discussed is the test's own.
 */

const SCHEDULE = `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }`;
const PROPOSE = `mutation($m: ID!, $input: AgendaItemInput!) { proposeAgendaItem(meetingId: $m, input: $input) { id } }`;
const MEETING = `query($id: ID!) { meeting(id: $id) { version agenda { title } invitations { id person { email } } } }`;
const UPDATE = `mutation($id: ID!, $version: Int!, $input: UpdateMeetingInput!) { updateMeeting(id: $id, version: $version, input: $input) { id } }`;
interface MeetingData {
  meeting: { version: number; invitations: Array<{ id: string; person: { email: string | null } }> };
}
const ATTEND = `mutation($id: ID!, $attended: Boolean!) { recordAttendance(invitationId: $id, attended: $attended) { id } }`;

// Monday 13 March 2034, 14:00–16:00 in Paris (UTC+1); held « on » Monday 11 March 2024, same hours.
const STARTS = '2034-03-13T13:00:00Z';
const ENDS = '2034-03-13T15:00:00Z';
const HELD_STARTS = '2024-03-11T13:00:00Z';
const HELD_ENDS = '2024-03-11T15:00:00Z';

const PRINTS = fileURLToPath(new URL('../../test-results/prints/', import.meta.url));

const OPINION = 'Renouvellement du projet social des Tilleuls';
const INFORMATION = 'Point d’étape de l’agrément de l’EVS Archijeux';
const DECISION = 'Calendrier des comités techniques 2034';
const DEFERRED = 'Mutualisation d’un poste de référent familles';

/** The titles of the animator's ordered agenda, as shown, once no move is being saved. */
async function order(page: Page): Promise<string[]> {
  await page.locator('.agenda-order[aria-busy="false"]').waitFor();
  return page.locator('.agenda-order__row .agenda-item__title').allTextContents();
}

/** Chromium's print of the page, kept beside the screenshots to be looked at. */
async function printed(page: Page, name: string): Promise<Buffer> {
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  fs.mkdirSync(PRINTS, { recursive: true });
  fs.writeFileSync(path.join(PRINTS, `${name}.pdf`), pdf);
  return pdf;
}

describe('the commission’s agenda', () => {
  const app = useBrowserServer();

  async function gql<T = unknown>(query: string, variables: Record<string, unknown>, headers: Record<string, string>) {
    const { data, errors } = await app.server.gql(query, variables, headers);
    if (errors) throw new Error(errors[0].message);
    return data as T;
  }

  /** Runs the publication jobs the mutations queued (the handler mails the latest publication, once). */
  async function deliverPublications(meetingId: string) {
    const jobs = await app.server.orm.em
      .fork()
      .getConnection()
      .execute<Array<{ data: { meetingId: string; publishedAt: string } }>>(
        `select data from pgboss.job where name = 'meetings.publish-agenda' and data->>'meetingId' = ? order by created_on`,
        [meetingId],
      );
    for (const { data } of jobs) await deliverAgenda(app.server.orm.em.fork(), data, SETTINGS);
  }

  it('is proposed by a member, reviewed, ordered, published, held and printed', async () => {
    const animator = await signIn(app.server, DEMO.avsAnimator);
    const partner = await signIn(app.server, DEMO.partner);
    const title = `Commission d’orientation AVS — essai ${uniqueTag()}`;
    // The structure the opinion is about is the test's own: the demo structures' dossiers are read by other tests.
    const structure = await createOrganization(app.server, {
      name: `Espace de vie sociale Les Tilleuls ${uniqueTag()}`,
      kind: OrganizationKind.SOCIAL_LIFE_SPACE,
    });
    const { scheduleMeeting } = await gql<{ scheduleMeeting: { id: string } }>(
      SCHEDULE,
      {
        input: {
          networkSlugs: ['commission-avs'],
          title,
          kind: 'COMMISSION',
          startsAt: STARTS,
          endsAt: ENDS,
          communeInseeCode: '26108',
          place: 'Salle du conseil communautaire',
        },
      },
      animator,
    );
    const meetingId: string = scheduleMeeting.id;
    const meetingPath = `/reunions/${meetingId}`;

    // Léa Fontaine proposes a point through the form, until the deadline (7 days before, Paris time).
    const lea = await app.openSignedIn(DEMO.partner, meetingPath);
    const agendaOfLea = lea.page.locator('section.agenda-section');
    await agendaOfLea
      .getByText('Propositions de points ouvertes jusqu’au lundi 6 mars 2034 à 14 h 00 (heure de Paris).')
      .waitFor();
    await agendaOfLea.getByText('L’ordre du jour n’est pas encore publié.').waitFor();
    const form = agendaOfLea.locator('form.agenda-item-form');
    await form.getByLabel('Intitulé du point').fill(OPINION);
    await form.getByLabel('Description').fill('Avis de la commission avant le dépôt du projet social à la Caf.');
    await form.getByLabel('Nature du point').selectOption({ label: 'Avis' });
    await form.getByLabel('Durée (minutes)').fill('45');
    await form.getByLabel('Présenté par').selectOption({ label: 'Léa Fontaine' });
    await form.getByLabel('Structure concernée').fill('Tilleuls');
    await form.getByText('1 structure trouvée.').waitFor();
    await form.getByRole('button', { name: `Choisir ${structure.name}` }).click();
    await form.getByText(structure.name, { exact: true }).waitFor();
    await form.getByLabel('Documents et liens').fill('https://exemple.fr/projet-social-forum.pdf');
    await expectNoSeriousAxeViolations(lea.page);
    await screenshot(lea.page, 'agenda-proposal-form');
    await form.getByRole('button', { name: 'Proposer ce point' }).click();
    await agendaOfLea.getByText('Proposition envoyée : les animateurs vont l’examiner.').waitFor();
    const mine = agendaOfLea.locator('.my-agenda-proposals');
    await mine.getByText('En attente d’examen').waitFor();
    expect(await mine.textContent()).toContain(`structure : ${structure.name}`);

    // Still pending: she may shorten it.
    await mine.getByRole('button', { name: `Modifier la proposition « ${OPINION} »` }).click();
    await mine.getByLabel('Durée (minutes)').fill('40');
    await mine.getByRole('button', { name: 'Enregistrer la proposition' }).click();
    await mine.getByText('Proposition modifiée.').waitFor();
    await mine.getByText('40 min').waitFor();

    // Three more proposals from her, sent by the API.
    const more = [
      { title: INFORMATION, kind: 'INFORMATION', durationMinutes: 20 },
      { title: DECISION, kind: 'DECISION', durationMinutes: 30 },
      { title: DEFERRED, kind: 'DISCUSSION', durationMinutes: 40 },
    ];
    for (const input of more) await gql(PROPOSE, { m: meetingId, input }, partner);

    // The animator accepts all four: 140 minutes for a two-hour meeting, which the budget says in words.
    const avs = await app.openSignedIn(DEMO.avsAnimator, meetingPath);
    const agenda = avs.page.locator('section.agenda-section');
    await agenda.getByRole('heading', { name: 'Propositions à examiner (4)' }).waitFor();
    await expectNoSeriousAxeViolations(avs.page);
    await screenshot(avs.page, 'agenda-review-queue');
    // An animator may edit a proposal before reviewing it.
    await agenda.getByRole('button', { name: `Modifier la proposition « ${DEFERRED} »` }).click();
    await agenda
      .locator('form.agenda-item-form', { hasText: 'Enregistrer la proposition' })
      .getByLabel('Durée (minutes)')
      .fill('50');
    await agenda.getByRole('button', { name: 'Enregistrer la proposition' }).click();
    await agenda.getByText('Proposition modifiée.').waitFor();
    await agenda.getByLabel(`Commentaire sur « ${OPINION} » (envoyé à l’auteur·rice)`).fill('Merci, inscrit pour avis.');
    for (const item of [OPINION, INFORMATION, DECISION, DEFERRED]) {
      await agenda.getByRole('button', { name: `Accepter « ${item} »` }).click();
      await agenda.getByText(`« ${item} » : inscrit à l’ordre du jour.`, { exact: false }).waitFor();
    }
    await agenda.getByText('Attention : l’ordre du jour dépasse la durée de la réunion de 20 min').waitFor();
    expect(await agenda.locator('.agenda-budget__summary').textContent()).toContain('Temps prévu : 2 h 20 sur 2 h');
    await screenshot(avs.page, 'agenda-overrun');

    // One is deferred to a later commission: the agenda fits again.
    await agenda.getByText('Propositions déjà examinées (4)').click();
    await agenda.getByLabel(`Commentaire sur « ${DEFERRED} » (envoyé à l’auteur·rice)`).fill('Reporté à la commission de juin.');
    await agenda.getByRole('button', { name: `Reporter « ${DEFERRED} »` }).click();
    await agenda.getByText(`« ${DEFERRED} » : reporté.`, { exact: false }).waitFor();
    await expect.poll(() => agenda.locator('.agenda-budget__warning').count()).toBe(0);
    expect(await order(avs.page)).toEqual([OPINION, INFORMATION, DECISION]);
    expect(await agenda.locator('.agenda-order__time').allTextContents()).toEqual(['1. 14 h 00', '2. 14 h 40', '3. 15 h 00']);
    const reviewMail = (await outbox(app.server.orm, DEMO.partner))
      .filter((mail) => mail.subject === `Votre proposition pour l'ordre du jour : ${DEFERRED}`)
      .at(-1);
    expect(reviewMail?.text).toContain('est reporté à une prochaine réunion.\nCommentaire : Reporté à la commission de juin.');

    // Not published yet: Léa sees no agenda.
    await lea.page.reload();
    await agendaOfLea.getByText('L’ordre du jour n’est pas encore publié.').waitFor();

    // Keyboard: the decision goes up one place (Space, arrow up, Space), announced in French.
    await agenda.getByRole('button', { name: `Déplacer « ${DECISION} »` }).focus();
    // Each key waits for dnd-kit's announcement of the previous one: a busy machine lags behind keys.
    const liveText = async () => (await avs.page.locator('[id^="DndLiveRegion"]').textContent()) ?? '';
    const announced = (text: string, timeout = 5_000) => expect.poll(liveText, { timeout }).toContain(text);
    await avs.page.keyboard.press('Space');
    // Picked up ("saisi"), at once announced again as over its own place ("amené").
    await announced(`Point « ${DECISION} »`);
    await announced('en position 3 sur 3.');
    // dnd-kit measures the list just after the pick-up and ignores an arrow pressed before that
    // ends: as a user would, press again until it moves (never once it has).
    for (let attempt = 0; attempt < 5 && !(await liveText()).includes('amené en position 2 sur 3.'); attempt++) {
      await avs.page.keyboard.press('ArrowUp');
      await announced('amené en position 2 sur 3.', 2_000).catch(() => undefined);
    }
    await announced(`Point « ${DECISION} » amené en position 2 sur 3.`);
    await avs.page.keyboard.press('Space');
    await expect.poll(() => order(avs.page)).toEqual([OPINION, DECISION, INFORMATION]);
    expect(await avs.page.locator('[id^="DndLiveRegion"]').textContent()).toContain(
      `Point « ${DECISION} » déposé en position 2 sur 3.`,
    );

    // Mouse: the information is dragged to the top.
    const handle = agenda.getByRole('button', { name: `Déplacer « ${INFORMATION} »` });
    const from = (await handle.boundingBox())!;
    const target = (await agenda.locator('.agenda-order__row').first().boundingBox())!;
    const source = (await agenda.locator('.agenda-order__row').last().boundingBox())!;
    const x = from.x + from.width / 2;
    const y = from.y + from.height / 2;
    await avs.page.mouse.move(x, y);
    await avs.page.mouse.down();
    await avs.page.mouse.move(x, y - 10, { steps: 3 });
    await avs.page.mouse.move(x, y + (target.y + target.height / 2) - (source.y + source.height / 2), { steps: 15 });
    await avs.page.mouse.up();
    await expect.poll(() => order(avs.page)).toEqual([INFORMATION, OPINION, DECISION]);
    expect(await agenda.locator('.agenda-order__time').allTextContents()).toEqual(['1. 14 h 00', '2. 14 h 20', '3. 15 h 00']);

    // Published: every invitee gets it by mail, with the computed times.
    await agenda.getByRole('button', { name: 'Publier l’ordre du jour' }).click();
    await agenda.getByText('Ordre du jour publié : les personnes invitées le reçoivent par courriel.').waitFor();
    await deliverPublications(meetingId);
    const published = (await outbox(app.server.orm, DEMO.partner)).find((mail) => mail.subject === `Ordre du jour : ${title}`);
    expect(published?.text).toContain(`14 h 00 — ${INFORMATION} (20 min)\n14 h 20 — ${OPINION} (40 min)\n15 h 00 — ${DECISION}`);

    // A change afterwards is marked until published again (the buttons move one place too).
    await agenda.getByRole('button', { name: `Monter « ${DECISION} »` }).click();
    await expect.poll(() => order(avs.page)).toEqual([INFORMATION, DECISION, OPINION]);
    await agenda.getByText(`« ${DECISION} » est maintenant en position 2 sur 3.`).waitFor();
    await agenda.getByText('Modifié depuis la publication — republier.').waitFor();
    await expectNoSeriousAxeViolations(avs.page);
    await screenshot(avs.page, 'agenda-changed-since-publication');
    await agenda.getByRole('button', { name: 'Republier l’ordre du jour' }).click();
    await expect.poll(() => agenda.getByText('Modifié depuis la publication').count()).toBe(0);
    await agenda.locator('.agenda-publication__state', { hasText: 'Publié le' }).waitFor();
    await deliverPublications(meetingId);
    const updated = (await outbox(app.server.orm, DEMO.partner)).find(
      (mail) => mail.subject === `Ordre du jour (mis à jour) : ${title}`,
    );
    expect(updated?.text).toContain(`14 h 20 — ${DECISION} (30 min)\n14 h 50 — ${OPINION} (40 min)`);

    // Léa now reads the agenda and what became of her proposals.
    await lea.page.reload();
    const publishedList = agendaOfLea.locator('ol.published-agenda');
    await publishedList.waitFor();
    expect(await publishedList.locator('.agenda-item__title').allTextContents()).toEqual([INFORMATION, DECISION, OPINION]);
    expect(await mine.textContent()).toContain('Commentaire des animateurs : Merci, inscrit pour avis.');
    expect(await mine.textContent()).toContain('Reporté');
    await expectNoSeriousAxeViolations(lea.page);
    await screenshot(lea.page, 'agenda-published-for-members');

    // The animator closes proposals (a deadline already past); Léa's late point gets the server's message.
    await agenda.getByText('Changer la date limite des propositions').click();
    await agenda.getByLabel('Jour', { exact: true }).fill('2026-01-05');
    await agenda.getByLabel('Heure', { exact: true }).fill('12:00');
    await agenda.getByRole('button', { name: 'Enregistrer la date limite' }).click();
    await agenda.getByText('Date limite enregistrée.').waitFor();
    await agenda.getByText('Les propositions de points étaient ouvertes jusqu’au lundi 5 janvier 2026 à 12 h 00').waitFor();
    await form.getByLabel('Intitulé du point').fill('Un point de dernière minute');
    await form.getByRole('button', { name: 'Proposer ce point' }).click();
    const late = form.getByRole('alert');
    await late.getByText('le délai est passé', { exact: false }).waitFor();
    expect(await late.textContent()).toMatch(
      /^Les propositions pour cette réunion étaient possibles jusqu'au .*5 janvier 2026.* \(heure de Paris\)/,
    );

    // Anonymous visitors see neither the private meeting nor its agenda.
    const visitor = await app.open(`${meetingPath}/ordre-du-jour`);
    await visitor.page.getByRole('heading', { level: 1, name: 'Réunion introuvable' }).waitFor();
    expect(await visitor.page.getByText(INFORMATION).count()).toBe(0);

    // Time passes: the meeting is held (moved years back, away from the demo year), attendance and minutes taken.
    const before = await gql<MeetingData>(MEETING, { id: meetingId }, animator);
    await gql(
      UPDATE,
      { id: meetingId, version: before.meeting.version, input: { startsAt: HELD_STARTS, endsAt: HELD_ENDS } },
      animator,
    );
    const again = await gql<MeetingData>(MEETING, { id: meetingId }, animator);
    await gql(
      UPDATE,
      {
        id: meetingId,
        version: again.meeting.version,
        input: { minutes: '## Relevé des échanges\n\n- Tour de table des **projets sociaux** en cours' },
      },
      animator,
    );
    for (const invitation of again.meeting.invitations) {
      const present = invitation.person.email === DEMO.partner || invitation.person.email === DEMO.avsAnimator;
      await gql(ATTEND, { id: invitation.id, attended: present }, animator);
    }

    // Outcomes: an opinion needs its sense; a decision its text.
    await avs.page.reload();
    const outcomes = avs.page.locator('.agenda-outcomes');
    // The whole meeting page loads again (the machine may be busy with other test files).
    await outcomes.getByRole('heading', { name: 'Suites données aux points' }).waitFor({ timeout: 30_000 });
    const opinionForm = outcomes.locator('form', { hasText: OPINION });
    await opinionForm.getByLabel('Avis motivé').fill('Projet social cohérent avec le diagnostic de territoire.');
    await opinionForm.getByRole('button', { name: `Enregistrer les suites de « ${OPINION} »` }).click();
    await opinionForm.getByText('Indiquez le sens de l’avis : favorable, réservé ou défavorable.').waitFor();
    await opinionForm.getByLabel('Avis favorable').check();
    await opinionForm.getByRole('button', { name: `Enregistrer les suites de « ${OPINION} »` }).click();
    await opinionForm.getByText(`Suites de « ${OPINION} » enregistrées.`).waitFor();
    const decisionForm = outcomes.locator('form', { hasText: DECISION });
    await decisionForm
      .getByLabel('Décision prise')
      .fill('Les comités techniques se tiennent le deuxième mardi de chaque trimestre.');
    await decisionForm.getByRole('button', { name: `Enregistrer les suites de « ${DECISION} »` }).click();
    await decisionForm.getByText(`Suites de « ${DECISION} » enregistrées.`).waitFor();
    const informationForm = outcomes.locator('form', { hasText: INFORMATION });
    await informationForm.getByLabel('Ce qui a été dit').fill('Visite d’agrément prévue en avril.');
    await informationForm.getByRole('button', { name: `Enregistrer les suites de « ${INFORMATION} »` }).click();
    await informationForm.getByText(`Suites de « ${INFORMATION} » enregistrées.`).waitFor();
    await expectNoSeriousAxeViolations(avs.page);
    await screenshot(avs.page, 'agenda-outcomes');

    // The printable agenda: no site header; printed to PDF by Chromium and read back.
    await agenda.getByRole('link', { name: 'Ordre du jour à imprimer' }).click();
    await avs.page.getByRole('heading', { level: 1, name: /Ordre du jour/ }).waitFor();
    await avs.page.locator('.printed-agenda').waitFor();
    expect(await avs.page.locator('.site-header').count()).toBe(0);
    await avs.page.getByRole('button', { name: 'Imprimer' }).waitFor();
    await expectNoSeriousAxeViolations(avs.page);
    await screenshot(avs.page, 'agenda-print-view');
    const agendaPdf = await pdfPages(await printed(avs.page, 'agenda-ordre-du-jour'));
    const agendaText = agendaPdf.join('\n');
    expect(agendaText).toContain("Commission d'orientation Animation de la vie sociale");
    expect(agendaText).toContain('Ordre du jour');
    expect(agendaText).toContain('lundi 11 mars 2024, 14 h 00 – 16 h 00');
    expect(agendaText).toContain('Salle du conseil communautaire, Crest');
    expect(agendaText).not.toContain('Imprimer');
    const inOrder = [`14 h 00 1. ${INFORMATION}`, `14 h 20 2. ${DECISION}`, `14 h 50 3. ${OPINION}`];
    const positions = inOrder.map((line) => agendaText.indexOf(line));
    expect(positions, agendaText).not.toContain(-1);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(agendaText).toContain(`présenté par Léa Fontaine · structure concernée : ${structure.name}`);
    expect(agendaPdf[0]).toMatch(/Page 1 sur \d+/);

    // The printable minutes: attendance, outcomes (« Avis favorable »), minutes, page numbers.
    await avs.page.goto(`${app.server.url}${meetingPath}/compte-rendu`);
    await avs.page.getByRole('heading', { level: 1, name: /Compte rendu/ }).waitFor();
    await avs.page.locator('.printed-minutes').waitFor();
    await expectNoSeriousAxeViolations(avs.page);
    await screenshot(avs.page, 'agenda-minutes-print-view');
    const minutesPdf = await pdfPages(await printed(avs.page, 'agenda-compte-rendu'));
    const minutesText = minutesPdf.join('\n');
    expect(minutesText).toContain('Compte rendu');
    expect(minutesText).toMatch(/Présent·es \(2\) : [^:]*Léa Fontaine \(Espace de vie sociale Le Forum\)/);
    expect(minutesText).toContain('Avis favorable : Projet social cohérent avec le diagnostic de territoire.');
    expect(minutesText).toContain('Décision : Les comités techniques se tiennent le deuxième mardi de chaque trimestre.');
    expect(minutesText).toContain('Notes de séance');
    expect(minutesText).toContain('Tour de table des projets sociaux en cours');
    expect(minutesPdf.at(-1)).toMatch(new RegExp(`Page ${minutesPdf.length} sur ${minutesPdf.length}`));

    expect(lea.errors).toEqual([]);
    expect(avs.errors).toEqual([]);
    expect(visitor.errors).toEqual([]);
  }, 240_000);
});
