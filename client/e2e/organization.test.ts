import { describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations, screenshot, useBrowserServer } from './browser';

const NINI_CHAIZE = '/structures/centre-social-nini-chaize';

describe('organisation page', () => {
  const app = useBrowserServer();

  it('shows the structure, its services and the networks it belongs to', async () => {
    const { page, errors } = await app.open(NINI_CHAIZE);
    await page.getByRole('heading', { level: 1, name: 'Centre social – MJC Nini Chaize' }).waitFor();
    expect(await page.title()).toBe('Centre social – MJC Nini Chaize – Maillage');

    const networks = page.locator('section[aria-labelledby="networks-title"]');
    await networks.getByRole('link', { name: 'Réseau Parentalité' }).waitFor();
    expect(await networks.textContent()).toContain('Animateur');

    const octobus = page.locator('.service', { has: page.getByRole('heading', { name: 'Octobus' }) });
    expect(await octobus.textContent()).toContain('Itinérant');
    expect(await octobus.textContent()).toContain('Tout le territoire');
    const digitalPoint = page.locator('.service', { has: page.getByRole('heading', { name: 'Point numérique Caf' }) });
    expect(await digitalPoint.textContent()).toContain('Aouste-sur-Sye');
    expect(await page.locator('.labels').textContent()).toContain('Point numérique Caf');
    await screenshot(page, 'organization');
    expect(errors).toEqual([]);
  });

  it('names contact people without their personal email or phone for an anonymous visitor', async () => {
    const { page } = await app.open(NINI_CHAIZE);
    const people = page.locator('section[aria-labelledby="people-title"]');
    await people.getByText('Marion Lacroix').waitFor();
    expect(await people.textContent()).toContain('Référente familles');
    expect(await people.locator('a[href^="mailto:"], a[href^="tel:"]').count()).toBe(0);
  });

  it('leads to the network page from the list of networks', async () => {
    const { page } = await app.open(NINI_CHAIZE);
    await page.getByRole('link', { name: 'Réseau Parentalité' }).click();
    await page.waitForURL('**/reseaux/parentalite');
    await page.getByRole('heading', { level: 1, name: 'Réseau Parentalité' }).waitFor();
  });

  it('says so when the structure does not exist', async () => {
    const { page } = await app.open(`/structures/nexiste-pas`);
    await page.getByRole('heading', { level: 1, name: 'Structure introuvable' }).waitFor();
  });

  it('has no serious accessibility violation', async () => {
    const { page } = await app.open(NINI_CHAIZE);
    await page.getByRole('heading', { level: 1, name: 'Centre social – MJC Nini Chaize' }).waitFor();
    await expectNoSeriousAxeViolations(page);
  });
});
