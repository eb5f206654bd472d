import { describe, expect, it } from 'vitest';
import { DEMO } from '../../server/test/test-server';
import { accountMenu, expectNoSeriousAxeViolations, screenshot, useBrowserServer } from './browser';

describe('administration', () => {
  const app = useBrowserServer();

  it('invites a person, who accepts the link in another browser and is signed in; the journal records it', async () => {
    const stamp = `${process.pid}-${Date.now()}`;
    const email = `invitee-${stamp}@exemple.fr`;
    const displayName = `Invitée ${stamp}`;
    const { page, errors } = await app.openSignedIn(DEMO.admin, '/admin/utilisateurs', {
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    await page.getByRole('heading', { level: 1, name: 'Utilisateurs' }).waitFor();
    await page.locator('section[aria-labelledby="users-title"] tbody tr').first().waitFor();
    await expectNoSeriousAxeViolations(page);

    const invite = page.locator('section[aria-labelledby="invite-title"]');
    await invite.getByLabel('Adresse e-mail').fill(email);
    await invite.getByLabel('Nom affiché').fill(displayName);
    await invite.getByLabel('Rôle', { exact: true }).selectOption({ label: 'Partenaire' });
    await invite.getByRole('button', { name: 'Créer l’invitation' }).click();

    const linkField = invite.getByLabel('Lien d’invitation');
    const link = await linkField.inputValue();
    expect(link).toMatch(/\/invitation\/[\w-]+$/);
    await invite.getByRole('button', { name: 'Copier le lien' }).click();
    await invite.getByRole('status').filter({ hasText: 'Lien copié' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    await page.locator('section[aria-labelledby="pending-title"]').getByText(email).waitFor();
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, 'admin-users');

    // The invitee, in a browser of their own.
    const token = new URL(link).pathname.split('/').pop();
    const invitee = await app.open(`/invitation/${token}`);
    const password = invitee.page.getByLabel('Mot de passe', { exact: true });
    await password.fill('trop-court');
    await invitee.page.getByRole('button', { name: 'Créer mon compte' }).click();
    await expect.poll(() => password.getAttribute('aria-invalid')).toBe('true');
    await invitee.page.getByText('Le mot de passe doit compter au moins 12 caractères.').waitFor();
    await expectNoSeriousAxeViolations(invitee.page);
    await screenshot(invitee.page, 'invitation');
    await password.fill('une phrase de passe solide');
    await invitee.page.getByLabel('Confirmer le mot de passe').fill('une phrase de passe solide');
    await invitee.page.getByRole('button', { name: 'Créer mon compte' }).click();
    await invitee.page.waitForURL((url) => url.pathname === '/compte');
    await invitee.page.getByText('Bienvenue dans Maillage').waitFor();
    expect(await accountMenu(invitee.page).textContent()).toContain(displayName);
    expect(invitee.errors).toEqual([]);

    // The journal: the invitation (with the address given) and its acceptance (by the new account).
    await page.goto(`${app.server.url}/admin/journal`);
    await page.getByLabel('Action').selectOption({ label: 'Invitation d’un utilisateur' });
    await page.waitForURL((url) => url.searchParams.get('action') === 'inviteUser');
    const audit = page.locator('section[aria-labelledby="audit-title"]');
    // Until the filtered page arrives, the unfiltered one may still list the acceptance too.
    await audit.locator('tbody tr', { hasText: email }).filter({ hasText: 'inviteUser' }).waitFor();
    await page.getByLabel('Action').selectOption({ label: 'Acceptation d’une invitation' });
    const accepted = audit.locator('tbody tr', { hasText: displayName }).filter({ hasText: 'acceptInvitation' });
    await accepted.waitFor();
    expect(await accepted.textContent()).toContain('[masqué]');
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, 'admin-journal');
    expect(errors).toEqual([]);
  });

  it('shows the administration link to admins only, on every admin page', async () => {
    const { page } = await app.openSignedIn(DEMO.admin, '/');
    const link = page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Administration' });
    await link.click();
    await page.waitForURL((url) => url.pathname === '/admin/utilisateurs');
    await page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Demandes d’effacement' }).click();
    await page.getByRole('heading', { level: 1, name: 'Demandes d’effacement' }).waitFor();
    expect(await link.getAttribute('aria-current')).toBe('page');
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, 'admin-erasures');
  });
});
