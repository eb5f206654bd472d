import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO, signIn, startTestServer, type TestServer } from '../../../test/test-server';
import { parisDay } from '../../shared/time';
import { ACTION_COLUMNS } from './action-exports';
import { createTerritory, networkIn, roadmapOf, updatedAction } from './dashboard.test-support';

let server: TestServer;
let territory: Awaited<ReturnType<typeof createTerritory>>;
let net: Awaited<ReturnType<typeof networkIn>>;
let actions: Awaited<ReturnType<typeof roadmapOf>>;

beforeAll(async () => {
  server = await startTestServer();
  territory = await createTerritory(server);
  net = await networkIn(server, territory.id);
  actions = await roadmapOf(server, territory.id, net.animator.network.id);
  await updatedAction(server, net.animator.account.headers, actions.recentUpdate, 'IN_PROGRESS', 30);
});
afterAll(() => server?.close());

const download = (file: string, query: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/roadmap/${file}${query}`, { headers });

/** A CSV line's cells (quoted cells may hold commas and doubled quotes; none holds a line break here). */
const cells = (line: string) =>
  [...line.matchAll(/(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g)].map((m) => (m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]));

describe("the roadmap's actions as files", () => {
  it('downloads a dated CSV, one line per action of the territory in the document’s order, statuses in French', async () => {
    const response = await download('actions.csv', `?territory=${territory.slug}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename=feuille-de-route-actions-${territory.slug}-${parisDay(new Date())}.csv`,
    );
    const bytes = Buffer.from(await response.arrayBuffer());
    // A BOM, so that spreadsheet apps read the accents as UTF-8.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').trimEnd().split('\r\n').map(cells);
    expect(lines[0]).toEqual(ACTION_COLUMNS.map((c) => c.header));
    expect(lines).toHaveLength(1 + 6);
    expect(lines.slice(1).map((l) => [l[0], l[4], l[5]])).toEqual([
      ['Jeunesse', 'Action mise à jour il y a sept mois', 'Pas commencée'],
      ['Jeunesse', 'Action mise à jour le mois dernier', 'En cours'],
      ['Jeunesse', 'Action jamais mise à jour', 'Pas commencée'],
      ['Jeunesse', 'Action réalisée', 'Pas commencée'],
      ['Logement', 'Action logement en cours', 'Pas commencée'],
      ['Logement', 'Action logement abandonnée', 'Pas commencée'],
    ]);
    const updated = lines[2];
    expect(updated.slice(1, 4)).toEqual(['1', 'Orientation YOUTH', 'Objectif jeunesse']);
    expect(updated[6]).toBe(net.animator.network.name);
    expect(updated[8]).toBe(parisDay(new Date(Date.now() - 30 * 86_400_000)));
    expect(updated[10]).toBe('101');
    // The comment is history: for signed-in partners, not for anonymous visitors.
    expect(updated[9]).toBe('');
    const signedIn = await download('actions.csv', `?territory=${territory.slug}`, await signIn(server, DEMO.admin));
    expect(cells((await signedIn.text()).split('\r\n')[2])[9]).toBe("Point d'étape IN_PROGRESS");
  });

  it('downloads the same rows as a spreadsheet with a styled, frozen, filtered header and sized columns', async () => {
    const response = await download('actions.xlsx', `?territory=${territory.slug}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename=feuille-de-route-actions-.+\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as any);
    const sheet = workbook.getWorksheet('Actions')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(ACTION_COLUMNS.map((c) => c.header));
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.getColumn(5).width).toBe(60);
    expect(sheet.rowCount).toBe(1 + 6);
    const row = sheet.getRow(3);
    expect([row.getCell(5).value, row.getCell(6).value]).toEqual(['Action mise à jour le mois dernier', 'En cours']);
    expect(row.getCell(9).value).toBeInstanceOf(Date);
  });

  it('answers 404 for an unknown territory', async () => {
    expect((await download('actions.csv', '?territory=pas-un-territoire')).status).toBe(404);
    expect((await download('actions.xlsx', '?territory=pas-un-territoire')).status).toBe(404);
  });
});
