import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { uniqueTag } from '../../server/test/factories';
import { DEMO, signIn } from '../../server/test/test-server';
import { formatSlot, parisDay, parisInstant } from '../src/ui/paris-time';
import { expectNoSeriousAxeViolations, screenshot, useBrowserServer } from './browser';

/**
 * Proposing and editing a shared training in the browser: the Caf's animator (commission AVS) offers
 * a two-session training through the form, meets the API's French refusals beside the fields, sees
 * it on its page, edits its capacity and a session, then meets a concurrent edit; a partner gets no
 * « Modifier ». The training is the test's own.
 */

const DAY = 86_400_000;
const dayIn = (days: number) => parisDay(new Date(Date.now() + days * DAY));

async function fillSession(row: Locator, day: string, start: string, end: string) {
  await row.getByLabel('Date').fill(day);
  await row.getByLabel('Début').fill(start);
  await row.getByLabel('Fin').fill(end);
}

const sessionRows = (page: Page) => page.locator('.training-session-row');

describe('proposing and editing a training', () => {
  const app = useBrowserServer();

  it('creates a training with two sessions, edits it, and refuses in French', { timeout: 90_000 }, async () => {
    const animator = await signIn(app.server, DEMO.avsAnimator);
    const { data } = await app.server.gql(`{ network(slug: "commission-avs") { name } }`, {}, animator);
    const networkName: string = data.network.name;
    const title = `Écoute et orientation des familles ${uniqueTag()}`;
    const first = { day: dayIn(30), start: '09:30', end: '12:30' };
    const second = { day: dayIn(37), start: '14:00', end: '17:00' };

    // From the list, the animator opens the proposal form.
    const { page, errors } = await app.openSignedIn(DEMO.avsAnimator, '/formations');
    await page.getByRole('link', { name: 'Proposer une formation' }).click();
    await page.getByRole('heading', { level: 1, name: 'Proposer une formation' }).waitFor();
    const network = page.getByRole('checkbox', { name: networkName });
    if (!(await network.isChecked())) await network.check();
    await page.getByLabel('Titre').fill(title);
    await page.getByLabel('Description').fill('Accueillir, écouter, orienter vers les bons relais.');
    await page.getByRole('combobox', { name: 'Thème' }).selectOption({ label: 'Animation de la vie sociale' });
    await page.getByLabel('Formateur ou formatrice').fill('Claire Martin, formatrice');
    await page.getByRole('checkbox', { name: 'Professionnels' }).check();
    await page.getByRole('checkbox', { name: 'Bénévoles' }).check();
    await page.getByLabel('Structure organisatrice').fill('Caf de la');
    await page.getByRole('button', { name: /Caf de la Drôme/ }).click();
    await page.getByText('Caf de la Drôme', { exact: true }).waitFor();
    await page.getByRole('checkbox', { name: /Formation publique/ }).check();
    await fillSession(sessionRows(page).nth(0), first.day, first.start, first.end);
    await sessionRows(page).nth(0).getByLabel('Commune').selectOption({ label: 'Crest' });
    await sessionRows(page).nth(0).getByLabel('Salle, adresse').fill('Salle du conseil communautaire');
    await page.getByRole('button', { name: 'Ajouter une séance' }).click();
    // The second session ends before it starts: the form leaves that to the API.
    await fillSession(sessionRows(page).nth(1), second.day, second.start, '13:00');
    await sessionRows(page).nth(1).getByLabel('Lien de visioconférence').fill('https://visio.exemple.fr/familles');
    // 600 seats: over the API's bound, said beside the field.
    const capacity = page.getByLabel('Nombre de places');
    await capacity.fill('600');
    await page.getByRole('button', { name: 'Proposer la formation' }).click();
    await page.locator('.field--invalid', { hasText: 'Une formation accueille au plus 500 personnes.' }).waitFor();
    await expect.poll(() => capacity.evaluate((element) => element === document.activeElement)).toBe(true);
    await capacity.fill('8');
    await page.getByRole('button', { name: 'Proposer la formation' }).click();
    await sessionRows(page).nth(1).locator('.field--invalid', { hasText: 'Une séance doit finir après son début.' }).waitFor();
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, 'training-new-refused');
    await sessionRows(page).nth(1).getByLabel('Fin').fill(second.end);
    await page.getByRole('button', { name: 'Proposer la formation' }).click();

    // Its page: the two sessions on Paris clocks, the seats.
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const trainingPath = new URL(page.url()).pathname;
    expect(trainingPath).toMatch(/^\/formations\/.+/);
    const sessions = page.locator('.training-sessions li');
    const slotOf = (slot: typeof first) => formatSlot(parisInstant(slot.day, slot.start), parisInstant(slot.day, slot.end));
    await expect
      .poll(() => sessions.allTextContents())
      .toEqual([
        expect.stringContaining(`${slotOf(first)} — Salle du conseil communautaire, Crest`),
        expect.stringContaining(`${slotOf(second)} — En ligne`),
      ]);
    await page.getByText('8 places restantes (8 places au total)').waitFor();
    await page.locator('.training-facts').getByText('Caf de la Drôme', { exact: true }).waitFor();
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, 'training-created');

    // The animator edits the capacity and moves the second session.
    await page.getByRole('button', { name: 'Modifier la formation' }).click();
    const form = page.locator('form.training-form');
    await expect.poll(() => form.getByLabel('Nombre de places').inputValue()).toBe('8');
    await form.getByLabel('Nombre de places').fill('10');
    const moved = { day: dayIn(38), start: '13:30', end: '16:30' };
    await fillSession(sessionRows(page).nth(1), moved.day, moved.start, moved.end);
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, 'training-editing');
    await form.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    await page.getByRole('status').getByText('Formation modifiée.').waitFor();
    await page.getByText('10 places restantes (10 places au total)').waitFor();
    await expect
      .poll(() => sessions.allTextContents())
      .toEqual([expect.stringContaining(slotOf(first)), expect.stringContaining(`${slotOf(moved)} — En ligne`)]);

    // A session ending before it starts, on an existing training: said beside that session.
    await page.getByRole('button', { name: 'Modifier la formation' }).click();
    await sessionRows(page).nth(0).getByLabel('Fin').fill('08:00');
    await form.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    await sessionRows(page).nth(0).getByText('Une séance doit finir après son début.').waitFor();
    await form.getByRole('button', { name: 'Fermer' }).click();

    // Someone else saves in between: the API's French message, the form kept.
    const trainingId = decodeURIComponent(trainingPath.split('/').pop()!);
    await page.getByRole('button', { name: 'Modifier la formation' }).click();
    await form.getByLabel('Formateur ou formatrice').fill('Claire Martin et Paul Roux');
    const current = await app.server.gql(`query($id: ID!) { training(id: $id) { version } }`, { id: trainingId }, animator);
    const concurrent = await app.server.gql(
      `mutation($id: ID!, $v: Int!) { updateTraining(id: $id, version: $v, input: { capacity: 12 }) { version } }`,
      { id: trainingId, v: current.data.training.version },
      animator,
    );
    expect(concurrent.errors).toBeUndefined();
    await form.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    await form.getByRole('alert').getByText('Quelqu’un a modifié cette formation entre-temps', { exact: false }).waitFor();
    await screenshot(page, 'training-stale');
    await form.getByRole('button', { name: 'Réappliquer mes modifications' }).click();
    await page.getByRole('status').getByText('Formation modifiée.').waitFor();
    await page.getByText('Claire Martin et Paul Roux').waitFor();
    await page.getByText('12 places restantes (12 places au total)').waitFor();

    // A third session added, the first taken away (added first: a training keeps a session).
    await page.getByRole('button', { name: 'Modifier la formation' }).click();
    await form.getByRole('button', { name: 'Ajouter une séance' }).click();
    const third = { day: dayIn(45), start: '09:00', end: '12:00' };
    await fillSession(sessionRows(page).nth(2), third.day, third.start, third.end);
    await sessionRows(page).nth(2).getByLabel('Commune').selectOption({ label: 'Saillans' });
    await form.getByRole('button', { name: 'Retirer la séance 1' }).click();
    await expect.poll(() => sessionRows(page).count()).toBe(2);
    await form.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    await page.getByRole('status').getByText('Formation modifiée.').waitFor();
    await expect
      .poll(() => sessions.allTextContents())
      .toEqual([expect.stringContaining(`${slotOf(moved)} — En ligne`), expect.stringContaining(`${slotOf(third)} — Saillans`)]);
    await screenshot(page, 'training-edited');
    expect(errors).toEqual([]);

    // A partner sees the training, and no way to edit it or to propose one.
    const partner = await app.openSignedIn(DEMO.partner, trainingPath);
    await partner.page.getByRole('heading', { level: 1, name: title }).waitFor();
    await partner.page.getByText('12 places restantes').waitFor();
    expect(await partner.page.getByRole('button', { name: /Modifier/ }).count()).toBe(0);
    await partner.page.goto(`${app.server.url}/formations`);
    await partner.page.getByRole('heading', { level: 1, name: 'Formations' }).waitFor();
    await partner.page.locator('.training-card').first().waitFor();
    expect(await partner.page.getByRole('link', { name: 'Proposer une formation' }).count()).toBe(0);
    expect(partner.errors).toEqual([]);
  });
});
