import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { emittedSchema } from './emit-schema';
import { SCHEMA_FILE } from './schema';

/** Sections of ../shared/contract/maillage.graphql (copied to schema/contract/) this build delivers. */
const DELIVERED_SECTIONS = ['directory', 'accounts', 'meetings', 'commission', 'trainings', 'links', 'roadmap'];

describe('the emitted schema', () => {
  it('is committed as generated: run `npm run schema:emit` after changing resolvers', async () => {
    expect(fs.readFileSync(SCHEMA_FILE, 'utf8')).toBe(await emittedSchema());
  });

  it('keeps the public contract for every delivered section', () => {
    const root = path.resolve(__dirname, '..', '..', '..');
    const run = () =>
      execFileSync('node', ['schema/tools/check-contract.mjs', 'schema/schema.graphql', ...DELIVERED_SECTIONS], {
        cwd: root,
        encoding: 'utf8',
      });
    expect(run()).toMatch(/contract: holds for directory, accounts/);
  });
});
