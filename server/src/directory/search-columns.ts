/**
 * Generated columns behind the French-aware directory search. `maillage_fr` (a copy of the
 * `french` text-search configuration with `unaccent` before stemming) and the immutable helper
 * functions are created by the first migration. The expressions are written as PostgreSQL
 * prints them back, so the migrator sees no difference where there is none.
 */
const weighted = (expression: string, weight: string) =>
  `setweight(to_tsvector('maillage_fr'::regconfig, ${expression}), '${weight}'::"char")`;

export const organizationSearchVector = `(${weighted('name', 'A')} || ${weighted('maillage_join(labels)', 'B')}) || ${weighted("COALESCE(description, ''::text)", 'C')}`;

export const serviceSearchVector = `(${weighted('name', 'A')} || ${weighted('maillage_theme_words(themes)', 'B')}) || ${weighted("COALESCE(description, ''::text)", 'C')}`;

/** Accent- and case-free name, for the trigram fallback that catches typos and for sorting. */
export const plainName = 'maillage_unaccent(lower(name))';

/** A check that keeps a text[] column of enum values to the enum's values. */
export function enumArrayCheck(column: string, values: Record<string, string>): string {
  return `${column} <@ ARRAY[${Object.values(values)
    .map((v) => `'${v}'::text`)
    .join(', ')}]`;
}
