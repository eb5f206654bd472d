import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DEMO } from '../../server/test/test-server';
import { defineJob } from '../../server/src/jobs/job-definition';
import { startJobRunner } from '../../server/src/jobs/job-runner';
import { sendJob } from '../../server/src/jobs/send-job';
import { MailMessage, MailStatus } from '../../server/src/mail/mail-message.entity';
import { createMailer } from '../../server/src/mail/mailer';
import { expectNoSeriousAxeViolations, screenshot, useBrowserServer } from './browser';

const tag = randomBytes(4).toString('hex');

describe('background jobs and mail, for admins', () => {
  const app = useBrowserServer();

  it('lists the outbox and opens a message, its links clickable, from the keyboard', async () => {
    const em = app.server.orm.em.fork();
    const link = `https://maillage.example/annuaire?relevé=${tag}`;
    // Written as delivered (no job): this file's mail must not wait for another file's runner.
    em.create(MailMessage, {
      to: `lecteur-${tag}@exemple.fr`,
      subject: `Relevé ${tag}`,
      text: `Bonjour,\nLe relevé est en ligne : ${link}.\nBonne journée`,
      html: '<p>Bonjour</p>',
      status: MailStatus.STORED,
      sentAt: new Date(),
    });
    await em.flush();
    const { page, errors } = await app.openSignedIn(DEMO.admin, '/admin/courriels');
    await page.getByRole('heading', { level: 1, name: 'Courriels envoyés' }).waitFor();
    const subject = page.getByRole('button', { name: `Relevé ${tag} (lire le message)` });
    await subject.waitFor();
    await expectNoSeriousAxeViolations(page);

    await subject.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: `Relevé ${tag}` });
    await dialog.waitFor();
    expect(await dialog.getByRole('link', { name: link }).getAttribute('href')).toBe(link);
    await expectNoSeriousAxeViolations(page);
    await screenshot(page, 'admin-sent-mail');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await subject.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(errors).toEqual([]);
  });

  it('lists failed jobs and runs one again from the keyboard', async () => {
    let runs = 0;
    const flaky = defineJob<{ relevé: string }>({
      name: `test.e2e-flaky-${tag}`,
      retry: { limit: 0, delaySeconds: 0, backoff: false },
      handle: async () => {
        if (++runs === 1) throw new Error(`Serveur injoignable ${tag}`);
      },
    });
    const mailer = createMailer({ from: 'test@maillage.test' });
    const runner = await startJobRunner({
      orm: app.server.orm,
      workers: true,
      mailer,
      publicUrl: app.server.url,
      definitions: [flaky],
      polling: { jobsSeconds: 0.5 },
    });
    try {
      await sendJob(app.server.orm.em.fork(), flaky, { relevé: tag });
      await expect.poll(() => runs, { timeout: 10_000 }).toBe(1);
      const { page, errors } = await app.openSignedIn(DEMO.admin, '/admin/taches-en-echec');
      await page.getByRole('heading', { level: 1, name: 'Tâches en échec' }).waitFor();
      const row = page.locator('tbody tr', { hasText: `Serveur injoignable ${tag}` });
      await row.waitFor();
      expect(await row.textContent()).toContain(flaky.name);
      await expectNoSeriousAxeViolations(page);
      await screenshot(page, 'admin-failed-jobs');

      await row.getByRole('button', { name: /^Relancer/ }).focus();
      await page.keyboard.press('Enter');
      await page
        .getByRole('status')
        .filter({ hasText: `Tâche « ${flaky.name} » relancée.` })
        .waitFor();
      await row.waitFor({ state: 'detached' });
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('failures-title');
      await expect.poll(() => runs, { timeout: 10_000 }).toBe(2);
      expect(errors).toEqual([]);
    } finally {
      await runner.stop();
    }
  });
});
