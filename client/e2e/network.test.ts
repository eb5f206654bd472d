import { describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations, screenshot, useBrowserServer } from './browser';

const PARENTING = '/reseaux/parentalite';

describe('network page', () => {
  const app = useBrowserServer();

  it('shows who animates the network and its member organisations with their role', async () => {
    const { page, errors } = await app.open(PARENTING);
    await page.getByRole('heading', { level: 1, name: 'Réseau Parentalité' }).waitFor();
    expect(await page.locator('.detail__kind').textContent()).toBe('Réseau · Parentalité');

    const animator = page.locator('.animator').first();
    expect(await animator.textContent()).toContain('Centre social – MJC Nini Chaize');
    expect(await animator.textContent()).toContain('Marion Lacroix');
    expect(await animator.textContent()).toContain('Animateur');

    const members = page.locator('section[aria-labelledby="members-title"] tbody tr');
    const rows = await members.allTextContents();
    expect(rows.length).toBeGreaterThanOrEqual(5);
    const forum = members.filter({ has: page.getByRole('link', { name: 'Espace de vie sociale Le Forum' }) });
    expect(await forum.textContent()).toContain('Membre');
    await screenshot(page, 'network');

    await forum.getByRole('link', { name: 'Espace de vie sociale Le Forum' }).click();
    await page.getByRole('heading', { level: 1, name: 'Espace de vie sociale Le Forum' }).waitFor();
    expect(errors).toEqual([]);
  });

  it('says so when the network does not exist', async () => {
    const { page } = await app.open(`/reseaux/nexiste-pas`);
    await page.getByRole('heading', { level: 1, name: 'Réseau introuvable' }).waitFor();
  });

  it('has no serious accessibility violation', async () => {
    const { page } = await app.open(PARENTING);
    await page.getByRole('heading', { level: 1, name: 'Réseau Parentalité' }).waitFor();
    await expectNoSeriousAxeViolations(page);
  });
});
