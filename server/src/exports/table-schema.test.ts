import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from './csv';
import { MEDIATION_SCHEMA } from './mediation-numerique.mapper';
import { checkTable, type TableSchema } from './table-schema';

const example = () =>
  parseCsv(fs.readFileSync(path.join(__dirname, 'standards', 'mediation-numerique-exemple-valide.csv'), 'utf8'));

function withCell(table: string[][], field: string, value: string): string[][] {
  const column = table[0].indexOf(field);
  return table.map((row, index) => (index === 1 ? row.map((cell, i) => (i === column ? value : cell)) : row));
}

describe('Table Schema checker', () => {
  it("accepts the médiation numérique standard's own valid example", () => {
    const table = example();
    expect(table).toHaveLength(2);
    expect(checkTable(MEDIATION_SCHEMA, table)).toEqual([]);
  });

  it('rejects a postal code that does not match the pattern', () => {
    const errors = checkTable(MEDIATION_SCHEMA, withCell(example(), 'code_postal', '2640'));
    expect(errors).toEqual([expect.objectContaining({ row: 2, field: 'code_postal', value: '2640' })]);
  });

  it('rejects a value outside a list vocabulary, even among valid ones', () => {
    const errors = checkTable(MEDIATION_SCHEMA, withCell(example(), 'services', 'Aide aux démarches administratives|Jardinage'));
    expect(errors.map((error) => error.field)).toEqual(['services']);
  });

  it('rejects a missing required value, a bad date and a number that is not one', () => {
    let table = withCell(example(), 'adresse', '');
    table = withCell(table, 'date_maj', '2024-02-30');
    table = withCell(table, 'latitude', '44,69');
    expect(
      checkTable(MEDIATION_SCHEMA, table)
        .map((error) => error.field)
        .sort(),
    ).toEqual(['adresse', 'date_maj', 'latitude']);
  });

  it('rejects a header that is not the fields in order, and a duplicate unique value', () => {
    const table = example();
    const swapped = [[table[0][1], table[0][0], ...table[0].slice(2)], ...table.slice(1)];
    expect(checkTable(MEDIATION_SCHEMA, swapped)).toEqual([expect.objectContaining({ row: 1 })]);
    expect(checkTable(MEDIATION_SCHEMA, [...table, table[1]])).toEqual([expect.objectContaining({ row: 3, field: 'id' })]);
  });

  it('applies enums, lengths and bounds on the typed value', () => {
    const schema: TableSchema = {
      fields: [
        { name: 'kind', constraints: { enum: ['a', 'b'] } },
        { name: 'code', constraints: { minLength: 2, maxLength: 3 } },
        { name: 'rank', type: 'integer', constraints: { minimum: 1, maximum: 10 } },
        { name: 'open', type: 'boolean' },
      ],
    };
    expect(
      checkTable(schema, [
        ['kind', 'code', 'rank', 'open'],
        ['a', 'ab', '10', 'true'],
      ]),
    ).toEqual([]);
    const errors = checkTable(schema, [
      ['kind', 'code', 'rank', 'open'],
      ['c', 'abcd', '11', 'yes'],
    ]);
    expect(errors.map((error) => error.field)).toEqual(['kind', 'code', 'rank', 'open']);
  });

  it('reports a type it cannot check instead of passing it', () => {
    const schema: TableSchema = { fields: [{ name: 'where', type: 'geopoint' }] };
    expect(checkTable(schema, [['where'], ['45.0,5.0']])).toHaveLength(1);
  });
});

describe('CSV', () => {
  it('reads back what it writes: commas, quotes, line breaks and accents', () => {
    const rows = [
      ['id', 'texte'],
      ['1', 'Accueil, écoute et « démarches »'],
      ['2', 'Il a dit "oui"\r\npuis "non"'],
      ['3', ''],
    ];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });
});
