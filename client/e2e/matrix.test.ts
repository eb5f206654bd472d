import { describe, expect, it } from 'vitest';
import { expectNoSeriousAxeViolations, screenshot, useBrowserServer } from './browser';

describe('network matrix', () => {
  const app = useBrowserServer();

  it('crosses organisations and networks, with the role in each cell', async () => {
    const { page, errors } = await app.open(`/reseaux/matrice`);
    await page.getByRole('heading', { level: 1, name: 'Qui est dans quel réseau ?' }).waitFor();
    const table = page.locator('table.matrix__table');
    await table.waitFor();

    const cell = async (organization: string, network: string) =>
      table.evaluate(
        (element, { organization, network }) => {
          const table = element as HTMLTableElement;
          const headers = [...table.tHead!.rows[0].cells].map((header) => header.textContent?.trim());
          const column = headers.indexOf(network);
          const row = [...table.tBodies[0].rows].find((r) => r.cells[0].textContent?.trim() === organization);
          return column < 0 || !row ? null : (row.cells[column].textContent ?? '');
        },
        { organization, network },
      );

    expect(await cell('Centre social – MJC Nini Chaize', 'Réseau Parentalité')).toContain('Animateur');
    expect(await cell('Espace de vie sociale Le Forum', 'Réseau Parentalité')).toContain('Membre');
    expect(await cell('Espace de vie sociale Le Forum', 'Réseau Petite enfance')).toBe('non membre');
    expect(await table.locator('thead th[scope="col"]').count()).toBeGreaterThanOrEqual(8);
    expect(await table.locator('tbody th[scope="row"]').count()).toBeGreaterThan(10);
    await screenshot(page, 'matrix');
    expect(errors).toEqual([]);
  });

  it('has no serious accessibility violation', async () => {
    const { page } = await app.open(`/reseaux/matrice`);
    await page.locator('table.matrix__table').waitFor();
    await expectNoSeriousAxeViolations(page);
  });
});
