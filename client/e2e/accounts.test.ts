import fs from 'node:fs';
import { randomInt } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DEMO, freshAccount } from '../../server/test/test-server';
import { accountMenu, expectNoSeriousAxeViolations, screenshot, signInThroughForm, useBrowserServer } from './browser';

/** An address nobody has an account for, different on every run. */
const unknownEmail = () => `inconnu-${process.pid}-${Date.now()}-${randomInt(1e6)}@exemple.fr`;

describe('accounts', () => {
  const app = useBrowserServer();

  it('shows a French error next to the login form when the password is wrong', async () => {
    const { page, errors } = await app.open('/connexion');
    await page.getByRole('heading', { level: 1, name: 'Se connecter' }).waitFor();
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, 'login');

    await page.getByLabel('Adresse e-mail').fill(unknownEmail());
    await page.getByLabel('Mot de passe', { exact: true }).fill('pas-le-bon-mot-de-passe');
    await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
    const alert = page.locator('form').getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Adresse e-mail ou mot de passe incorrect.');
    // The focus goes to the message, so that a keyboard or screen reader user meets it first.
    expect(await alert.evaluate((element) => element === document.activeElement)).toBe(true);
    await screenshot(page, 'login-error');
    expect(errors).toEqual([]);
  });

  it('says when sign-in attempts are rate limited', async () => {
    // Uses up the account's attempts from another address, so that this file's own address stays usable.
    const email = unknownEmail();
    const elsewhere = { 'x-forwarded-for': `10.250.${randomInt(256)}.${randomInt(1, 255)}` };
    const failedLogin = () =>
      app.server.gql(`mutation($email: String!) { login(email: $email, password: "faux") { token } }`, { email }, elsewhere);
    await Promise.all(Array.from({ length: 10 }, failedLogin));
    const { page } = await app.open('/connexion');
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByLabel('Mot de passe', { exact: true }).fill('encore-faux');
    await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
    const alert = page.locator('form').getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/Trop de tentatives de connexion\. Réessayez dans \d+ minutes?\./);
  });

  it('tells an anonymous visitor that the administration is reserved, and offers to sign in', async () => {
    const { page, errors } = await app.open('/admin/utilisateurs');
    await page.getByRole('heading', { level: 1, name: 'Accès réservé' }).waitFor();
    await page.getByRole('main').getByRole('link', { name: 'Se connecter' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Navigation principale' }).textContent()).not.toContain('Administration');
    expect(errors).toEqual([]);
  });

  it('keeps the administration from a partner, link and page alike', async () => {
    const { page } = await app.openSignedIn(DEMO.partner, '/admin/journal');
    await page.getByRole('heading', { level: 1, name: 'Accès réservé' }).waitFor();
    expect(await page.getByRole('main').textContent()).toContain('réservée à la coordination');
    expect(await page.getByRole('navigation', { name: 'Navigation principale' }).textContent()).not.toContain('Administration');
  });

  it('lets the AVS animator download « mes données » as a JSON file', async () => {
    const { page, errors } = await app.openSignedIn(DEMO.avsAnimator, '/compte');
    await page.getByRole('heading', { level: 1, name: 'Mon compte' }).waitFor();
    const info = page.locator('section[aria-labelledby="account-title"]');
    expect(await info.textContent()).toContain(DEMO.avsAnimator);
    await info.getByRole('link', { name: /Commission d'orientation/ }).waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Télécharger mes données (JSON)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('maillage-mes-donnees.json');
    const data = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
    expect(data.account).toMatchObject({ email: DEMO.avsAnimator, role: 'ANIMATOR' });
    expect(data.memberships).toContainEqual(expect.objectContaining({ role: 'ANIMATOR' }));
    await page.getByRole('status').filter({ hasText: 'maillage-mes-donnees.json' }).waitFor();

    await expectNoSeriousAxeViolations(page);
    await screenshot(page, 'account');
    expect(errors).toEqual([]);
  });

  it('opens the account menu with the keyboard and signs out from it, on a phone', async () => {
    const { page } = await app.openSignedIn(DEMO.youthAnimator, '/', { width: 390, height: 844 });
    const toggle = accountMenu(page);
    expect(await toggle.textContent()).toContain('Animateur de réseau');
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await page.getByRole('link', { name: 'Mes données' }).waitFor();
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, 'account-menu-phone');
    await page.keyboard.press('Escape');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await toggle.evaluate((element) => element === document.activeElement)).toBe(true);

    await toggle.click();
    await page.locator('.account-menu__panel').getByRole('link', { name: 'Mon compte' }).click();
    await page.waitForURL((url) => url.pathname === '/compte');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');

    await toggle.click();
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.locator('.site-header').getByRole('link', { name: 'Se connecter' }).waitFor();
  });

  it('lets a person ask for erasure, and the coordination carry it out', async () => {
    const account = await freshAccount(app.server);
    const reason = `Je quitte le territoire (${Date.now()}).`;
    const person = await app.open('/connexion');
    await signInThroughForm(person.page, account.email, 'un-mot-de-passe-solide');
    await person.page.waitForURL((url) => url.pathname === '/compte');

    const erasure = person.page.locator('section#mes-donnees');
    await erasure.getByLabel('Motif (facultatif)').fill(reason);
    await erasure.getByRole('button', { name: 'Demander l’effacement de mes données' }).click();
    const confirmation = erasure.getByRole('checkbox');
    await expect.poll(() => confirmation.getAttribute('aria-invalid')).toBe('true');
    await erasure.getByText('Cochez la case pour confirmer votre demande.').waitFor();
    await confirmation.check();
    await erasure.getByRole('button', { name: 'Demander l’effacement de mes données' }).click();
    await erasure.getByText(/statut : En attente/).waitFor();
    // A later visit still shows the pending request rather than the form.
    await person.page.reload();
    await person.page
      .locator('section#mes-donnees')
      .getByText(/statut : En attente/)
      .waitFor();

    const admin = await app.openSignedIn(DEMO.admin, '/admin/effacements');
    // Found by its reason: once anonymised, the account no longer shows its address.
    const request = admin.page.locator('.erasure-request', { hasText: reason });
    expect(await request.textContent()).toContain(account.email);
    await request.getByRole('button', { name: /^Effacer les données/ }).click();
    const dialog = admin.page.getByRole('dialog', { name: /Effacer les données de/ });
    await expectNoSeriousAxeViolations(admin.page);
    await screenshot(admin.page, 'admin-erasure-confirm');
    await dialog.getByRole('button', { name: 'Effacer les données' }).click();
    await request.getByText('Effectuée').waitFor();

    // Anonymised: the account is closed and its session with it.
    await person.page.reload();
    await person.page.getByRole('heading', { level: 1, name: 'Accès réservé' }).waitFor();
  });
});
