import { describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations, screenshot, useBrowserServer } from './browser';

const CREST_ACTIF = '/structures/centre-social-crest-actif';
const AVS_ANIMATOR = 'avs@caf26.demo';

describe("a structure's dossier on its page", () => {
  const app = useBrowserServer();

  it("shows the commission's animator the renewal followed across meetings, newest first, with opinions", async () => {
    const { page, errors } = await app.openSignedIn(AVS_ANIMATOR, CREST_ACTIF);
    const dossier = page.locator('section[aria-labelledby="dossier-title"]');
    await dossier.getByRole('heading', { level: 2, name: 'Dossier en commission' }).waitFor();

    const meetings = dossier.locator('.dossier__meeting');
    expect(await meetings.count()).toBeGreaterThanOrEqual(3);
    // Newest first: the coming session, where the social project is on the agenda.
    const coming = meetings.first();
    expect(await coming.textContent()).toContain('réunion programmée');
    expect(await coming.textContent()).toContain('Inscrit à l’ordre du jour');

    const reserved = dossier.locator('.dossier__item', { hasText: 'Avis réservé' });
    expect(await reserved.textContent()).toContain('repris d’une réunion précédente');
    expect(await reserved.textContent()).toContain('pré-diagnostic');
    const deferred = dossier.locator('.dossier__item', { has: page.locator('.status-tag', { hasText: 'Reporté' }) });
    expect(await deferred.textContent()).toContain('Examen : Reporté à la séance suivante');

    await screenshot(page, 'organization-dossier');

    // Each meeting leads to its page.
    const link = meetings.last().getByRole('link', { name: "Installation de la Commission d'orientation" });
    expect(await link.getAttribute('href')).toMatch(/^\/reunions\/mtg_/);
    expect(errors).toEqual([]);
  });

  it('shows Le Forum its two favourable opinions', async () => {
    const { page } = await app.openSignedIn('contact@forum-saillans.demo', '/structures/evs-le-forum');
    const dossier = page.locator('section[aria-labelledby="dossier-title"]');
    await dossier.getByRole('heading', { name: 'Dossier en commission' }).waitFor();
    expect(await dossier.locator('.dossier__outcome', { hasText: 'Avis favorable' }).count()).toBe(2);
  });

  it('has no serious accessibility violation', async () => {
    const { page } = await app.openSignedIn(AVS_ANIMATOR, CREST_ACTIF);
    await page.locator('.dossier__item').first().waitFor();
    await expectNoSeriousAxeViolations(page);
  });

  it('is absent for an anonymous visitor', async () => {
    const { page } = await app.open(CREST_ACTIF);
    await page.getByRole('heading', { level: 1, name: "Centre social Crest'actif" }).waitFor();
    await page.locator('section[aria-labelledby="services-title"]').waitFor();
    expect(await page.locator('section[aria-labelledby="dossier-title"]').count()).toBe(0);
  });
});
