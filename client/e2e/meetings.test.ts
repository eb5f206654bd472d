import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addMembership, createAnimator, createPartner } from '../../server/test/factories';
import { outbox, runAnnouncements } from '../../server/src/meetings/calendar/calendar.test-support';
import { DEMO } from '../../server/test/test-server';
import { expectNoSeriousAxeViolations, screenshot, useBrowserServer } from './browser';

/**
 * Meetings in the browser, on data of the test's own: two networks (A and B, each with its animator
 * and a partner), a meeting of B that makes B's people busy, then a joint meeting of A and B.
 */

/** A fixed Paris slot far enough ahead that no demo meeting is near (Monday 14 June 2032). */
const DAY = '2032-06-14';
const MONTH = '2032-06';

const SCHEDULE = `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id version } }`;
const UPDATE = `mutation($id: ID!, $version: Int!, $input: UpdateMeetingInput!) { updateMeeting(id: $id, version: $version, input: $input) { id version } }`;
const VERSION = `query($id: ID!) { meeting(id: $id) { version } }`;

const personName = (person: { firstName: string; lastName: string }) => `${person.firstName} ${person.lastName}`;

describe('meetings', () => {
  const app = useBrowserServer();

  async function gql<T = unknown>(
    query: string,
    variables: Record<string, unknown>,
    headers: Record<string, string>,
  ): Promise<T> {
    const { data, errors } = await app.server.gql(query, variables, headers);
    if (errors) throw new Error(errors[0].message);
    return data as T;
  }

  async function twoNetworks() {
    const A = await createAnimator(app.server);
    const B = await createAnimator(app.server);
    const partnerOfA = await createPartner(app.server);
    await addMembership(app.server, {
      network: A.network.slug,
      organizationId: partnerOfA.organization.id,
      personId: partnerOfA.person.id,
    });
    const partnerOfB = await createPartner(app.server);
    await addMembership(app.server, {
      network: B.network.slug,
      organizationId: partnerOfB.organization.id,
      personId: partnerOfB.person.id,
    });
    return { A, B, partnerOfA, partnerOfB };
  }

  /** Answers each slot of the poll form of the page, in order, and saves. */
  async function answerPoll(page: Page, answers: string[]) {
    const groups = page.locator('fieldset.poll-answer');
    for (const [index, answer] of answers.entries()) await groups.nth(index).getByLabel(answer, { exact: true }).check();
    await page.getByRole('button', { name: 'Enregistrer mes disponibilités' }).click();
    await page.getByText('Vos disponibilités sont enregistrées.', { exact: false }).waitFor();
  }

  /** Fills the schedule form of the page (opened from a network's calendar). */
  async function fillScheduleForm(page: Page, fields: { title: string; otherNetwork?: string }) {
    if (fields.otherNetwork) {
      await page.getByLabel('Associer un autre réseau (réunion commune)').selectOption({ label: fields.otherNetwork });
      await page.getByRole('button', { name: 'Associer', exact: true }).click();
    }
    await page.getByLabel('Titre', { exact: true }).fill(fields.title);
    await page.getByLabel('Date', { exact: true }).fill(DAY);
    await page.getByLabel('Début', { exact: true }).fill('14:00');
    await page.getByLabel('Fin', { exact: true }).fill('16:00');
    await page.getByLabel('Salle, adresse').fill('Salle du conseil, mairie');
    await page.getByLabel('Commune', { exact: true }).selectOption({ label: 'Crest' });
  }

  it('schedules a joint meeting past a conflict warning, finds its date with a poll answered in the app and by mail, then holds it', async () => {
    const { A, B, partnerOfA, partnerOfB } = await twoNetworks();
    const title = 'Réunion commune parentalité et jeunesse';
    // B's people are already expected elsewhere on the first slot.
    await gql(
      SCHEDULE,
      {
        input: {
          networkSlugs: [B.network.slug],
          title: 'Réunion du réseau B',
          kind: 'NETWORK_MEETING',
          startsAt: `${DAY}T12:30:00Z`,
          endsAt: `${DAY}T14:30:00Z`,
        },
      },
      B.account.headers,
    );

    // The animator of A plans a joint meeting from A's calendar and hears who is busy.
    const { page, errors } = await app.openSignedIn(A.account.email, `/reseaux/${A.network.slug}/reunions?mois=${MONTH}`, {
      password: A.account.password,
    });
    await page.getByRole('heading', { level: 1, name: `Réunions – ${A.network.name}` }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'juin 2032' }).waitFor();
    await expectNoSeriousAxeViolations(page);
    await page.getByRole('link', { name: 'Planifier une réunion' }).click();
    await page.getByRole('heading', { level: 1, name: 'Planifier une réunion' }).waitFor();
    await fillScheduleForm(page, { title, otherNetwork: B.network.name });
    expect(await page.getByLabel('Type de réunion').inputValue()).toBe('JOINT_MEETING');
    await expectNoSeriousAxeViolations(page);
    await page.getByRole('button', { name: 'Planifier et inviter' }).click();
    const warning = page.locator('.conflict-warning');
    await warning.getByText('2 personnes ont déjà une réunion à ce moment-là').waitFor();
    expect(await warning.textContent()).toContain(personName(partnerOfB.person));
    expect(await warning.textContent()).toContain('« Réunion du réseau B »');
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, 'meetings-schedule-conflict');

    // Rather than force the slot, a poll: the meeting stays a draft.
    await page.getByLabel(/Trouver une date avec un sondage/).check();
    await page.getByRole('button', { name: 'Créer la réunion en préparation' }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(title) }).waitFor();
    const meetingId = new URL(page.url()).pathname.split('/').pop()!;
    await page.getByText('En préparation : personne n’est invité tant que la date n’est pas retenue.').waitFor();
    const pollForm = page.locator('form.start-date-poll');
    // The draft's slot and the next day are proposed; the closing defaults to the eve of the first.
    expect(await pollForm.getByRole('group', { name: 'Créneau 2 (heure de Paris)' }).getByLabel('Date').inputValue()).toBe(
      '2032-06-15',
    );
    expect(await pollForm.getByLabel('Jour de clôture').inputValue()).toBe('2032-06-13');
    await expectNoSeriousAxeViolations(page);
    await pollForm.getByRole('button', { name: 'Lancer le sondage' }).click();
    const tally = page.locator('table.poll-tally');
    await tally.waitFor();
    const firstSlot = tally.locator('tbody tr').nth(0);
    expect(await firstSlot.textContent()).toContain('Réunion du réseau B');
    await screenshot(page, 'meetings-poll-started');

    // The partner of A answers in the app, from « Mes réunions ».
    const partner = await app.openSignedIn(partnerOfA.account.email, '/mes-reunions', { password: partnerOfA.account.password });
    await partner.page.getByRole('link', { name: `Quelle date pour « ${title} » ?` }).click();
    await partner.page.getByRole('heading', { level: 1, name: `Quelle date pour « ${title} » ?` }).waitFor();
    await answerPoll(partner.page, ['Non', 'Oui']);
    await expectNoSeriousAxeViolations(partner.page);
    await screenshot(partner.page, 'meetings-poll-in-app');

    // The partner of B answers through the personal link of the mail, without signing in.
    const pollMail = (await outbox(app.server.orm, partnerOfB.person.email!)).find(
      (mail) => mail.subject === `Quelle date pour « ${title} » ?`,
    );
    const pollLink = new URL(/http:\/\/maillage\.test(\/sondage\/[\w-]+)/.exec(pollMail!.text)![1], app.server.url).pathname;
    const guest = await app.open(pollLink);
    await guest.page.getByText(`Bonjour ${partnerOfB.person.firstName},`).waitFor();
    await answerPoll(guest.page, ['Si besoin', 'Oui']);
    await expectNoSeriousAxeViolations(guest.page);
    await screenshot(guest.page, 'meetings-poll-link');
    expect(guest.errors).toEqual([]);

    // Two yes for the second slot: the animator fixes it, which invites everyone.
    await page.reload();
    const secondSlot = tally.locator('tbody tr').nth(1);
    await expect.poll(() => secondSlot.locator('td').first().textContent()).toBe('2');
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, 'meetings-poll-tally');
    await secondSlot.getByRole('button', { name: /Retenir ce créneau/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Retenir ce créneau' }).click();
    await page.locator('.meeting-facts', { hasText: 'mardi 15 juin 2032, 14 h 00 – 16 h 00' }).waitFor();
    await page.getByRole('heading', { name: /Personnes invitées \(4\)/ }).waitFor();

    // The invitation mail carries the calendar event at the chosen time, and a personal answer link.
    await runAnnouncements(app.server.orm, meetingId);
    const invitation = (await outbox(app.server.orm, partnerOfA.person.email!)).find(
      (mail) => mail.subject === `Invitation : ${title}`,
    );
    const event = invitation?.alternatives?.find((part) => part.contentType.startsWith('text/calendar'))?.content;
    expect(event).toContain('METHOD:REQUEST');
    expect(event).toContain('DTSTART:20320615T120000Z');
    const answerLink = /http:\/\/maillage\.test(\/reponse\/[\w-]+)/.exec(invitation!.text)![1];
    const answering = await app.open(answerLink);
    await answering.page.getByRole('heading', { level: 1, name: title }).waitFor();
    await answering.page.getByRole('button', { name: 'Oui' }).click();
    await answering.page.getByText('Vous avez répondu : vous venez.').waitFor();
    await expectNoSeriousAxeViolations(answering.page);
    await screenshot(answering.page, 'meetings-answer-link');
    expect(answering.errors).toEqual([]);

    // The joint meeting shows in B's calendar too.
    await page.getByRole('link', { name: `Réunions – ${B.network.name}` }).click();
    await page.getByRole('heading', { level: 2, name: 'juin 2032' }).waitFor();
    await page.getByRole('link', { name: new RegExp(`14 h 00 ${title}`) }).waitFor();
    await screenshot(page, 'meetings-network-calendar-month');
    await page.getByRole('link', { name: 'Liste', exact: true }).click();
    await page.getByRole('link', { name: title }).waitFor();
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, 'meetings-network-calendar-list');

    // Time passes (the meeting is moved to yesterday): attendance and minutes.
    const { meeting } = await gql<{ meeting: { version: number } }>(VERSION, { id: meetingId }, A.account.headers);
    const yesterday = Date.now() - 24 * 3600_000;
    await gql(
      UPDATE,
      {
        id: meetingId,
        version: meeting.version,
        input: { startsAt: new Date(yesterday).toISOString(), endsAt: new Date(yesterday + 7200_000).toISOString() },
      },
      A.account.headers,
    );
    await page.goto(`${app.server.url}/reunions/${meetingId}`);
    await page.getByRole('checkbox', { name: `Présent·e : ${personName(partnerOfA.person)}` }).check();
    await page.locator('.answer-counts').getByText('1 présent·es').waitFor();
    await page.getByRole('button', { name: 'Rédiger le compte rendu' }).click();
    await page.getByLabel('Texte du compte rendu').fill('## Relevé de décisions\n\n- Un forum **commun** en septembre');
    await page.getByRole('button', { name: 'Enregistrer le compte rendu' }).click();
    await page.locator('.minutes__text strong', { hasText: 'commun' }).waitFor();
    await screenshot(page, 'meetings-meeting-page');
    expect(errors).toEqual([]);
    expect(partner.errors).toEqual([]);
  }, 180_000);

  it('suggests the least busy slots and fills the form with the one chosen', async () => {
    const { A } = await twoNetworks();
    const { page, errors } = await app.openSignedIn(A.account.email, `/reseaux/${A.network.slug}/reunions/planifier`, {
      password: A.account.password,
    });
    await page.getByRole('button', { name: 'Proposer des créneaux' }).click();
    const suggestions = page.getByRole('list', { name: 'Créneaux proposés' });
    await suggestions.locator('li').first().waitFor();
    expect(await suggestions.locator('li').count()).toBe(5);
    expect(await suggestions.locator('li').first().textContent()).toContain('personne n’est pris');
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, 'meetings-slot-suggestions');
    await suggestions
      .getByRole('button', { name: /Choisir ce créneau/ })
      .first()
      .click();
    expect(await page.getByLabel('Date', { exact: true }).inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await page.getByLabel('Début', { exact: true }).inputValue()).toBe('09:00');
    expect(await page.getByLabel('Fin', { exact: true }).inputValue()).toBe('11:00');
    expect(errors).toEqual([]);
  });

  it('schedules a weekly series, moves the later meetings after a preview, then cancels the whole series', async () => {
    const { A } = await twoNetworks();
    const { page, errors } = await app.openSignedIn(A.account.email, `/reseaux/${A.network.slug}/reunions/planifier`, {
      password: A.account.password,
    });
    await fillScheduleForm(page, { title: 'Permanence partagée' });
    await page.getByLabel('Se répète').selectOption({ label: 'Toutes les semaines (ou toutes les n semaines)' });
    await page.getByLabel('Nombre de réunions (la première comprise)').fill('3');
    await page.getByRole('button', { name: 'Planifier la série et inviter' }).click();
    await page.getByRole('heading', { level: 1, name: 'Permanence partagée' }).waitFor();
    const series = page.getByRole('navigation', { name: 'Réunions de la série' });
    await series.getByText('Réunion d’une série : chaque semaine, 3 réunions.').waitFor();
    expect(await series.getByRole('link').count()).toBe(3);

    // From the second meeting on, at 10:00: the preview names the two meetings concerned.
    await series.getByRole('link').nth(1).click();
    await page.locator('.meeting-facts', { hasText: 'lundi 21 juin 2032' }).waitFor();
    await page.getByRole('button', { name: 'Modifier la réunion' }).click();
    const form = page.locator('form.edit-meeting');
    await form.getByLabel('Cette réunion et les suivantes de la série').check();
    await form.getByLabel('Début', { exact: true }).fill('10:00');
    await form.getByLabel('Fin', { exact: true }).fill('12:00');
    await form.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    const confirm = form.locator('.series-confirm');
    await confirm.getByText('Cette modification concerne 2 réunions :').waitFor();
    expect(await confirm.textContent()).toContain(
      'lundi 28 juin 2032, 10 h 00 – 12 h 00'.replace('10 h 00 – 12 h 00', '14 h 00 – 16 h 00'),
    );
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, 'meetings-series-preview');
    await confirm.getByRole('button', { name: 'Modifier ces réunions' }).click();
    await page.getByText('2 réunions modifiées : les personnes invitées sont prévenues par courriel.').waitFor();
    await page.locator('.meeting-facts', { hasText: 'lundi 21 juin 2032, 10 h 00 – 12 h 00' }).waitFor();

    // The whole series is called off, after the same preview.
    await page.getByRole('button', { name: 'Annuler la réunion' }).click();
    const dialog = page.getByRole('dialog', { name: 'Annuler « Permanence partagée » ?' });
    await dialog.getByLabel('Toutes les réunions de la série').check();
    await dialog.getByRole('button', { name: 'Voir les réunions concernées' }).click();
    await dialog.getByText('Cette annulation concerne 3 réunions :').waitFor();
    await dialog.getByRole('button', { name: 'Annuler ces réunions' }).click();
    await page.getByText('Cette réunion est annulée.').waitFor();
    expect(await series.locator('.series-info__cancelled').count()).toBe(3);
    expect(errors).toEqual([]);
  });

  it('lets the coordination keep a period free of meetings, which the calendars shade', async () => {
    const { A } = await twoNetworks();
    // Far ahead and short: other files' suggested slots never reach it.
    const label = `Séminaire d’essai ${Date.now()}`;
    const admin = await app.openSignedIn(DEMO.admin, '/admin/periodes-a-eviter');
    await admin.page.getByRole('heading', { level: 1, name: 'Périodes à éviter' }).waitFor();
    await admin.page.getByLabel('Libellé').fill(label);
    await admin.page.getByLabel('Premier jour').fill('2029-03-15');
    await admin.page.getByLabel('Dernier jour (compris)').fill('2029-03-16');
    await admin.page.getByLabel('Type', { exact: true }).selectOption({ label: 'Autre période sans réunion' });
    await admin.page.getByRole('button', { name: 'Ajouter la période' }).click();
    const row = admin.page.locator('tbody tr', { hasText: label });
    await row.waitFor();
    expect(await row.textContent()).toContain('15 mars 2029');
    await expectNoSeriousAxeViolations(admin.page);
    await screenshot(admin.page, 'meetings-avoid-periods');

    const { page, errors } = await app.openSignedIn(A.account.email, `/reseaux/${A.network.slug}/reunions?mois=2029-03`, {
      password: A.account.password,
    });
    await page.getByText(`${label} (15 mars – 16 mars)`).waitFor();
    expect(await page.locator('td.is-avoided').count()).toBe(2);
    expect(errors).toEqual([]);

    await row.getByRole('button', { name: `Retirer ${label}` }).click();
    await admin.page.getByRole('dialog').getByRole('button', { name: 'Retirer la période' }).click();
    await row.waitFor({ state: 'detached' });
    expect(admin.errors).toEqual([]);
  });

  it('moves a meeting, tells the invitees with the updated event, and re-applies an edit made on a stale copy', async () => {
    const { A, partnerOfA } = await twoNetworks();
    const { id } = await gql<{ scheduleMeeting: { id: string } }>(
      SCHEDULE,
      {
        input: {
          networkSlugs: [A.network.slug],
          title: 'Point d’étape du réseau',
          kind: 'NETWORK_MEETING',
          startsAt: `${DAY}T07:00:00Z`,
          endsAt: `${DAY}T09:00:00Z`,
        },
      },
      A.account.headers,
    ).then((data) => data.scheduleMeeting);
    await runAnnouncements(app.server.orm, id);

    const { page, errors } = await app.openSignedIn(A.account.email, `/reunions/${id}`, { password: A.account.password });
    await page.getByRole('heading', { level: 1, name: 'Point d’étape du réseau' }).waitFor();
    await page.getByRole('button', { name: 'Modifier la réunion' }).click();
    const form = page.locator('form.edit-meeting');
    await form.getByLabel('Début', { exact: true }).fill('10:00');
    await form.getByLabel('Fin', { exact: true }).fill('12:00');
    await form.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    await page.getByText('Réunion modifiée : les personnes invitées sont prévenues par courriel.').waitFor();
    await page.locator('.meeting-facts', { hasText: 'lundi 14 juin 2032, 10 h 00 – 12 h 00' }).waitFor();

    // The invitee's second mail is the change, with the event at its new time.
    await runAnnouncements(app.server.orm, id);
    const mails = await outbox(app.server.orm, partnerOfA.person.email!);
    expect(mails.map((mail) => mail.subject)).toEqual([
      'Invitation : Point d’étape du réseau',
      'Modifiée : Point d’étape du réseau',
    ]);
    const calendar = mails[1].alternatives?.find((part) => part.contentType.startsWith('text/calendar'));
    expect(calendar?.content).toContain('SEQUENCE:1');
    expect(calendar?.content).toMatch(/DTSTART;TZID=Europe\/Paris:20320614T100000|DTSTART:20320614T080000Z/);

    // Someone else renames it while this page still has the previous version.
    await page.getByRole('button', { name: 'Modifier la réunion' }).click();
    await form.getByLabel('Titre', { exact: true }).fill('Point d’étape – parentalité');
    const { meeting } = await gql<{ meeting: { version: number } }>(VERSION, { id }, A.account.headers);
    await gql(UPDATE, { id, version: meeting.version, input: { place: 'Maison des services' } }, A.account.headers);
    await form.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    await form.getByText("Quelqu'un a modifié cette réunion entre-temps.").waitFor();
    expect(await form.locator('.conflict-warning').textContent()).toContain('Maison des services');
    expect(await form.getByLabel('Titre', { exact: true }).inputValue()).toBe('Point d’étape – parentalité');
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, 'meetings-stale-version');
    await form.getByRole('button', { name: 'Réappliquer mes modifications' }).click();
    await page.getByRole('heading', { level: 1, name: 'Point d’étape – parentalité' }).waitFor();
    // Both edits hold: the other person's place and this title.
    expect(await page.locator('.meeting-facts').textContent()).toContain('Maison des services');
    expect(errors).toEqual([]);
  }, 120_000);

  it('records attendance, minutes and action items after the meeting, which the owner ticks off', async () => {
    const { A, partnerOfA } = await twoNetworks();
    const yesterday = new Date(Date.now() - 24 * 3600_000);
    const { id } = await gql<{ scheduleMeeting: { id: string } }>(
      SCHEDULE,
      {
        input: {
          networkSlugs: [A.network.slug],
          title: 'Réunion de bilan',
          kind: 'NETWORK_MEETING',
          startsAt: yesterday.toISOString(),
          endsAt: new Date(yesterday.getTime() + 2 * 3600_000).toISOString(),
        },
      },
      A.account.headers,
    ).then((data) => data.scheduleMeeting);
    const partnerName = `${partnerOfA.person.firstName} ${partnerOfA.person.lastName}`;

    const { page, errors } = await app.openSignedIn(A.account.email, `/reunions/${id}`, { password: A.account.password });
    await page.getByRole('heading', { level: 1, name: 'Réunion de bilan' }).waitFor();
    const present = page.getByRole('checkbox', { name: `Présent·e : ${partnerName}` });
    await present.check();
    await page.locator('.answer-counts').getByText('1 présent·es').waitFor();

    await page.getByRole('button', { name: 'Rédiger le compte rendu' }).click();
    await page
      .getByLabel('Texte du compte rendu')
      .fill(
        '# Décisions\n\n- Un **atelier** parents en mars\n- <script>window.pwned = true</script>Lien [piège](javascript:alert(1))',
      );
    const preview = page.locator('.minutes-editor__preview');
    await preview.getByRole('heading', { level: 3, name: 'Décisions' }).waitFor();
    await page.getByRole('button', { name: 'Enregistrer le compte rendu' }).click();
    const minutes = page.locator('.minutes__text');
    await minutes.locator('strong', { hasText: 'atelier' }).waitFor();
    // The Markdown is rendered without its script nor the javascript: link.
    expect(await minutes.locator('script').count()).toBe(0);
    expect(await minutes.textContent()).toContain('piège');
    expect(await minutes.locator('[href^="javascript"], [onclick], [onerror]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: boolean }).pwned)).toBeUndefined();

    const addForm = page.locator('form.add-action-item');
    await addForm.getByLabel('Action', { exact: true }).fill('Réserver la salle de l’atelier');
    await addForm.getByLabel('Responsable').selectOption({ label: partnerName });
    await addForm.getByLabel('Échéance').fill('2032-03-01');
    await addForm.getByRole('button', { name: 'Ajouter l’action' }).click();
    await page
      .locator('.action-item', { hasText: 'Réserver la salle de l’atelier' })
      .getByText(`${partnerName}, pour le 1er mars 2032`)
      .waitFor();
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, 'meetings-after-the-meeting');
    expect(errors).toEqual([]);

    const partner = await app.openSignedIn(partnerOfA.account.email, '/mes-reunions', { password: partnerOfA.account.password });
    const action = partner.page.getByRole('checkbox', { name: 'Réserver la salle de l’atelier : fait' });
    await action.check();
    await expect.poll(() => action.isChecked()).toBe(true);
    const past = partner.page.locator('.meeting-list--past li', { hasText: 'Réunion de bilan' });
    expect(await past.textContent()).toContain('présent·e');
    await expectNoSeriousAxeViolations(partner.page);
    await screenshot(partner.page, 'meetings-my-actions');
    expect(partner.errors).toEqual([]);
  }, 120_000);

  it('cancels a meeting with a reason, after asking', async () => {
    const { A } = await twoNetworks();
    const { id } = await gql<{ scheduleMeeting: { id: string } }>(
      SCHEDULE,
      {
        input: {
          networkSlugs: [A.network.slug],
          title: 'Réunion à annuler',
          kind: 'NETWORK_MEETING',
          startsAt: `${DAY}T15:00:00Z`,
          endsAt: `${DAY}T16:00:00Z`,
        },
      },
      A.account.headers,
    ).then((data) => data.scheduleMeeting);
    const { page, errors } = await app.openSignedIn(A.account.email, `/reunions/${id}`, { password: A.account.password });
    await page.getByRole('button', { name: 'Annuler la réunion' }).click();
    const dialog = page.getByRole('dialog', { name: 'Annuler « Réunion à annuler » ?' });
    await dialog.getByLabel('Motif (facultatif, indiqué dans le courriel)').fill('Salle indisponible');
    await expectNoSeriousAxeViolations(page);
    await dialog.getByRole('button', { name: 'Annuler la réunion' }).click();
    await page.getByText('Cette réunion est annulée. Motif : Salle indisponible').waitFor();
    expect(await page.getByRole('button', { name: 'Modifier la réunion' }).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('shows no « Planifier » to a partner, and says so on the schedule page', async () => {
    const { A, partnerOfA } = await twoNetworks();
    const { page } = await app.openSignedIn(partnerOfA.account.email, `/reseaux/${A.network.slug}/reunions`, {
      password: partnerOfA.account.password,
    });
    await page.getByRole('heading', { level: 1, name: `Réunions – ${A.network.name}` }).waitFor();
    expect(await page.getByRole('link', { name: 'Planifier une réunion' }).count()).toBe(0);
    await page.goto(`${app.server.url}/reseaux/${A.network.slug}/reunions/planifier`);
    await page.getByRole('heading', { level: 1, name: 'Accès réservé' }).waitFor();
  });
});
