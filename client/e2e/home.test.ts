import { describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations, screenshot, useBrowserServer, waitForResults } from './browser';

describe('home page', () => {
  const app = useBrowserServer();

  it('names the territory and shows its networks with who animates them', async () => {
    const { page, errors } = await app.open('/');
    await page.getByRole('heading', { level: 1, name: /Crestois et Pays de Saillans/ }).waitFor();
    const parenting = page.locator('.network-card', { has: page.getByRole('link', { name: 'Réseau Parentalité' }) });
    await parenting.waitFor();
    expect(await parenting.textContent()).toContain('Centre social – MJC Nini Chaize');
    expect(await parenting.textContent()).toContain('Parentalité');
    expect(await page.title()).toBe('Accueil – Maillage');
    await screenshot(page, 'home');
    expect(errors).toEqual([]);
  });

  it('searches "numérique" and finds the Forum in the directory', async () => {
    const { page, errors } = await app.open('/');
    await page.getByLabel('Qui fait quoi ?').fill('numérique');
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await page.waitForURL((url) => url.pathname === '/annuaire' && url.searchParams.get('q') === 'numérique');
    await waitForResults(page);
    await page.getByRole('link', { name: 'Espace de vie sociale Le Forum' }).waitFor();
    expect(await page.getByRole('searchbox', { name: 'Qui fait quoi ?' }).inputValue()).toBe('numérique');
    expect(errors).toEqual([]);
  });

  it('has no serious accessibility violation', async () => {
    const { page } = await app.open('/');
    await page.locator('.network-card').first().waitFor();
    await expectNoSeriousAxeViolations(page);
  });

  it('lets a keyboard user skip to the content', async () => {
    const { page } = await app.open('/');
    await page.locator('.network-card').first().waitFor();
    await page.keyboard.press('Tab');
    const skipLink = page.getByRole('link', { name: 'Aller au contenu' });
    expect(await skipLink.evaluate((link) => link === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('contenu');
  });
});
