import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import networks from './data/networks.json';
import organizations from './data/organizations.json';
import roadmap from './data/roadmap.json';
import roadmapDemo from './data/roadmap-demo.json';
import type { SeedRoadmap, SeedRoadmapAction } from './seed-data';

/**
 * roadmap.json is read back against the CTG document, line by line: every title verbatim where
 * it says, every bullet of each theme's part transcribed once, and the counts of our reading.
 */
const DOCUMENT = path.resolve(__dirname, 'data', 'ctg.txt');
const SHARED_DOCUMENT = path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'seed', '000_b47f70461dcfca9a.txt');
const lines = fs.readFileSync(DOCUMENT, 'utf8').split('\n');
const line = (n: number) => lines[n - 1];
const data = roadmap as SeedRoadmap;

/** Our reading of the document (issue 11), theme by theme in its order. */
const READING = {
  RIGHTS_AND_DIGITAL_INCLUSION: { orientations: 2, objectives: 4, actions: 11, subBullets: 11 },
  EARLY_CHILDHOOD: { orientations: 4, objectives: 8, actions: 23, subBullets: 0 },
  CHILDHOOD: { orientations: 3, objectives: 6, actions: 20, subBullets: 9 },
  YOUTH: { orientations: 3, objectives: 5, actions: 18, subBullets: 23 },
  PARENTING: { orientations: 2, objectives: 5, actions: 19, subBullets: 0 },
  SOCIAL_LIFE: { orientations: 3, objectives: 5, actions: 16, subBullets: 4 },
  HOUSING: { orientations: 3, objectives: 5, actions: 15, subBullets: 0 },
};

const objectivesOf = (theme: SeedRoadmap['themes'][number]) => theme.orientations.flatMap((o) => o.objectives);
const actionsOf = (theme: SeedRoadmap['themes'][number]) => objectivesOf(theme).flatMap((o) => o.actions);
const allActions = () => data.themes.flatMap(actionsOf);

/** The document's lines of a theme's part: from its first orientation to the next theme's. */
function partOf(index: number): [number, number] {
  const first = (i: number) => data.themes[i].line ?? data.themes[i].orientations[0].line;
  return [first(index), index + 1 < data.themes.length ? first(index + 1) - 1 : lines.length];
}

describe('the roadmap transcribed from the CTG document', () => {
  it('reads the copy of the document kept beside the data (identical to shared/seed when present)', () => {
    if (fs.existsSync(SHARED_DOCUMENT)) expect(fs.readFileSync(DOCUMENT, 'utf8')).toBe(fs.readFileSync(SHARED_DOCUMENT, 'utf8'));
    expect(line(264)).toMatch(/^1 Structurer et consolider/);
  });

  it('counts, per theme, the orientations, objectives, action bullets and sub-bullets of our reading', () => {
    const counts = Object.fromEntries(
      data.themes.map((theme) => [
        theme.theme,
        {
          orientations: theme.orientations.length,
          objectives: objectivesOf(theme).length,
          actions: actionsOf(theme).length,
          subBullets: actionsOf(theme).reduce((sum, a) => sum + (a.subBullets?.length ?? 0), 0),
        },
      ]),
    );
    expect(counts).toEqual(READING);
    expect(data.themes.map((t) => t.orientations.map((o) => o.number))).toEqual([
      [1, 2],
      [1, 2, 3, 4],
      [1, 2, 3],
      [1, 2, 3],
      [1, 2],
      [1, 2, 3],
      [1, 2, 3],
    ]);
  });

  it('counts the same bullets in the document: every bullet of a theme’s part is transcribed, once, in that theme', () => {
    data.themes.forEach((theme, index) => {
      const [from, to] = partOf(index);
      const bullets: number[] = [];
      let subBullets = 0;
      for (let n = from; n <= to; n++) {
        if (line(n).startsWith('- ')) bullets.push(n);
        else if (line(n).startsWith(' - ')) subBullets++;
      }
      expect(
        actionsOf(theme).map((a) => a.line),
        theme.theme,
      ).toEqual(bullets);
      expect(subBullets, theme.theme).toBe(READING[theme.theme as keyof typeof READING].subBullets);
    });
  });

  it('keeps every title verbatim at its line, and each action’s sub-bullets on the lines under it', () => {
    for (const theme of data.themes) {
      if (theme.line) expect(line(theme.line)).toBe(theme.title);
      for (const orientation of theme.orientations) {
        const own = line(orientation.line);
        if (own !== `${orientation.number} ${orientation.title}`) {
          // « 1 » alone on its line, the title two lines below (the social life part).
          expect(own).toBe(orientation.title);
          expect(line(orientation.line - 2)).toBe(String(orientation.number));
        }
        for (const objective of orientation.objectives) {
          expect(line(objective.line)).toBe(objective.title);
          if (objective.intro) expect(line(objective.introLine!)).toBe(objective.intro);
          for (const action of objective.actions) {
            expect(line(action.line)).toBe(`- ${action.title}`);
            (action.subBullets ?? []).forEach((sub, i) => expect(line(action.line + 1 + i)).toBe(` - ${sub}`));
            expect(line(action.line + 1 + (action.subBullets?.length ?? 0)) ?? '').not.toMatch(/^ - /);
          }
        }
      }
    }
  });

  it('names the structures of each bullet by words of that bullet, and known networks and organisations only', () => {
    const slugs = new Set(organizations.map((o) => o.slug));
    const networkSlugs = new Set(networks.map((n) => n.slug));
    const checked = (action: SeedRoadmapAction) => {
      const text = [action.title, ...(action.subBullets ?? [])].join('\n');
      for (const named of [...(action.leads ?? []), ...(action.partners ?? [])]) {
        expect(slugs.has(named.organization), named.organization).toBe(true);
        expect(text, `line ${action.line}`).toContain(named.mention);
      }
      expect(networkSlugs.has(action.network!), `line ${action.line}`).toBe(true);
    };
    allActions().forEach(checked);
    const youthPlaces = allActions().find((a) => a.line === 423)!;
    expect(youthPlaces.leads!.map((l) => l.organization)).toEqual(['centre-social-nini-chaize', 'cccps', '8fablab-crest']);
  });

  it('keeps the demo follow-up apart, on actions of the roadmap, dated in the past', () => {
    const byLine = new Map(allActions().map((a) => [a.line, a]));
    for (const entry of roadmapDemo.actions) {
      expect(byLine.has(entry.line), `line ${entry.line}`).toBe(true);
      for (const update of entry.updates) expect(update.week).toBeLessThan(0);
    }
    expect(roadmapDemo.$comment[0]).toMatch(/^DEMO ONLY/);
  });
});
