import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { outbox, runPromotions, seatToken, sessionIn } from '../../server/src/trainings/trainings.test-support';
import { createPartner, uniqueTag } from '../../server/test/factories';
import { DEMO, signIn } from '../../server/test/test-server';
import { expectNoSeriousAxeViolations, pdfPages, screenshot, useBrowserServer } from './browser';

/**
 * A shared training in the browser, as the demo accounts: the Caf's animator (commission AVS) offers
 * a one-seat training, a new participant takes the seat, Léa Fontaine (Le Forum) joins the waitlist,
 * the participant gives the seat back, Léa is promoted (mail with its give-back link), the animator
 * records attendance and prints her certificate. The training and the participant are the test's own.
 */

const CREATE = `mutation($input: TrainingInput!) { createTraining(input: $input) { id } }`;
const REGISTER = `mutation($t: ID!, $p: ID) { registerForTraining(trainingId: $t, personId: $p) { id status } }`;
const STATE = `query($id: ID!) { training(id: $id) {
  registrations { id status waitlistPosition person { id firstName lastName email } }
  networks { organizations { people { id firstName lastName email } } } } }`;
interface TrainingState {
  training: {
    registrations: Array<{ id: string; status: string; waitlistPosition: number | null; person: Person }>;
    networks: Array<{ organizations: Array<{ people: Person[] }> }>;
  };
}
interface Person {
  id: string;
  firstName: string;
  lastName: string;
  email: string | null;
}

const PRINTS = fileURLToPath(new URL('../../test-results/prints/', import.meta.url));
const DEMO_EMAILS: string[] = Object.values(DEMO);

/** « 10 h 00 », as the pages write a Paris time. */
const parisClock = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Europe/Paris' })
    .format(new Date(iso))
    .replace(':', ' h ')
    .replace(/^0/, '');

async function status(page: Page, text: string) {
  await page.locator('.my-registration .status-tag', { hasText: text }).waitFor();
}

describe('shared trainings', () => {
  const app = useBrowserServer();

  async function gql<T = unknown>(query: string, variables: Record<string, unknown>, headers: Record<string, string>) {
    const { data, errors } = await app.server.gql(query, variables, headers);
    if (errors) throw new Error(errors[0].message);
    return data as T;
  }

  /** The promotion mail of a registration (the job may run here or in another file's runner). */
  async function promotionMail(registrationId: string, subject: string) {
    for (let attempt = 0; attempt < 50; attempt++) {
      await runPromotions(app.server.orm, [registrationId]);
      const mail = (await outbox(app.server.orm, DEMO.partner)).find((message) => message.subject === subject);
      if (mail) return mail;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`no mail « ${subject} »`);
  }

  it('fills, waitlists, promotes, records attendance and prints a certificate', async () => {
    const animator = await signIn(app.server, DEMO.avsAnimator);
    const title = `Accueil des familles — formation d’essai ${uniqueTag()}`;
    const held = sessionIn(-2);
    const { createTraining } = await gql<{ createTraining: { id: string } }>(
      CREATE,
      {
        input: {
          title,
          description: 'Accueillir et orienter les familles : posture, écoute, relais vers les partenaires.',
          theme: 'SOCIAL_LIFE',
          networkSlugs: ['commission-avs'],
          organizerSlug: 'caf-drome',
          capacity: 1,
          isPublic: true,
          trainer: 'Claire Martin, formatrice',
          audiences: ['PROFESSIONALS', 'VOLUNTEERS'],
          sessions: [
            { ...held, communeInseeCode: '26108', place: 'Salle du conseil communautaire' },
            { ...sessionIn(30), onlineUrl: 'https://visio.exemple.fr/accueil' },
          ],
        },
      },
      animator,
    );
    const trainingId: string = createTraining.id;
    const trainingPath = `/formations/${trainingId}`;

    // A participant of a new structure takes the only seat.
    const participant = await createPartner(app.server);
    const seat = await gql<{ registerForTraining: { status: string } }>(REGISTER, { t: trainingId }, participant.account.headers);
    expect(seat.registerForTraining.status).toBe('CONFIRMED');

    // Léa Fontaine finds it in the list of the commission's trainings: full.
    const lea = await app.openSignedIn(DEMO.partner, '/formations?reseau=commission-avs');
    const card = lea.page.locator('.training-card', { hasText: title });
    await card.getByText('Complet — liste d’attente : 0').waitFor();
    expect(await card.textContent()).toContain('Caf de la Drôme');
    await expectNoSeriousAxeViolations(lea.page);
    await screenshot(lea.page, 'trainings-list');
    // The theme filter keeps it under its own theme only.
    const theme = lea.page.getByRole('combobox', { name: 'Thème' });
    await theme.selectOption({ label: 'Parentalité' });
    await lea.page.waitForURL((url) => url.searchParams.get('theme') === 'PARENTING');
    await expect.poll(() => card.count()).toBe(0);
    await theme.selectOption({ label: 'Animation de la vie sociale' });
    await card.getByRole('link', { name: title }).click();
    await lea.page.getByRole('heading', { level: 1, name: title }).waitFor();
    await lea.page.getByRole('button', { name: 'M’inscrire sur la liste d’attente' }).click();
    await status(lea.page, 'Sur liste d’attente — position 1');
    await lea.page.getByText('Vous êtes sur la liste d’attente.').waitFor();
    await expectNoSeriousAxeViolations(lea.page);
    await screenshot(lea.page, 'training-waitlisted');

    // The animator sees both, and registers a person of the commission's structures (second in line).
    const state = await gql<TrainingState>(STATE, { id: trainingId }, animator);
    const registered = new Set(state.training.registrations.map((registration) => registration.person.id));
    const other = state.training.networks
      .flatMap((network) => network.organizations.flatMap((organization) => organization.people))
      .find((person) => !registered.has(person.id) && !DEMO_EMAILS.includes(person.email ?? ''));
    if (!other) throw new Error('no person to register in the commission');
    const organizer = await app.openSignedIn(DEMO.avsAnimator, trainingPath);
    const registrations = organizer.page.locator('.training-registrations');
    const who = (name: string) => registrations.locator('.registration-row__who strong', { hasText: name });
    await who(`${participant.person.firstName} ${participant.person.lastName}`).waitFor();
    await who('Léa Fontaine').waitFor();
    const form = organizer.page.locator('form.register-someone');
    await form.getByLabel('Personne des réseaux de la formation').selectOption(other.id);
    await form.getByRole('button', { name: 'Inscrire' }).click();
    await form.getByText(`${other.lastName} ${other.firstName} : sur liste d’attente — position 2.`).waitFor();

    // The participant gives the seat back from the training's page.
    const seated = await app.openSignedIn(participant.account.email, trainingPath, { password: participant.account.password });
    await status(seated.page, 'Inscrit·e');
    await seated.page.getByRole('button', { name: 'Annuler mon inscription' }).click();
    await seated.page.getByRole('dialog').getByRole('button', { name: 'Annuler mon inscription' }).click();
    await status(seated.page, 'Inscription annulée');
    await seated.page.getByText('Inscription annulée.', { exact: true }).waitFor();
    // The seat went to Léa; she is mailed, with the link that gives it back.
    const leaRegistration = (await gql<TrainingState>(STATE, { id: trainingId }, animator)).training.registrations.find(
      (registration) => registration.person.email === DEMO.partner,
    )!;
    expect(leaRegistration.status).toBe('CONFIRMED');
    const mail = await promotionMail(leaRegistration.id, `Une place s’est libérée : ${title}`);
    const token = seatToken(mail.text);
    expect(token).toBeTruthy();

    await lea.page.reload();
    await status(lea.page, 'Inscrit·e');
    await screenshot(lea.page, 'training-promoted');

    // The animator records who came to the first session, then opens Léa's certificate.
    await organizer.page.reload();
    const confirmedList = registrations.locator('h4:has-text("Inscrits (1)") + ul');
    await confirmedList.locator('strong', { hasText: 'Léa Fontaine' }).waitFor();
    await registrations.locator('ol strong', { hasText: `${other.firstName} ${other.lastName}` }).waitFor();
    const csvHref = await organizer.page.getByRole('link', { name: 'Exporter les participants (CSV)' }).getAttribute('href');
    const csv = await organizer.page.evaluate((href) => fetch(href!).then((response) => response.text()), csvHref);
    expect(csv).toContain('Fontaine');
    const firstSession = organizer.page.locator('form.session-attendance').first();
    await firstSession.getByLabel('Léa Fontaine').check();
    await firstSession.getByRole('button', { name: 'Enregistrer les présences de la séance 1' }).click();
    await firstSession.getByText('Présences enregistrées.').waitFor();
    await organizer.page.getByText('la présence se note une fois la séance commencée').waitFor();
    await expectNoSeriousAxeViolations(organizer.page);
    await screenshot(organizer.page, 'training-organizer');
    expect(organizer.errors).toEqual([]);

    await organizer.page.getByRole('link', { name: 'Attestation de Léa Fontaine' }).click();
    const sheet = organizer.page.locator('main.certificate');
    await sheet.getByRole('heading', { name: 'Attestation de présence' }).waitFor();
    await sheet.getByText('Durée totale : 3 h').waitFor();
    await expectNoSeriousAxeViolations(organizer.page);
    await screenshot(organizer.page, 'training-certificate');
    const pdf = await organizer.page.pdf({ preferCSSPageSize: true, printBackground: true });
    fs.mkdirSync(PRINTS, { recursive: true });
    fs.writeFileSync(path.join(PRINTS, 'training-certificate.pdf'), pdf);
    const printed = (await pdfPages(pdf)).join(' ');
    expect(printed).toContain('Attestation de présence');
    expect(printed).toContain('Léa Fontaine');
    expect(printed).toContain(title);
    expect(printed).toContain(`${parisClock(held.startsAt)} – ${parisClock(held.endsAt)}`);
    expect(printed).toContain('Durée totale : 3 h');
    expect(printed).not.toContain('Imprimer');
    expect(printed).not.toContain('Retour à la formation');

    // The mail's link, without signing in: Léa gives her seat back, the next in line gets it.
    const link = await app.open(`/formations/place/${token}`);
    await link.page.getByText(`Bonjour Léa, voici votre inscription à la formation « ${title} ».`).waitFor();
    await link.page.locator('.status-tag', { hasText: 'Inscrit·e' }).waitFor();
    await expectNoSeriousAxeViolations(link.page);
    await screenshot(link.page, 'training-give-back');
    await link.page.getByRole('button', { name: 'Libérer ma place' }).click();
    await link.page.getByText('Votre place est libérée').waitFor();
    await link.page.locator('.status-tag', { hasText: 'Inscription annulée' }).waitFor();
    expect(await link.page.getByRole('button', { name: 'Libérer ma place' }).count()).toBe(0);
    const after = (await gql<TrainingState>(STATE, { id: trainingId }, animator)).training.registrations;
    expect(after.find((registration) => registration.person.id === other.id)?.status).toBe('CONFIRMED');
    expect(link.errors).toEqual([]);

    // Léa's page, still showing her seat, gets the API's refusal in French.
    await lea.page.getByRole('button', { name: 'Annuler mon inscription' }).click();
    await lea.page.getByRole('dialog').getByRole('button', { name: 'Annuler mon inscription' }).click();
    await lea.page.getByRole('alert').getByText('Cette inscription est déjà annulée.').waitFor();

    // The commission's page leads to its trainings.
    await lea.page.goto(`${app.server.url}/reseaux/commission-avs`);
    const section = lea.page.locator('section[aria-labelledby="network-trainings-title"]');
    await section.getByRole('heading', { name: 'Formations' }).waitFor();
    await section.getByRole('link', { name: 'Toutes les formations de ce réseau' }).click();
    await lea.page.waitForURL((url) => url.pathname === '/formations' && url.searchParams.get('reseau') === 'commission-avs');
    await lea.page.locator('.training-card', { hasText: title }).waitFor();
    expect(lea.errors).toEqual([]);
  }, 120_000); // Five browser contexts and a PDF: ~30 s on an idle machine, more on a busy one.
});
