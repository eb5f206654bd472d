import { describe, expect, it } from 'vitest';
import { addMembership, createAnimator, createOrganization, createPerson, uniqueTag } from '../../server/test/factories';
import { DEMO } from '../../server/test/test-server';
import { expectNoSeriousAxeViolations, screenshot, useBrowserServer } from './browser';

const PARENTING = '/reseaux/parentalite';

describe('animators manage the members of their network', () => {
  const app = useBrowserServer();

  /**
   * A network of this test's own (other files read the demo networks' members), animated by a
   * person of a new structure through a new account; the structure is also a member in its own
   * name; and a newcomer structure with one person. « Structure d'accueil » sorts before the
   * « Structure d'essai » other files make, so that the form's list (the first 100) offers both.
   */
  async function newNetwork() {
    const animator = await createAnimator(app.server, {}, { name: `Structure d'accueil ${uniqueTag()}` });
    await addMembership(app.server, { network: animator.network.slug, organizationId: animator.organization.id });
    const newcomer = await createOrganization(app.server, { name: `Structure d'accueil ${uniqueTag()}` });
    const person = await createPerson(app.server, newcomer.id, { firstName: 'Camille' });
    return { ...animator, newcomer, person: `Camille ${person.lastName}` };
  }

  it('adds a member to the network, changes its role, then removes it', async () => {
    const { network, account, organization: animators, newcomer, person } = await newNetwork();
    const member = `${person} (${newcomer.name})`;
    const { page, errors } = await app.openSignedIn(account.email, `/reseaux/${network.slug}`, { password: account.password });
    const management = page.locator('section[aria-labelledby="management-title"]');
    const form = management.locator('form.add-member');
    await form.getByLabel('Structure', { exact: true }).waitFor();

    // The animator's structure is already a member: the API's CONFLICT is said in French, next to the structure.
    await form.getByLabel('Structure', { exact: true }).selectOption({ label: animators.name });
    await form.getByRole('button', { name: 'Ajouter au réseau' }).click();
    await form.getByText('Cette structure est déjà membre du réseau.').waitFor();
    expect(await form.getByLabel('Structure', { exact: true }).getAttribute('aria-invalid')).toBe('true');

    await form.getByLabel('Structure', { exact: true }).selectOption({ label: newcomer.name });
    await form.getByLabel('Personne (facultatif)').selectOption({ label: person });
    await form.getByLabel('Rôle', { exact: true }).selectOption({ label: 'Invité' });
    await form.getByRole('button', { name: 'Ajouter au réseau' }).click();
    await form.getByRole('status').filter({ hasText: 'Membre ajouté au réseau.' }).waitFor();

    const row = management.locator('tbody tr', { hasText: person });
    await row.waitFor();
    const publicRow = page
      .locator('section[aria-labelledby="members-title"] tbody tr')
      .filter({ has: page.getByRole('link', { name: newcomer.name, exact: true }) });
    expect(await publicRow.textContent()).toContain('Invité');
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, 'network-management');

    await row.getByLabel(`Rôle de ${member}`).selectOption({ label: 'Membre' });
    await row.getByRole('button', { name: `Changer le rôle de ${member}` }).click();
    await expect.poll(() => publicRow.textContent()).toContain('Membre');

    await row.getByRole('button', { name: `Retirer ${member}` }).click();
    await page
      .getByRole('dialog', { name: `Retirer ${member} du réseau ?` })
      .getByRole('button', { name: 'Retirer du réseau' })
      .click();
    await row.waitFor({ state: 'detached' });
    await publicRow.waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
  });

  it('shows no management on a network the animator does not animate', async () => {
    const { page } = await app.openSignedIn(DEMO.parentingAnimator, '/reseaux/jeunesse');
    await page.getByRole('heading', { level: 1, name: "Réseau d'acteurs jeunesse" }).waitFor();
    await page.locator('section[aria-labelledby="members-title"] tbody tr').first().waitFor();
    expect(await page.getByRole('heading', { name: 'Gérer les membres' }).count()).toBe(0);
    // Members only: removing a link with a network they animate is theirs (the links section).
    const members = page.locator('section[aria-labelledby="members-title"]');
    expect(await members.getByRole('button', { name: /^Retirer/ }).count()).toBe(0);
  });

  it('shows no management to an anonymous visitor', async () => {
    const { page } = await app.open(PARENTING);
    await page.locator('section[aria-labelledby="members-title"] tbody tr').first().waitFor();
    expect(await page.getByRole('heading', { name: 'Gérer les membres' }).count()).toBe(0);
  });
});
