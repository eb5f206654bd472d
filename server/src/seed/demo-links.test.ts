import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test/test-server';
import networksData from './data/networks.json';
import { demoLinks } from './links-seed';

/** The links issue 10 asks of the demo, read in the CTG (its lines are quoted in data/links.json). */
const EXPECTED = [
  ['commission-avs', 'parentalite', 'TRANSVERSALITY'],
  ['commission-avs', 'jeunesse', 'TRANSVERSALITY'],
  ['parentalite', 'jeunesse', 'TRANSVERSALITY'],
  ['parentalite', 'petite-enfance', 'PREVENTION_PROTECTION_GATEWAY'],
  ['logement', 'acces-aux-droits-inclusion-numerique', 'REFERRAL'],
  ['petite-enfance', 'logement', 'TRANSVERSALITY'],
  ['petite-enfance', 'commission-avs', 'JOINT_PROJECT'],
  ['enfance-pedt', 'jeunesse', 'TRANSVERSALITY'],
  ...networksData.filter((n) => n.kind !== 'STEERING_COMMITTEE').map((n) => [n.slug, 'comite-de-pilotage', 'JOINT_PROJECT']),
];

const CTG_TEXT = path.resolve(__dirname, 'data', 'ctg.txt');
const demoSlugs = new Set(networksData.map((n) => n.slug));

describe('the demo links between networks', () => {
  let server: TestServer;
  let links: any[];

  beforeAll(async () => {
    server = await startTestServer();
    const response = await server.gql(`{ networkLinks { kind description source from { slug } to { slug }
      sharedOrganizations { slug } } }`);
    // Other files link networks of their own: keep the demo's.
    links = response.data.networkLinks.filter((l: any) => demoSlugs.has(l.from.slug) && demoSlugs.has(l.to.slug));
  });
  afterAll(() => server?.close());

  it('are the links of the CTG: AVS–parenting–youth, the prevention–protection gateway, housing, PEDT–youth, every body to the steering committee', () => {
    const seeded = links.map((l) => [l.from.slug, l.to.slug, l.kind].join(' '));
    expect(seeded.sort()).toEqual(EXPECTED.map((e) => e.join(' ')).sort());
  });

  it('each say in French what the link is and quote the passage of the CTG it comes from', () => {
    for (const link of links) {
      expect(link.description, link.from.slug).toMatch(/\w{3,}/);
      expect(link.source, link.from.slug).toMatch(/^CTG, l\. \d+ : « .+ »/);
    }
  });

  it('show the structures two linked networks share (the parenting and early-childhood networks share some)', () => {
    const gateway = links.find((l) => l.kind === 'PREVENTION_PROTECTION_GATEWAY');
    expect(gateway.sharedOrganizations.length).toBeGreaterThan(0);
  });

  it.skipIf(!fs.existsSync(CTG_TEXT))('quote the CTG verbatim, at the lines given', () => {
    const lines = fs.readFileSync(CTG_TEXT, 'utf8').split('\n');
    for (const link of demoLinks) {
      for (const passage of link.passages) expect(lines[passage.line - 1], `${link.from} → ${link.to}`).toContain(passage.words);
    }
  });
});
