import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { Service } from '../../server/src/directory/service.entity';
import { createPartner } from '../../server/test/factories';
import { DEMO } from '../../server/test/test-server';
import { accountMenu, expectNoSeriousAxeViolations, screenshot, signInThroughForm, useBrowserServer } from './browser';

const FORUM = '/structures/evs-le-forum';

/** The ids an element's aria-describedby points at, as the texts they hold. */
async function description(page: Page, field: ReturnType<Page['locator']>): Promise<string> {
  const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter(Boolean);
  const texts = await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).textContent()));
  return texts.join(' ');
}

describe('a partner keeps their structure up to date', () => {
  const app = useBrowserServer();

  it('sees people’s contact details once signed in, and no longer after signing out', async () => {
    const { page, errors } = await app.open(FORUM);
    const people = page.locator('section[aria-labelledby="people-title"]');
    await people.getByText('Léa Fontaine').waitFor();
    expect(await people.locator('a[href^="mailto:"]').count()).toBe(0);
    expect(await page.getByRole('link', { name: /^Modifier/ }).count()).toBe(0);

    await page.locator('.site-header').getByRole('link', { name: 'Se connecter' }).click();
    await page.waitForURL((url) => url.pathname === '/connexion');
    await signInThroughForm(page, DEMO.partner);
    // Back on the page the visitor came from, now with what a partner may see.
    await page.waitForURL((url) => url.pathname === FORUM);
    await people.getByRole('link', { name: DEMO.partner }).waitFor();
    expect(await accountMenu(page).textContent()).toContain('Partenaire');

    await accountMenu(page).click();
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.locator('.site-header').getByRole('link', { name: 'Se connecter' }).waitFor();
    await expect.poll(() => people.locator('a[href^="mailto:"]').count()).toBe(0);
    await people.getByText('Léa Fontaine').waitFor();
    expect(errors).toEqual([]);
  });

  /**
   * A partner of a structure of their own: these tests edit it, and other files read Le Forum.
   * Signed in through the form, like the demo partner.
   */
  async function openAsNewPartner(path: (slug: string) => string) {
    const { organization, account } = await createPartner(app.server, { website: 'https://structure-essai.example' });
    const opened = await app.openSignedIn(account.email, path(organization.slug), { password: account.password });
    return { ...opened, organization, editor: `/structures/${organization.slug}/modifier` };
  }

  it('edits the structure’s opening hours; an invalid website is pointed out next to its field', async () => {
    const { page, errors, organization, editor } = await openAsNewPartner((slug) => `/structures/${slug}`);
    await page.getByRole('link', { name: /^Modifier/ }).click();
    await page.waitForURL((url) => url.pathname === editor);
    await page.getByRole('heading', { level: 1, name: `Modifier ${organization.name}` }).waitFor();

    const closing = 14 + (Date.now() % 5);
    const hours = `Mo-Fr 09:00-12:00; We 14:00-${closing}:00`;
    await page.getByLabel('Horaires d’ouverture').fill(hours);
    const website = page.getByLabel('Site web');
    const savedWebsite = await website.inputValue();
    await website.fill('pas un site');
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();

    await expect.poll(() => website.getAttribute('aria-invalid')).toBe('true');
    expect(await description(page, website)).toContain('Adresse de site invalide');
    expect(await website.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await page.getByLabel('Horaires d’ouverture').getAttribute('aria-invalid')).toBeNull();
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, 'organization-edit-error');

    await website.fill(savedWebsite);
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Modifications enregistrées' }).waitFor();
    expect(await website.getAttribute('aria-invalid')).toBeNull();

    await page.getByRole('link', { name: 'Voir la fiche publique' }).click();
    const contact = page.locator('section[aria-labelledby="contact-title"]');
    await contact.getByText(`mer. 14:00–${closing}:00`).waitFor();
    expect(await contact.textContent()).toContain('lun.–ven. 09:00–12:00');
    expect(errors).toEqual([]);
  });

  it('adds a service, sees it flagged « à mettre à jour » a year later, confirms it, then deletes it', async () => {
    const name = `Atelier des tests ${Date.now()}`;
    const { page, errors, editor } = await openAsNewPartner((slug) => `/structures/${slug}/modifier`);
    await page.getByRole('button', { name: 'Ajouter un service' }).click();
    const form = page.locator('.service-editor--new');
    await form.getByLabel('Nom du service').fill(name);
    await form.getByLabel('Description').fill('Un atelier créé par les tests du navigateur.');
    await form.getByRole('button', { name: 'Ajouter le service' }).click();
    const themes = form.getByRole('group', { name: 'Thèmes' });
    await themes.getByText('Choisissez au moins un thème.').waitFor();
    expect(await themes.getByRole('checkbox').first().getAttribute('aria-invalid')).toBe('true');

    await themes.getByLabel('Parentalité', { exact: true }).check();
    await form.getByRole('group', { name: 'Publics' }).getByLabel('Parents', { exact: true }).check();
    await form.getByRole('group', { name: 'Modalités d’accueil' }).getByLabel('Sur place').check();
    const communes = form.getByRole('group', { name: 'Communes desservies' });
    await communes.getByLabel('Saillans', { exact: true }).check();
    expect(await communes.getByLabel('Tout le territoire').evaluate((box) => (box as HTMLInputElement).indeterminate)).toBe(true);
    await communes.getByLabel('Tout le territoire').check();
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, 'service-form');
    await form.getByRole('button', { name: 'Ajouter le service' }).click();

    const added = page.locator('.service-editor', { has: page.getByRole('heading', { name, exact: true }) });
    await added.waitFor();
    expect(await added.textContent()).toContain('Tout le territoire');
    expect(await added.textContent()).toContain('Mis à jour le');
    expect(await added.textContent()).not.toContain('À mettre à jour');

    // A year goes by.
    await app.server.orm.em.fork().nativeUpdate(Service, { name }, { updatedAt: new Date(Date.now() - 400 * 86_400_000) });
    await page.reload();
    await added.getByText('À mettre à jour').waitFor();
    await screenshot(page, 'organization-edit');

    await page.goto(`${app.server.url}/compte`);
    const stale = page.locator('section[aria-labelledby="stale-title"]');
    const item = stale.locator('.stale-service', { has: page.getByRole('heading', { name, exact: true }) });
    await item.waitFor();
    await screenshot(page, 'account-stale-services');
    await item.getByRole('button', { name: /^Toujours exact/ }).click();
    await item.waitFor({ state: 'detached' });

    await page.goto(`${app.server.url}${editor}`);
    await added.waitFor();
    expect(await added.textContent()).not.toContain('À mettre à jour');
    await added.getByRole('button', { name: `Supprimer le service ${name}` }).click();
    const dialog = page.getByRole('dialog', { name: `Supprimer le service « ${name} » ?` });
    await dialog.getByRole('button', { name: 'Annuler' }).click();
    expect(await added.count()).toBe(1);
    await added.getByRole('button', { name: `Supprimer le service ${name}` }).click();
    await dialog.getByRole('button', { name: 'Supprimer le service' }).click();
    await added.waitFor({ state: 'detached' });
    await page.getByRole('status').filter({ hasText: 'Service supprimé.' }).waitFor();
    expect(errors).toEqual([]);
  });

  it('offers no « Modifier » on a structure that is not the partner’s', async () => {
    const { page } = await app.openSignedIn(DEMO.partner, '/structures/centre-social-nini-chaize');
    await page.getByRole('heading', { level: 1, name: 'Centre social – MJC Nini Chaize' }).waitFor();
    expect(await page.getByRole('link', { name: /^Modifier/ }).count()).toBe(0);
    await page.goto(`${app.server.url}/structures/centre-social-nini-chaize/modifier`);
    await page.getByRole('heading', { level: 1, name: 'Accès réservé' }).waitFor();
  });
});
