import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { clickShape, expectNoSeriousAxeViolations, openPage, screenshot, useBrowserServer, waitForResults } from './browser';

const SAILLANS = '26289';
const FORUM = 'Espace de vie sociale Le Forum';
const NINI_CHAIZE = 'Centre social – MJC Nini Chaize';

/** "25 structures" → 25 */
async function resultCount(page: Page): Promise<number> {
  await waitForResults(page);
  const text = (await page.locator('.results__count').textContent()) ?? '';
  return text.startsWith('Aucune') ? 0 : Number.parseInt(text.replace(/\s/g, ''), 10);
}

async function resultNames(page: Page): Promise<string[]> {
  await waitForResults(page);
  return page.locator('.result__title').allTextContents();
}

describe('directory', () => {
  const app = useBrowserServer();

  it('filters by commune from the map, then by theme: who helps with digital matters in Saillans', async () => {
    const { page, errors } = await app.open(`/annuaire`);
    const everyone = await resultCount(page);
    expect(everyone).toBeGreaterThan(20);

    await clickShape(page, `[data-insee-code="${SAILLANS}"]`);
    await page.waitForURL((url) => url.searchParams.get('commune') === SAILLANS);
    await expect.poll(() => resultCount(page)).toBeLessThan(everyone);
    expect(await resultNames(page)).toContain(FORUM);
    expect(await page.locator(`[data-insee-code="${SAILLANS}"]`).getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByRole('combobox', { name: 'Commune' }).inputValue()).toBe(SAILLANS);
    const inSaillans = await resultCount(page);

    const theme = page.getByRole('combobox', { name: 'Thème' });
    await theme.selectOption({ label: 'Accès aux droits et inclusion numérique' });
    await page.waitForURL((url) => url.searchParams.get('theme') === 'RIGHTS_AND_DIGITAL_INCLUSION');
    await expect.poll(() => resultCount(page)).toBeLessThan(inSaillans);
    const digitalHelp = await resultNames(page);
    expect(digitalHelp).toContain(FORUM);
    expect(digitalHelp).toContain(NINI_CHAIZE);
    const forum = page.locator('.result', { has: page.getByRole('link', { name: FORUM }) });
    expect(await forum.textContent()).toContain('Accès aux droits et inclusion numérique');
    await screenshot(page, 'directory-saillans-digital');

    // The back button undoes the last filter.
    await page.goBack();
    await page.waitForURL((url) => !url.searchParams.has('theme') && url.searchParams.get('commune') === SAILLANS);
    await expect.poll(() => resultCount(page)).toBe(inSaillans);
    expect(errors).toEqual([]);
  });

  it('selects a commune with the keyboard: Tab to the map, then Enter', async () => {
    const { page } = await app.open(`/annuaire`);
    const everyone = await resultCount(page);
    const saillans = page.locator(`[data-insee-code="${SAILLANS}"]`);
    await saillans.waitFor();
    let reached = false;
    for (let presses = 0; presses < 80 && !reached; presses += 1) {
      await page.keyboard.press('Tab');
      reached = await saillans.evaluate((shape) => shape === document.activeElement);
    }
    expect(reached).toBe(true);
    await screenshot(page, 'directory-keyboard-focus');

    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('commune') === SAILLANS);
    await expect.poll(() => resultCount(page)).toBeLessThan(everyone);
    expect(await resultNames(page)).toContain(FORUM);
    expect(await saillans.getAttribute('aria-pressed')).toBe('true');
    expect(await saillans.evaluate((shape) => shape === document.activeElement)).toBe(true);

    await page.keyboard.press(' ');
    await page.waitForURL((url) => !url.searchParams.has('commune'));
    await expect.poll(() => resultCount(page)).toBe(everyone);
    expect(await saillans.getAttribute('aria-pressed')).toBe('false');
  });

  it('opens the directory on the commune chosen on the map page', async () => {
    const { page, errors } = await app.open(`/carte`);
    await clickShape(page, `[data-insee-code="${SAILLANS}"]`);
    await page.waitForURL((url) => url.pathname === '/annuaire' && url.searchParams.get('commune') === SAILLANS);
    await page.getByRole('link', { name: FORUM }).waitFor();
    await expectNoSeriousAxeViolations(page);
    expect(errors).toEqual([]);
  });

  it('names the merged commune of Véronne in its tooltip', async () => {
    const { page } = await app.open(`/annuaire`);
    const veronne = page.locator('[data-insee-code="26371"]');
    await veronne.waitFor();
    expect(await veronne.locator('title').textContent()).toContain('fusionnée dans Saillans depuis le 1er janvier 2025');
  });

  it('pages through the results with cursors kept in the URL', async () => {
    const { page } = await app.open(`/annuaire`);
    const firstPage = await resultNames(page);
    expect(firstPage).toHaveLength(20);

    await page.getByRole('button', { name: 'Page suivante' }).click();
    await page.waitForURL((url) => url.searchParams.has('apres'));
    await expect.poll(() => resultNames(page).then((names) => names[0])).not.toBe(firstPage[0]);
    const secondPage = await resultNames(page);
    expect(secondPage.some((name) => firstPage.includes(name))).toBe(false);
    // Read with page 2: other files add structures meanwhile, and the count of pages follows.
    const total = await resultCount(page);
    expect(await page.locator('.pagination__position').textContent()).toBe(`Page 2 sur ${Math.ceil(total / 20)}`);

    // A shared link to page 2 opens on page 2.
    const shared = await openPage(app.browser, page.url());
    await expect.poll(() => resultNames(shared.page)).toEqual(secondPage);

    await page.getByRole('button', { name: 'Page précédente' }).click();
    await page.waitForURL((url) => !url.searchParams.has('apres'));
    await expect.poll(() => resultNames(page)).toEqual(firstPage);
  });

  it('says when nothing matches and offers to reset the filters', async () => {
    const { page } = await app.open(`/annuaire?q=xyzzyplugh`);
    await page.getByText('Aucune structure ne correspond').waitFor();
    await page
      .locator('.empty-state')
      .getByRole('button', { name: /Effacer/ })
      .click();
    await page.waitForURL((url) => url.pathname === '/annuaire' && url.search === '');
    await expect.poll(() => resultCount(page)).toBeGreaterThan(20);
  });

  it('shows the server’s French error message and lets the user retry', async () => {
    const { page } = await app.open(`/annuaire?apres=pas-un-curseur`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Curseur de pagination invalide');
    await alert.getByRole('button', { name: 'Réessayer' }).waitFor();
  });

  it('has no serious accessibility violation, on a desktop and a phone', async () => {
    const { page } = await app.open(`/annuaire?commune=${SAILLANS}`);
    await waitForResults(page);
    await page.locator('.commune-map__svg').waitFor();
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, 'directory');

    const phone = await app.open(`/annuaire`, { width: 390, height: 844 });
    await waitForResults(phone.page);
    await phone.page.locator('.commune-map__svg').waitFor();
    await expectNoSeriousAxeViolations(phone.page);
    await screenshot(phone.page, 'directory-phone');
  });
});
