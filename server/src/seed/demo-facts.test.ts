import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test/test-server';
import networks from './data/networks.json';
import organizations from './data/organizations.json';
import type { SeedBasis, SeedNetwork } from './seed-data';

/**
 * The demo's facts against the CTG document: every membership and every animator either quotes
 * the passage that states it (line, words, the words naming the organisation) or says it is a
 * demo assumption, and the seeded database holds exactly those facts.
 */
const lines = fs.readFileSync(path.resolve(__dirname, 'data', 'ctg.txt'), 'utf8').split('\n');
const README = fs.readFileSync(path.resolve(__dirname, '..', '..', '..', 'README.md'), 'utf8');
const data = networks as SeedNetwork[];
const ANIMATING = ['ANIMATOR', 'CO_ANIMATOR'];

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
const words = (text: string) =>
  fold(text)
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 2);

/** The words name the organisation: each one begins a word of its name (plurals aside), or its description quotes them. */
function names(mention: string, slug: string): boolean {
  const organization = organizations.find((o) => o.slug === slug)!;
  const own = words(organization.name);
  const stem = (word: string) => word.slice(0, 5);
  return (
    words(mention).every((word) => own.some((name) => stem(name) === stem(word))) ||
    fold(organization.description ?? '').includes(fold(mention))
  );
}

function checkStated(basis: SeedBasis, slug: string, where: string) {
  if ('assumption' in basis) {
    expect(basis.assumption.length, where).toBeGreaterThan(20);
    return false;
  }
  expect(lines[basis.line - 1], where).toContain(basis.quote);
  expect(basis.quote, where).toContain(basis.mention);
  expect(names(basis.mention, slug), `${where}: « ${basis.mention} » does not name ${slug}`).toBe(true);
  return true;
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

describe('the demo networks, fact by fact against the CTG document', () => {
  it('quotes, for every membership and animator, the passage that states it, or says it is a demo assumption', () => {
    const statedAnimations: string[] = [];
    for (const network of data) {
      for (const member of network.members) {
        const where = `${network.slug} / ${member.organization} (${member.role})`;
        checkStated(member.membership, member.organization, where);
        if (!ANIMATING.includes(member.role)) {
          expect(member.animation, where).toBeUndefined();
          continue;
        }
        expect(member.animation, where).toBeDefined();
        if (checkStated(member.animation!, member.organization, where)) {
          expect((member.animation as { quote: string }).quote, where).toMatch(/anim|coordin|initi/i);
          statedAnimations.push(`${network.slug}/${member.organization}`);
        }
      }
    }
    // The document states three animations (youth co-animation, parenting initiator, early childhood coordination); the rest is the demo's.
    expect(statedAnimations.sort()).toEqual([
      'jeunesse/centre-social-crest-actif',
      'jeunesse/centre-social-nini-chaize',
      'parentalite/centre-social-nini-chaize',
      'petite-enfance/cccps',
    ]);
  });

  it('seeds exactly these memberships', async () => {
    const { data: seeded } = await server.gql(
      `{ networks { slug territory { slug } memberships { role organization { slug } } } }`,
    );
    const facts = (list: Array<{ slug: string; members: Array<{ role: string; organization: string }> }>) =>
      list.flatMap((n) => n.members.map((m) => `${n.slug} ${m.organization} ${m.role}`)).sort();
    const ctg = seeded.networks
      .filter((n: any) => n.territory.slug === 'cccps')
      .map((n: any) => ({
        slug: n.slug,
        members: n.memberships.map((m: any) => ({ role: m.role, organization: m.organization.slug })),
      }));
    expect(facts(ctg)).toEqual(facts(data));
  });

  it('lists the demo assumptions in the README, network by network', () => {
    const section = README.split('### What the demo assumes')[1]?.split('\n## ')[0] ?? '';
    for (const network of data) {
      if (network.members.some((m) => 'assumption' in m.membership || (m.animation && 'assumption' in m.animation)))
        expect(section, network.slug).toContain(`\`${network.slug}\``);
    }
  });
});

describe('the directory keeps to what the document says', () => {
  it('gives the online tools their addresses, not the structures that carry them', async () => {
    const { data: found } = await server.gql(`{
      nini: organization(slug: "centre-social-nini-chaize") { website services { name url } }
      departement: organization(slug: "departement-drome") { website services { name url } }
    }`);
    expect(found.nini.website).toBeNull();
    expect(found.nini.services).toContainEqual({
      name: 'Plateforme des solidarités Vallée de la Drôme',
      url: 'https://plateforme-solidarites-valleedeladrome.fr',
    });
    expect(found.departement.website).toBeNull();
    expect(found.departement.services).toContainEqual({
      name: "Cartographie des acteurs de l'inclusion numérique",
      url: 'https://cartographie-numeriqueinclusif.ladrome.fr',
    });
    // data·inclusion: where the service is mobilised.
    const exported = (await (await fetch(`${server.url}/exports/data-inclusion/services.json`)).json()) as any[];
    expect(exported.find((s: any) => s.nom === 'Plateforme des solidarités Vallée de la Drôme').lien_mobilisation).toBe(
      'https://plateforme-solidarites-valleedeladrome.fr',
    );
  });

  it('counts the CCAS « guichet enregistreur » among planned actions, not among services', async () => {
    expect(organizations.flatMap((o) => o.services).filter((s) => /guichet enregistreur/i.test(s.name))).toEqual([]);
    const { data: found } = await server.gql(
      `{ roadmap(filter: { territorySlug: "cccps", search: "guichet enregistreur" }) { objectives(filter: { search: "guichet enregistreur" }) { actions(filter: { search: "guichet enregistreur" }) { title leads { slug } } } } }`,
    );
    const actions = found.roadmap.flatMap((o: any) => o.objectives.flatMap((ob: any) => ob.actions));
    expect(actions).toEqual([
      {
        title: 'Positionnement des CCAS (Crest, Aouste...) comme guichet enregistreur « logement social »',
        leads: [{ slug: 'ccas-aouste-sur-sye' }, { slug: 'ccas-crest' }],
      },
    ]);
  });

  it('has the bailleurs sociaux among the housing actors, and Saint-Louis in no network (only its « salle d’armes », l. 186)', async () => {
    const { data: found } = await server.gql(`{
      logement: network(slug: "logement") { organizations { slug } }
      saintLouis: organization(slug: "etablissement-saint-louis") { networks { slug } }
    }`);
    expect(found.logement.organizations.map((o: any) => o.slug)).toContain('bailleurs-sociaux');
    expect(found.saintLouis.networks).toEqual([]);
    expect(lines.filter((line) => /saint.louis/i.test(line))).toEqual([lines[185]]);
  });
});
