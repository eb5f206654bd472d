import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { uniqueTag } from '../../server/test/factories';
import { DEMO, signIn } from '../../server/test/test-server';
import { expectNoSeriousAxeViolations, screenshot, useBrowserServer } from './browser';

/**
 * The CTG roadmap in the browser: an anonymous visitor browses and filters it; the youth network's
 * animator updates an action of their network (after someone else's update came first) and links a
 * meeting to it; a partner reads it without the form. The action updated is this file's own: the
 * youth communication bullet (CTG l. 485), which no other test reads.
 */

const OWN_ACTION_LINE = 485;
const OWN_ACTION_TITLE = 'Auprès des jeunes et des familles sur l';

const FIND_ACTION = `query($filter: RoadmapFilter) { roadmap(filter: $filter) { objectives(filter: $filter) {
  actions(filter: $filter) { id title sourceLine status revision meetings { id } } } } }`;
const UPDATE = `mutation($id: ID!, $status: ActionStatus!, $comment: String) {
  updateRoadmapAction(id: $id, status: $status, comment: $comment) { id revision } }`;
const UNLINK = `mutation($a: ID!, $m: ID!) { unlinkMeetingFromRoadmapAction(actionId: $a, meetingId: $m) { id } }`;

interface OwnAction {
  id: string;
  title: string;
  sourceLine: number;
  status: string;
  revision: number;
  meetings: Array<{ id: string }>;
}

/** The visible status tag of an action of the roadmap page, found by its title. */
const actionItem = (page: Page, title: string) => page.locator('li.roadmap-action', { hasText: title });

/** Waits until the roadmap's results are loaded for the filters in the URL. */
async function waitForRoadmap(page: Page) {
  await page.locator('section.roadmap-results[aria-busy="false"]').waitFor();
}

describe('the CTG roadmap in the browser', () => {
  const app = useBrowserServer();

  async function ownAction(): Promise<OwnAction> {
    const filter = { territorySlug: 'cccps', networkSlug: 'jeunesse', search: 'familles existant dispositifs' };
    const { data, errors } = await app.server.gql<{ roadmap: Array<{ objectives: Array<{ actions: OwnAction[] }> }> }>(
      FIND_ACTION,
      { filter },
    );
    if (errors || !data) throw new Error(errors?.[0].message ?? 'no data');
    const actions = data.roadmap.flatMap((o) => o.objectives.flatMap((ob) => ob.actions));
    const action = actions.find((a) => a.sourceLine === OWN_ACTION_LINE);
    if (!action) throw new Error(`No action at line ${OWN_ACTION_LINE}`);
    return action;
  }

  it('lets anyone browse the roadmap by theme, filter it by network and status, and search it', async () => {
    const { page, errors } = await app.open('/');
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Feuille de route' }).click();
    await page.getByRole('heading', { level: 1, name: 'Feuille de route' }).waitFor();
    await waitForRoadmap(page);
    // The seven themes of the CTG, their orientations closed, each with its figures in words.
    await expect(page.locator('h2.roadmap-theme__title').allTextContents()).resolves.toHaveLength(7);
    const first = page.getByRole('button', { name: /^Orientation 1 Structurer et consolider la politique territoriale/ });
    await expect(first.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(page.locator('.roadmap-progress__figures').first().textContent()).resolves.toMatch(
      /^\d+ réalisées?, \d+ en cours sur \d+/,
    );
    await first.focus();
    await page.keyboard.press('Enter');
    await expect(first.getAttribute('aria-expanded')).resolves.toBe('true');
    await page.getByRole('heading', { level: 4, name: /^Structurer et adapter l'offre et le maillage territorial/ }).waitFor();
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, 'roadmap-anonymous');

    // By network: the youth network's actions only, their orientations open.
    await page.getByLabel('Réseau').selectOption('jeunesse');
    await page.waitForURL((url) => url.searchParams.get('reseau') === 'jeunesse');
    await waitForRoadmap(page);
    await expect.poll(() => page.locator('h2.roadmap-theme__title').allTextContents()).toEqual(['Jeunesse']);
    await page.getByRole('link', { name: 'Agir pour la mobilité' }).waitFor();

    // And by status: every action shown is in progress.
    // Clicked, not check(): the box follows the URL, which the router updates a moment later.
    await page.getByRole('checkbox', { name: 'En cours' }).click();
    await page.waitForURL((url) => url.searchParams.getAll('statut').join() === 'IN_PROGRESS');
    await expect(page.getByRole('checkbox', { name: 'En cours' }).isChecked()).resolves.toBe(true);
    await waitForRoadmap(page);
    await expect
      .poll(async () => new Set(await page.locator('li.roadmap-action .action-status').allTextContents()))
      .toEqual(new Set(['En cours']));
    await screenshot(page, 'roadmap-filtered');

    // Words, accents and case aside, with the other filters cleared.
    await page.getByRole('button', { name: 'Effacer la recherche et les filtres' }).click();
    await page.getByLabel('Rechercher dans la feuille de route').fill('MOBILITE');
    await page.getByRole('button', { name: 'Rechercher', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('q') === 'MOBILITE');
    await waitForRoadmap(page);
    await page.getByRole('link', { name: 'Agir pour la mobilité' }).waitFor();
    await expect.poll(() => page.locator('.roadmap-action__title').count()).toBeLessThan(10);
    // Nothing found is said so.
    await page.getByLabel('Rechercher dans la feuille de route').fill('zyxwvutsrq');
    await page.getByRole('button', { name: 'Rechercher', exact: true }).click();
    await page.getByText('Aucune action ne correspond à ces critères.').waitFor();
    await page.goBack();
    await page.getByRole('link', { name: 'Agir pour la mobilité' }).waitFor();

    // The URL holds the search: the back button brings the previous view back, and forward the search.
    await page.goBack();
    await page.waitForURL((url) => !url.searchParams.has('q'));
    await expect(page.getByLabel('Rechercher dans la feuille de route').inputValue()).resolves.toBe('');
    await page.goForward();
    await page.waitForURL((url) => url.searchParams.get('q') === 'MOBILITE');
    await expect(page.getByLabel('Rechercher dans la feuille de route').inputValue()).resolves.toBe('MOBILITE');

    // An action's page, as a visitor: its context and the CTG's line, no history, no form.
    await page.getByRole('link', { name: 'Agir pour la mobilité' }).click();
    await page.getByRole('heading', { level: 1, name: 'Agir pour la mobilité' }).waitFor();
    await page.getByText('CTG, l. 433').waitFor();
    await page.getByText('L’historique des mises à jour est réservé aux partenaires connectés.').waitFor();
    await expect(page.getByRole('heading', { name: 'Mettre à jour l’action' }).count()).resolves.toBe(0);
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, 'roadmap-action-anonymous');
    await page.goto(`${app.server.url}/feuille-de-route/actions/rma_inconnue`);
    await page.getByRole('heading', { level: 1, name: 'Action introuvable' }).waitFor();
    expect(errors).toEqual([]);

    // On a phone: filters and actions stack, nothing overflows.
    const phone = await app.open('/feuille-de-route?reseau=jeunesse', { width: 390, height: 844 });
    await phone.page.getByRole('link', { name: 'Agir pour la mobilité' }).waitFor();
    await expect(phone.page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(390);
    await screenshot(phone.page, 'roadmap-phone');
    expect(phone.errors).toEqual([]);
  });

  it("lets the youth animator update their network's action, told when someone else's update came first", async () => {
    const action = await ownAction();
    const nextStatus = action.status === 'IN_PROGRESS' ? 'DONE' : 'IN_PROGRESS';
    const nextLabel = nextStatus === 'DONE' ? 'Réalisée' : 'En cours';
    const tag = uniqueTag();
    const { page, errors } = await app.openSignedIn(DEMO.youthAnimator, `/feuille-de-route/actions/${action.id}`);
    await page.getByRole('heading', { level: 1, name: new RegExp(`^${OWN_ACTION_TITLE}`) }).waitFor();
    await page.getByText(`CTG, l. ${OWN_ACTION_LINE}`).waitFor();
    await page.getByRole('link', { name: "Réseau d'acteurs jeunesse" }).first().waitFor();

    // The coordination updates it while the form is open: the animator's first try is refused.
    const admin = await signIn(app.server, DEMO.admin);
    const other = await app.server.gql(
      UPDATE,
      { id: action.id, status: action.status, comment: `Point coordination ${tag}` },
      admin,
    );
    expect(other.errors).toBeUndefined();
    const form = page.getByRole('form', { name: 'Mettre à jour l’action' });
    await form.getByLabel('Statut').selectOption(nextStatus);
    await form.getByLabel('Commentaire').fill(`Guide des dispositifs jeunesse diffusé ${tag}`);
    await form.getByRole('button', { name: 'Enregistrer la mise à jour' }).click();
    await form.getByRole('alert').filter({ hasText: 'Quelqu’un a mis à jour cette action entre-temps' }).waitFor();
    // The history was read again: the coordination's update is there, the typed comment kept.
    const history = page.getByRole('region', { name: 'Historique' });
    await history.getByText(`Point coordination ${tag}`).waitFor();
    await expect(form.getByLabel('Commentaire').inputValue()).resolves.toContain(tag);
    await screenshot(page, 'roadmap-action-conflict');

    await form.getByRole('button', { name: 'Enregistrer la mise à jour' }).click();
    await form.getByText('Mise à jour enregistrée.').waitFor();
    const newest = history.locator('li').first();
    await newest.getByText(`Guide des dispositifs jeunesse diffusé ${tag}`).waitFor();
    await expect(newest.locator('.action-status').textContent()).resolves.toBe(nextLabel);
    await newest.getByText('Samir Haddad').waitFor();
    await expect(page.locator('h1 + p .action-status').textContent()).resolves.toBe(nextLabel);
    await expect((await ownAction()).revision).toBe(action.revision + 2);

    // Links a recent meeting of the network to it.
    const linkForm = page.locator('form.action-link-form');
    const meetingSelect = linkForm.getByLabel('Réunion du réseau');
    await meetingSelect.waitFor();
    const choice = (await meetingSelect.locator('option').nth(1).getAttribute('value'))!;
    await meetingSelect.selectOption(choice);
    await linkForm.getByRole('button', { name: 'Rattacher' }).click();
    await linkForm.getByText(/Réunion « .+ » rattachée à l’action\./).waitFor();
    try {
      await expect(page.locator(`a[href="/reunions/${encodeURIComponent(choice)}"]`).count()).resolves.toBe(1);
      await expectNoSeriousAxeViolations(page);
      await screenshot(page, 'roadmap-action-updated');

      // The roadmap page, reached inside the app, shows the new status.
      await page.getByRole('link', { name: 'Jeunesse', exact: true }).click();
      await page.waitForURL((url) => url.pathname === '/feuille-de-route' && url.searchParams.get('theme') === 'YOUTH');
      await waitForRoadmap(page);
      await expect.poll(() => actionItem(page, OWN_ACTION_TITLE).locator('.action-status').textContent()).toBe(nextLabel);
      expect(errors).toEqual([]);
    } finally {
      await app.server.gql(UNLINK, { a: action.id, m: choice }, admin);
    }
  });

  it('shows a partner the history but no update form', async () => {
    // A demo action with a history (roadmap-demo.json), read only: the partner test needs no other test's update.
    const filter = { territorySlug: 'cccps', networkSlug: 'jeunesse', search: 'mobilité' };
    const { data } = await app.server.gql<{ roadmap: Array<{ objectives: Array<{ actions: OwnAction[] }> }> }>(FIND_ACTION, {
      filter,
    });
    const mobility = data!.roadmap.flatMap((o) => o.objectives.flatMap((ob) => ob.actions)).find((a) => a.sourceLine === 433);
    const { page, errors } = await app.openSignedIn(DEMO.partner, `/feuille-de-route/actions/${mobility!.id}`);
    await page.getByRole('heading', { level: 1, name: 'Agir pour la mobilité' }).waitFor();
    const history = page.getByRole('region', { name: 'Historique' });
    await history.locator('li').first().waitFor();
    await expect(page.getByRole('heading', { name: 'Mettre à jour l’action' }).count()).resolves.toBe(0);
    await expect(page.getByRole('heading', { name: 'Rattacher une réunion' }).count()).resolves.toBe(0);
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, 'roadmap-action-partner');
    expect(errors).toEqual([]);
  });
});
