import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { uniqueTag } from '../../server/test/factories';
import { DEMO, signIn } from '../../server/test/test-server';
import { expectNoSeriousAxeViolations, pdfPages, screenshot, useBrowserServer } from './browser';

/**
 * The steering committee's dashboard in the browser: a visitor reads it (charts with their tables,
 * coverage on the map and listed, downloads); the youth animator marks an action of their network done
 * and sees its orientation's count grow; the one-page report is printed to PDF and read back.
 * The action is this file's own: « Création d'évènement avec et pour les jeunes » (CTG l. 470, youth
 * orientation 2), which no other test reads or updates; other files update youth actions of
 * orientations 1 and 3 only, so orientation 2's figures move with this file alone.
 */

const OWN_ACTION_LINE = 470;
const OWN_ORIENTATION = 2;

const FIND_ACTION = `query($filter: RoadmapFilter) { roadmap(filter: $filter) { objectives(filter: $filter) {
  actions(filter: $filter) { id title sourceLine status revision } } } }`;
const UPDATE = `mutation($id: ID!, $status: ActionStatus!, $comment: String) {
  updateRoadmapAction(id: $id, status: $status, comment: $comment) { id revision } }`;
const DASHBOARD = `query { roadmapDashboard(territorySlug: "cccps") { semester { label }
  themes { theme statusCounts { done inProgress notStarted abandoned total } } } }`;

const SCREENSHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));
const PRINTS = fileURLToPath(new URL('../../test-results/prints/', import.meta.url));
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface OwnAction {
  id: string;
  title: string;
  sourceLine: number;
  status: string;
}

/** The done count of the youth orientation in the dashboard's orientation table. */
async function orientationDone(page: Page): Promise<number> {
  const section = page.getByRole('region', { name: 'Avancement par orientation' });
  await section.getByRole('combobox', { name: 'Thème' }).selectOption('YOUTH');
  const row = section.locator('tbody tr', { has: page.locator('th', { hasText: new RegExp(`^${OWN_ORIENTATION}\\. `) }) });
  return Number(await row.locator('td[data-figure="done"]').textContent());
}

describe('the roadmap dashboard in the browser', () => {
  const app = useBrowserServer();

  async function ownAction(): Promise<OwnAction> {
    const filter = { territorySlug: 'cccps', networkSlug: 'jeunesse', search: 'évènement avec et pour les jeunes' };
    const { data, errors } = await app.server.gql<{ roadmap: Array<{ objectives: Array<{ actions: OwnAction[] }> }> }>(
      FIND_ACTION,
      { filter },
    );
    if (errors || !data) throw new Error(errors?.[0].message ?? 'no data');
    const action = data.roadmap
      .flatMap((o) => o.objectives.flatMap((ob) => ob.actions))
      .find((a) => a.sourceLine === OWN_ACTION_LINE);
    if (!action) throw new Error(`No action at line ${OWN_ACTION_LINE}`);
    return action;
  }

  it('shows anyone the progress charts with their tables, stale actions, activity, what comes next and coverage', async () => {
    const { page, errors } = await app.open('/feuille-de-route');
    await page.getByRole('link', { name: 'Tableau de bord du comité de pilotage' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tableau de bord de la feuille de route' }).waitFor();
    await page.getByRole('region', { name: 'Avancement par thème' }).waitFor();
    const headings = await page.locator('h2').allTextContents();
    expect(headings).toEqual(
      expect.arrayContaining([
        'Avancement par thème',
        'Avancement par orientation',
        'Actions sans mise à jour depuis six mois',
        'Activité des réseaux sur le semestre',
        'À venir',
        'Couverture du territoire',
      ]),
    );

    // Each chart is drawn (bars, their hatched segments) and followed by a table of its figures.
    const themes = page.getByRole('region', { name: 'Avancement par thème' });
    await expect(themes.locator('.progress-chart svg.recharts-surface').count()).resolves.toBe(1);
    await expect
      .poll(() => themes.locator('.recharts-bar-rectangle path[fill="url(#dashboard-hatch)"]').count())
      .toBeGreaterThan(0);
    await expect(
      themes.getByRole('table', { name: 'Actions de chaque thème par statut' }).locator('tbody tr').count(),
    ).resolves.toBe(7);
    const { data } = await app.server.gql<{
      roadmapDashboard: { themes: Array<{ theme: string; statusCounts: { done: number } }> };
    }>(DASHBOARD, {});
    const early = data!.roadmapDashboard.themes.find((t) => t.theme === 'EARLY_CHILDHOOD')!;
    await expect(themes.locator('tr[data-row="EARLY_CHILDHOOD"] td[data-figure="done"]').textContent()).resolves.toBe(
      String(early.statusCounts.done),
    );
    const orientations = page.getByRole('region', { name: 'Avancement par orientation' });
    await orientations.getByRole('combobox', { name: 'Thème' }).selectOption('YOUTH');
    await orientations.getByRole('heading', { level: 3, name: 'Jeunesse' }).waitFor();
    await expect(
      orientations.getByRole('table', { name: 'Avancement des orientations : Jeunesse' }).locator('tbody tr').count(),
    ).resolves.toBe(3);
    const activity = page.getByRole('region', { name: 'Activité des réseaux sur le semestre' });
    await expect(activity.locator('svg.recharts-surface').count()).resolves.toBe(1);
    await activity.getByRole('table').getByRole('rowheader', { name: "Réseau d'acteurs jeunesse" }).waitFor();

    // Coverage of a theme: the communes no service reaches, marked on the map and listed alike.
    const coverage = page.getByRole('region', { name: 'Couverture du territoire' });
    await coverage.getByRole('combobox', { name: 'Thème' }).selectOption('HOUSING');
    await coverage.getByRole('heading', { level: 3, name: 'Communes sans service : Logement' }).waitFor();
    await expect(coverage.locator('.coverage-map path[data-insee-code]').count()).resolves.toBeGreaterThan(10);
    const listed = await coverage.locator('.coverage__communes li').count();
    expect(listed).toBeGreaterThan(0);
    // Every listed commune is marked (and a former commune merged into one of them with it), each with its cross.
    const marked = await coverage.locator('.coverage-map path[data-unreached]').count();
    expect(marked).toBeGreaterThanOrEqual(listed);
    await expect(coverage.locator('.coverage-map .coverage-map__cross').count()).resolves.toBe(marked);
    await expect(coverage.locator('.coverage__summary').textContent()).resolves.toMatch(
      /^Logement : \d+ communes? atteintes? sur \d+, \d+ qu’aucun service n’atteint\.$/,
    );

    // The downloads answer with the actions and their status.
    const csvHref = (await page.getByRole('link', { name: 'Télécharger (CSV)' }).getAttribute('href'))!;
    const csv = await page.request.get(`${app.server.url}${csvHref}`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toMatch(/^text\/csv/);
    expect(await csv.text()).toContain('Agir pour la mobilité');
    const xlsxHref = (await page.getByRole('link', { name: 'Télécharger (Excel)' }).getAttribute('href'))!;
    const xlsx = await page.request.get(`${app.server.url}${xlsxHref}`);
    expect(xlsx.status()).toBe(200);
    expect(xlsx.headers()['content-type']).toBe(XLSX_TYPE);
    // An XLSX is a ZIP: it starts with « PK ».
    expect((await xlsx.body()).subarray(0, 2).toString()).toBe('PK');

    await expectNoSeriousAxeViolations(page);
    await screenshot(page, 'roadmap-dashboard');
    for (const name of ['themes', 'orientations', 'activity', 'coverage']) {
      await page.locator(`#dashboard-${name}`).screenshot({ path: `${SCREENSHOTS}roadmap-dashboard-${name}.png` });
    }
    // Keyboard: the theme selector of the coverage is reachable and changes the list.
    await coverage.getByRole('combobox', { name: 'Thème' }).focus();
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => coverage.getByRole('combobox', { name: 'Thème' }).inputValue()).not.toBe('HOUSING');
    expect(errors).toEqual([]);

    const phone = await app.open('/feuille-de-route/tableau-de-bord', { width: 390, height: 844 });
    await phone.page.getByRole('region', { name: 'Couverture du territoire' }).locator('.coverage-map').waitFor();
    await expect(phone.page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(390);
    await screenshot(phone.page, 'roadmap-dashboard-phone');
    await phone.page.locator('#dashboard-themes').screenshot({ path: `${SCREENSHOTS}roadmap-dashboard-phone-themes.png` });
    expect(phone.errors).toEqual([]);
  });

  it("shows the youth animator's update on the dashboard", async () => {
    let action = await ownAction();
    const animator = await signIn(app.server, DEMO.youthAnimator);
    if (action.status === 'DONE') {
      // A previous run left it done: start again from « not started ».
      const reset = await app.server.gql(
        UPDATE,
        { id: action.id, status: 'NOT_STARTED', comment: 'Remise à zéro du test' },
        animator,
      );
      expect(reset.errors).toBeUndefined();
      action = await ownAction();
    }
    const { page, errors } = await app.openSignedIn(DEMO.youthAnimator, '/feuille-de-route/tableau-de-bord');
    await page.getByRole('heading', { level: 1, name: 'Tableau de bord de la feuille de route' }).waitFor();
    await page.getByRole('region', { name: 'Avancement par orientation' }).waitFor();
    const before = await orientationDone(page);

    // Inside the app (the dashboard stays in the client's cache): the roadmap, the network's actions, ours.
    await page.locator('.breadcrumb').getByRole('link', { name: 'Feuille de route' }).click();
    await page.getByLabel('Réseau').selectOption('jeunesse');
    await page.waitForURL((url) => url.searchParams.get('reseau') === 'jeunesse');
    await page.getByRole('link', { name: /^Création d'évènement avec et pour les jeunes/ }).click();
    await page.getByText(`CTG, l. ${OWN_ACTION_LINE}`).waitFor();
    const form = page.getByRole('form', { name: 'Mettre à jour l’action' });
    await form.getByLabel('Statut').selectOption('DONE');
    await form.getByLabel('Commentaire').fill(`Premier évènement jeunesse tenu ${uniqueTag()}`);
    await form.getByRole('button', { name: 'Enregistrer la mise à jour' }).click();
    await form.getByText('Mise à jour enregistrée.').waitFor();

    // Back to the dashboard through the roadmap's link: the orientation counts one more action done.
    await page.getByRole('link', { name: 'Jeunesse', exact: true }).click();
    await page.getByRole('link', { name: 'Tableau de bord du comité de pilotage' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tableau de bord de la feuille de route' }).waitFor();
    await expect.poll(() => orientationDone(page)).toBe(before + 1);
    // The theme's count is of the same answer: the sum of its orientations' (a stale cached dashboard would differ).
    const dones = await page
      .getByRole('table', { name: 'Avancement des orientations : Jeunesse' })
      .locator('td[data-figure="done"]')
      .allTextContents();
    await expect(page.locator('#dashboard-themes tr[data-row="YOUTH"] td[data-figure="done"]').textContent()).resolves.toBe(
      String(dones.reduce((sum, done) => sum + Number(done), 0)),
    );
    await screenshot(page, 'roadmap-dashboard-after-update');
    expect(errors).toEqual([]);
  });

  it('prints the committee report on one A4 page', async () => {
    const { page, errors } = await app.open('/feuille-de-route/tableau-de-bord');
    await page.getByRole('link', { name: 'Rapport du comité de pilotage (à imprimer)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Comité de pilotage — point semestriel' }).waitFor();
    await page.locator('.report-progress tbody tr').first().waitFor();
    await expect(page.locator('header.site-header, nav[aria-label="Navigation principale"]').count()).resolves.toBe(0);
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, 'roadmap-report');

    const { data } = await app.server.gql<{
      roadmapDashboard: {
        semester: { label: string };
        themes: Array<{ theme: string; statusCounts: { done: number; inProgress: number; abandoned: number; total: number } }>;
      };
    }>(DASHBOARD, {});
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
    fs.mkdirSync(PRINTS, { recursive: true });
    fs.writeFileSync(path.join(PRINTS, 'roadmap-report.pdf'), pdf);
    const pages = await pdfPages(pdf);
    expect(pages).toHaveLength(1);
    const [text] = pages;
    expect(text).toContain('Comité de pilotage — point semestriel');
    expect(text).toContain(data!.roadmapDashboard.semester.label);
    // Early childhood's figures (no test updates its actions): done, in progress, counted.
    const early = data!.roadmapDashboard.themes.find((t) => t.theme === 'EARLY_CHILDHOOD')!.statusCounts;
    expect(text).toContain(`Petite enfance ${early.done} ${early.inProgress} ${early.total - early.abandoned}`);
    expect(text).toContain('Page 1 sur 1');

    // A year on, every open action is stale: the five oldest are named and the page still holds on one sheet.
    const later = new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10);
    await page.goto(`${app.server.url}/feuille-de-route/rapport?au=${later}`);
    await page.locator('.report-stale__items li').first().waitFor();
    await expect(page.locator('.report-stale__items li').count()).resolves.toBe(5);
    await screenshot(page, 'roadmap-report-a-year-on');
    const laterPdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
    fs.writeFileSync(path.join(PRINTS, 'roadmap-report-a-year-on.pdf'), laterPdf);
    const laterPages = await pdfPages(laterPdf);
    expect(laterPages).toHaveLength(1);
    expect(laterPages[0]).toMatch(/\d+ actions en attente de nouvelles/);
    expect(errors).toEqual([]);
  });
});
