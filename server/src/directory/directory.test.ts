import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('the demo territory', () => {
  it('has the 15 communes of the CTG, Véronne merged into Saillans', async () => {
    const { data } = await server.gql(
      `{ territory(slug: "cccps") { name communes { inseeCode name population mergedOn mergedInto { name } } } }`,
    );
    expect(data.territory.communes).toHaveLength(15);
    const veronne = data.territory.communes.find((c: any) => c.name === 'Véronne');
    expect(veronne).toMatchObject({ mergedOn: '2025-01-01', mergedInto: { name: 'Saillans' } });
    const total = data.territory.communes.reduce((sum: number, c: any) => sum + c.population, 0);
    expect(total).toBe(16118);
  });
});
