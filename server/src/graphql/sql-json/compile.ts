import type { Viewer } from '../../shared/actor';
import type { SelectedField, Selection } from './selection';

/**
 * Compiles what a query asks of an object into one SQL expression that builds its JSON
 * (`json_build_object`, `json_agg` of correlated subqueries), the way PostGraphile and Join
 * Monster do: one statement answers a whole page, and the answer is plain objects that GraphQL
 * reads as they are. Each object carries `"$": true`, which tells the resolvers of its type
 * (see compiled-resolvers.ts) that its fields are already there.
 */

/** Parameters in the order their `?` placeholders appear in the SQL being built. */
export class SqlBuilder {
  readonly params: unknown[] = [];
  private aliases = 0;

  constructor(
    readonly viewer: Viewer,
    private readonly compiler: JsonCompiler,
  ) {}

  /** The JSON of the object of `typeName` whose row is `alias`, or null when a field cannot be compiled. */
  object(typeName: string, alias: string, selection: Selection): string | null {
    return this.compiler.object(typeName, alias, selection, this);
  }

  /** A placeholder for a value; call in the order the text is written. */
  param(value: unknown): string {
    this.params.push(value);
    return '?';
  }

  /** A list of placeholders for `in (…)`; never empty (an empty list matches nothing). */
  list(values: readonly unknown[]): string {
    if (!values.length) return 'null';
    return values.map((value) => this.param(value)).join(', ');
  }

  /** A table alias unique within the statement. */
  alias(prefix = 't'): string {
    this.aliases += 1;
    return `${prefix}${this.aliases}`;
  }
}

/** The SQL answering one field of an object whose row is `parent`, or null when it cannot be compiled. */
export type FieldCompiler = (parent: string, field: SelectedField, sql: SqlBuilder) => string | null;

/** The compilable fields of each GraphQL object type. */
export type TypeSpecs = Record<string, Record<string, FieldCompiler>>;

/** json_build_object takes at most 100 arguments: 49 fields and the marker. */
const MAX_FIELDS = 49;

export class JsonCompiler {
  constructor(readonly types: TypeSpecs) {}

  /** The JSON of the object of `typeName` whose row is `alias`, with the fields `selection` asks for. */
  object(typeName: string, alias: string, selection: Selection, sql: SqlBuilder): string | null {
    const spec = this.types[typeName];
    if (!spec || selection.size > MAX_FIELDS) return null;
    const parts = [`'$', true`];
    for (const field of selection.values()) {
      const compile = Object.hasOwn(spec, field.name) ? spec[field.name] : undefined;
      const expression = compile?.(alias, field, sql);
      if (expression == null) return null;
      parts.push(`'${field.name}', ${expression}`);
    }
    return `json_build_object(${parts.join(', ')})`;
  }
}

// Field compilers for the usual shapes. Each writes its SQL strictly left to right, so that
// parameters follow their placeholders.

/** A column, as the JSON value it is (text, number, boolean, array, or null). */
export const column =
  (name: string): FieldCompiler =>
  (parent, field) =>
    field.selection.size ? null : `${parent}.${name}`;

/** An instant, written as Date.toISOString() writes it (the DateTime scalar's own format). */
export const instant =
  (name: string): FieldCompiler =>
  (parent) =>
    `to_char(${parent}.${name} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** Any SQL expression on the parent row. */
export const expression =
  (write: (parent: string, sql: SqlBuilder) => string): FieldCompiler =>
  (parent, field, sql) =>
    field.selection.size ? null : write(parent, sql);

export interface RelationOptions {
  /** `from … where …` reaching the related rows as `alias` from the parent row. */
  from: (parent: string, alias: string, sql: SqlBuilder, field: SelectedField) => string | null;
  /** `order by` of a list (without the words), on `alias`. */
  orderBy?: (alias: string) => string;
}

/** One related object (or null) of `typeName`. */
export function toOne(typeName: string, options: RelationOptions): FieldCompiler {
  return (parent, field, sql) => {
    const alias = sql.alias();
    const json = sql.object(typeName, alias, field.selection);
    const from = json && options.from(parent, alias, sql, field);
    return from ? `(select ${json} ${from} limit 1)` : null;
  };
}

/** A list of related objects of `typeName`, `[]` when there are none. */
export function toMany(typeName: string, options: RelationOptions): FieldCompiler {
  return (parent, field, sql) => {
    const alias = sql.alias();
    const json = sql.object(typeName, alias, field.selection);
    const from = json && options.from(parent, alias, sql, field);
    if (!from) return null;
    const order = options.orderBy ? ` order by ${options.orderBy(alias)}` : '';
    return `coalesce((select json_agg(${json}${order}) ${from}), '[]')`;
  };
}

/**
 * French name order, as `byName` (shared/load.ts) sorts: accents and case aside, then the exact
 * spelling by code point ("C", whatever the database's default collation). Callers add the id
 * after, for names spelt the same.
 */
export const frenchOrder = (expression: string) => `${expression} collate maillage_fr_base, ${expression} collate "C"`;

/** Unites the compiled types of several areas (an area may add fields to another's type, as meetings do to Network). */
export function mergeTypes(...areas: TypeSpecs[]): TypeSpecs {
  const merged: TypeSpecs = {};
  for (const area of areas) {
    for (const [typeName, fields] of Object.entries(area)) merged[typeName] = { ...merged[typeName], ...fields };
  }
  return merged;
}

/**
 * An object of booleans (a `…Permissions` type: what the viewer may do), each from its SQL on the
 * parent row; only those asked for are written.
 */
export function permissions(rules: Record<string, (parent: string, sql: SqlBuilder) => string>): FieldCompiler {
  return (parent, field, sql) => {
    const parts: string[] = [];
    for (const name of field.selection.keys()) {
      if (!Object.hasOwn(rules, name)) return null;
      parts.push(`'${name}', ${rules[name](parent, sql)}`);
    }
    return `json_build_object(${parts.join(', ')})`;
  };
}
