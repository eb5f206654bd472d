import type { EntityManager } from '@mikro-orm/postgresql';
import { NetworkLink } from '../networks/links/network-link.entity';
import { NetworkLinkKind } from '../networks/links/network-link.enums';
import type { Network } from '../networks/network.entity';
import linksData from './data/links.json';

/** A passage of the CTG: its line in the convention's text, and the words found there. */
export interface SeedPassage {
  line: number;
  words: string;
}

export interface SeedLink {
  from: string;
  to: string;
  kind: string;
  description: string;
  passages: SeedPassage[];
}

export const demoLinks = linksData.links as SeedLink[];

/** How a link shows where it comes from: « CTG, l. 582 : « … » », passages joined. */
export const sourceOf = (passages: SeedPassage[]) =>
  passages.map((passage) => `CTG, l. ${passage.line} : « ${passage.words} »`).join(' ; ');

/** The demo's links between networks, drawn by nobody (createdBy null: the seed). */
export function seedLinks(em: EntityManager, networks: Map<string, Network>): void {
  for (const data of demoLinks) {
    const where = `link ${data.from} → ${data.to}`;
    const from = networks.get(data.from);
    const to = networks.get(data.to);
    if (!from || !to) throw new Error(`Seed data: unknown network at ${where}`);
    if (!Object.values<string>(NetworkLinkKind).includes(data.kind)) throw new Error(`Seed data: unknown kind at ${where}`);
    em.create(NetworkLink, {
      from,
      to,
      kind: data.kind as NetworkLinkKind,
      description: data.description,
      source: sourceOf(data.passages),
    });
  }
}
