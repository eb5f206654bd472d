import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAnimator, createNetwork } from '../../server/test/factories';
import { DEMO } from '../../server/test/test-server';
import { expectNoSeriousAxeViolations, screenshot, useBrowserServer } from './browser';

const SCREENSHOTS = path.resolve('test-results', 'screenshots');

const DEMO_NETWORKS = [
  'acces-aux-droits-inclusion-numerique',
  'petite-enfance',
  'enfance-pedt',
  'jeunesse',
  'parentalite',
  'commission-avs',
  'logement',
  'comite-de-pilotage',
];

describe('network graph (maillage)', () => {
  const app = useBrowserServer();

  it('draws the eight bodies, the demo links and the shared structures, and opens a network page on click', async () => {
    const { page, errors } = await app.open('/reseaux/maillage', { width: 1400, height: 1000 });
    await page.getByRole('heading', { level: 1, name: 'Le maillage des réseaux' }).waitFor();
    const graph = page.locator('svg.graph');
    await graph.waitFor();
    const slugs = await graph.locator('a.graph__network').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-slug')));
    expect(slugs.sort()).toEqual([...DEMO_NETWORKS].sort());
    // The fifteen links of the CTG (other test files may link networks of their own territory: not drawn).
    expect(await graph.locator('g.graph__link').count()).toBe(15);
    expect(await graph.locator('g.graph__link[data-kind="REFERRAL"]').count()).toBe(1);
    expect(await graph.locator('g.graph__link[data-kind="PREVENTION_PROTECTION_GATEWAY"]').count()).toBe(1);
    // Structures in two networks or more, sized by their count; the Caf and the Communauté de communes,
    // in all eight, are named under the graph instead of being drawn with eight lines each.
    expect(await graph.locator('a.graph__organization').count()).toBeGreaterThanOrEqual(8);
    const niniChaize = graph.locator('a.graph__organization[data-slug="centre-social-nini-chaize"]');
    expect(await niniChaize.getAttribute('aria-label')).toContain('5 réseaux');
    expect(Number(await niniChaize.locator('circle').getAttribute('r'))).toBeGreaterThan(
      Number(await graph.locator('a.graph__organization[data-slug="mission-locale"] circle').getAttribute('r')),
    );
    expect(await graph.locator('a.graph__organization[data-slug="caf-drome"]').count()).toBe(0);
    expect(await page.locator('.graph-figure__caption').textContent()).toContain('Caf de la Drôme');

    await page.locator('.graph-layout').screenshot({ path: path.join(SCREENSHOTS, 'network-graph-figure.png') });
    // Hovering a link says what it is, with the CTG passage.
    await graph.locator('g.graph__link[data-kind="PREVENTION_PROTECTION_GATEWAY"] .graph__link-hit').hover({ force: true });
    const details = page.locator('.graph-details');
    await expect.poll(() => details.textContent()).toContain('Passerelle prévention – protection');
    expect(await details.textContent()).toContain('CTG, l. 527');
    await screenshot(page, 'network-graph');

    await graph.locator('a.graph__network[data-slug="logement"] circle').click();
    await page.waitForURL((url) => url.pathname === '/reseaux/logement');
    await page.getByRole('heading', { level: 2, name: "Liens avec d'autres réseaux" }).waitFor();
    expect(await page.locator('.network-links li').count()).toBe(3);
    expect(await page.locator('.network-links').textContent()).toContain('Orientation des publics vers');
    await screenshot(page, 'network-graph-network-page');
    expect(errors).toEqual([]);
  });

  it('lays the graph out the same way every time (seeded, fixed ticks)', async () => {
    const positions = async () => {
      const { page } = await app.open('/reseaux/maillage');
      await page.locator('svg.graph a.graph__organization').first().waitFor();
      return page
        .locator('svg.graph circle')
        .evaluateAll((circles) => circles.map((c) => `${c.getAttribute('cx')},${c.getAttribute('cy')},${c.getAttribute('r')}`));
    };
    const first = await positions();
    expect(first.length).toBeGreaterThan(15);
    expect(await positions()).toEqual(first);
  });

  it('is operated with the keyboard: nodes take the focus, Enter opens', async () => {
    const { page, errors } = await app.open('/reseaux/maillage');
    const node = page.locator('a.graph__network[data-slug="parentalite"]');
    await node.waitFor();
    await node.focus();
    await expect.poll(() => page.locator('.graph-details').textContent()).toContain('Réseau Parentalité');
    // A link takes the focus too; Enter brings its row of the table.
    const gateway = page.locator('g.graph__link[data-kind="PREVENTION_PROTECTION_GATEWAY"]');
    await gateway.focus();
    await expect.poll(() => page.locator('.graph-details').textContent()).toContain('CTG, l. 527');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('tr')?.textContent ?? ''))
      .toContain('Passerelle prévention – protection');
    await node.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/reseaux/parentalite');
    expect(errors).toEqual([]);
  });

  it('filters by theme, in the graph and in the table', async () => {
    const { page, errors } = await app.open('/reseaux/maillage', { width: 1400, height: 1000 });
    const graph = page.locator('svg.graph');
    await graph.locator('a.graph__network').first().waitFor();
    await page.getByLabel('Thème').selectOption({ label: 'Logement' });
    const slugs = await graph.locator('a.graph__network').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-slug')));
    // Housing, and the networks it is linked to.
    expect(slugs.sort()).toEqual(['acces-aux-droits-inclusion-numerique', 'comite-de-pilotage', 'logement', 'petite-enfance']);
    expect(await graph.locator('g.graph__link').count()).toBe(3);
    expect(await page.locator('.links-table tbody tr').count()).toBe(3);
    await page.getByLabel("Montrer les structures membres d'au moins deux réseaux").uncheck();
    expect(await graph.locator('a.graph__organization').count()).toBe(0);
    await screenshot(page, 'network-graph-housing');
    expect(errors).toEqual([]);
  });

  it('lists the links in a table alternative, with what the networks share', async () => {
    const { page, errors } = await app.open('/reseaux/maillage');
    const table = page.locator('.links-table table');
    await table.waitFor();
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(15);
    const gateway = rows.filter({ hasText: 'Passerelle prévention – protection' });
    expect(await gateway.locator('th').textContent()).toBe('Réseau Parentalité');
    expect(await gateway.locator('td').first().textContent()).toBe('Réseau Petite enfance');
    expect(await gateway.locator('td').nth(3).locator('li').count()).toBeGreaterThan(0);
    // The parenting–youth–AVS training is for their members: an anonymous visitor does not see it.
    expect(await table.getByText(/Familles et jeunes : aller vers ensemble/).count()).toBe(0);
    const headers = await table.locator('thead th').allTextContents();
    expect(headers).toEqual([
      'Réseau',
      'Relié à',
      'Type de lien',
      'Description',
      'Structures partagées',
      'Réunions communes',
      'Formations partagées',
    ]);
    expect(errors).toEqual([]);
  });

  it('shows the trainings two linked networks share to those who may see them, linked to their page', async () => {
    const { page, errors } = await app.openSignedIn(DEMO.parentingAnimator, '/reseaux/maillage');
    const row = page
      .locator('.links-table tbody tr')
      .filter({ hasText: 'Transversalité' })
      .filter({ hasText: 'Réseau Parentalité' });
    const avsParenting = row.filter({ hasText: "Commission d'orientation Animation de la vie sociale" });
    const training = avsParenting.getByRole('link', { name: /Familles et jeunes : aller vers ensemble/ });
    await training.waitFor();
    expect(await training.getAttribute('href')).toMatch(/^\/formations\/trn_/);
    expect(errors).toEqual([]);
  });

  it("lets a network's animator link it to another network, then remove the link", async () => {
    // Networks of this test's own: other files count the demo's links.
    const { network, account } = await createAnimator(app.server);
    const other = await createNetwork(app.server);
    const { page, errors } = await app.openSignedIn(account.email, `/reseaux/${network.slug}`, { password: account.password });
    const section = page.locator('section[aria-labelledby="network-links-title"]');
    const form = section.locator('form');
    await form.getByLabel('Réseau', { exact: true }).waitFor();
    await section.getByText("Aucun lien avec un autre réseau n'est encore tracé.").waitFor();

    await form.getByRole('button', { name: 'Relier les réseaux' }).click();
    await form.getByText('Choisissez le réseau à relier.').waitFor();
    await form.getByLabel('Réseau', { exact: true }).selectOption({ label: other.name });
    await form.getByLabel('Type de lien').selectOption({ label: 'Orientation des publics' });
    await form.getByLabel('Sens').selectOption({ label: `Ce réseau oriente vers ${network.name}` });
    await form.getByLabel('Description (facultatif)').fill('Orientation des familles suivies');
    await form.getByRole('button', { name: 'Relier les réseaux' }).click();
    const item = section.locator('.network-links li');
    await item.waitFor();
    expect(await item.textContent()).toContain(`Orientation des publics depuis ${other.name}`);

    // The same link again: the API's CONFLICT is said in French, next to the kind.
    await form.getByLabel('Réseau', { exact: true }).selectOption({ label: other.name });
    await form.getByLabel('Type de lien').selectOption({ label: 'Orientation des publics' });
    await form.getByLabel('Sens').selectOption({ label: `Ce réseau oriente vers ${network.name}` });
    await form.getByRole('button', { name: 'Relier les réseaux' }).click();
    await form.getByText('Ces deux réseaux sont déjà reliés par un lien de ce type.').waitFor();
    await screenshot(page, 'network-graph-link-form');

    await item.getByRole('button', { name: `Retirer le lien avec ${other.name}` }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Retirer le lien' }).click();
    await section.getByText("Aucun lien avec un autre réseau n'est encore tracé.").waitFor();
    expect(errors).toEqual([]);
  });

  it('has no serious accessibility violation', async () => {
    const { page } = await app.open('/reseaux/maillage');
    await page.locator('svg.graph a.graph__network').first().waitFor();
    await expectNoSeriousAxeViolations(page);
    const network = await app.open('/reseaux/parentalite');
    await network.page.getByRole('heading', { level: 2, name: "Liens avec d'autres réseaux" }).waitFor();
    await expectNoSeriousAxeViolations(network.page);
  });
});
