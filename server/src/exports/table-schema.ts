/**
 * Checks a table against a frictionless Table Schema (https://specs.frictionlessdata.io/table-schema/),
 * driven by the schema file alone: header, field types and constraints (required, unique, pattern,
 * enum, minLength/maxLength, minimum/maximum). A type or format it does not know is reported as an
 * error rather than passed silently.
 *
 * Lists encoded in one cell ("a|b") are checked the way the schema states them: the médiation
 * numérique standard encodes its list vocabularies as patterns over the whole cell.
 */

export interface FieldConstraints {
  required?: boolean;
  unique?: boolean;
  pattern?: string;
  enum?: unknown[];
  minLength?: number;
  maxLength?: number;
  minimum?: number | string;
  maximum?: number | string;
}

export interface TableSchemaField {
  name: string;
  type?: string;
  format?: string;
  constraints?: FieldConstraints;
  trueValues?: string[];
  falseValues?: string[];
  decimalChar?: string;
  groupChar?: string;
  bareNumber?: boolean;
}

export interface TableSchema {
  fields: TableSchemaField[];
  missingValues?: string[];
  primaryKey?: string | string[];
}

export interface TableError {
  /** Line of the table, 1 being the header. */
  row: number;
  field?: string;
  value?: string;
  message: string;
}

type Value = string | number | boolean;
type Cast = { ok: true; value: Value } | { ok: false; message: string };

export function fieldNames(schema: TableSchema): string[] {
  return schema.fields.map((field) => field.name);
}

/** Every error of the table (`table[0]` is the header); an empty list means the table is valid. */
export function checkTable(schema: TableSchema, table: readonly (readonly string[])[]): TableError[] {
  const [header = [], ...rows] = table;
  const expected = fieldNames(schema);
  if (header.join('\u0000') !== expected.join('\u0000')) {
    return [{ row: 1, message: `header is [${header.join(', ')}], the schema's fields are [${expected.join(', ')}]` }];
  }
  const errors: TableError[] = [];
  const seen = schema.fields.map(() => new Map<string, number>());
  rows.forEach((cells, index) => {
    const row = index + 2;
    if (cells.length !== schema.fields.length) {
      errors.push({ row, message: `${cells.length} cells for ${schema.fields.length} fields` });
      return;
    }
    schema.fields.forEach((field, column) => {
      const value = cells[column];
      for (const message of checkCell(schema, field, value)) errors.push({ row, field: field.name, value, message });
      if (isUnique(schema, field) && !isMissing(schema, value)) {
        const first = seen[column].get(value);
        if (first) errors.push({ row, field: field.name, value, message: `duplicate of row ${first}` });
        else seen[column].set(value, row);
      }
    });
  });
  return errors;
}

/** The errors of one cell, in the raw (CSV) form the schema describes. */
export function checkCell(schema: TableSchema, field: TableSchemaField, raw: string): string[] {
  if (isMissing(schema, raw)) return isRequired(schema, field) ? ['a value is required'] : [];
  const cast = castValue(field, raw);
  if (!cast.ok) return [cast.message];
  const errors: string[] = [];
  const { pattern, enum: allowed, minLength, maxLength, minimum, maximum } = field.constraints ?? {};
  if (pattern !== undefined && !compilePattern(pattern).test(raw)) errors.push(`does not match the pattern ${pattern}`);
  if (allowed && !allowed.some((option) => sameValue(castValue(field, String(option)), cast.value))) {
    errors.push(`is not one of ${allowed.join(', ')}`);
  }
  const length = [...raw].length;
  if (minLength !== undefined && length < minLength) errors.push(`is shorter than ${minLength} characters`);
  if (maxLength !== undefined && length > maxLength) errors.push(`is longer than ${maxLength} characters`);
  if (minimum !== undefined && compareBound(field, cast.value, minimum) < 0) errors.push(`is below the minimum ${minimum}`);
  if (maximum !== undefined && compareBound(field, cast.value, maximum) > 0) errors.push(`is above the maximum ${maximum}`);
  return errors;
}

function isMissing(schema: TableSchema, raw: string): boolean {
  return (schema.missingValues ?? ['']).includes(raw);
}

function primaryKey(schema: TableSchema): string[] {
  return schema.primaryKey === undefined ? [] : [schema.primaryKey].flat();
}

// A single-field primary key is required and unique by definition.
function isRequired(schema: TableSchema, field: TableSchemaField): boolean {
  return field.constraints?.required === true || primaryKey(schema).includes(field.name);
}

function isUnique(schema: TableSchema, field: TableSchemaField): boolean {
  const key = primaryKey(schema);
  return field.constraints?.unique === true || (key.length === 1 && key[0] === field.name);
}

const patterns = new Map<string, RegExp>();

// Table Schema patterns follow XML Schema: they match the whole value, hence the anchors.
function compilePattern(pattern: string): RegExp {
  let regexp = patterns.get(pattern);
  if (!regexp) patterns.set(pattern, (regexp = new RegExp(`^(?:${pattern})$`, 'u')));
  return regexp;
}

function sameValue(option: Cast, value: Value): boolean {
  return option.ok && option.value === value;
}

function compareBound(field: TableSchemaField, value: Value, bound: number | string): number {
  const limit = castValue(field, String(bound));
  if (!limit.ok) return 0;
  return value < limit.value ? -1 : value > limit.value ? 1 : 0;
}

const fail = (message: string): Cast => ({ ok: false, message });

/** The logical value of a raw cell; dates stay ISO strings so that they compare as text. */
export function castValue(field: TableSchemaField, raw: string): Cast {
  const format = field.format ?? 'default';
  const type = field.type ?? 'string';
  switch (type) {
    case 'string':
      return castString(format, raw);
    case 'number':
    case 'integer':
      return castNumber(field, raw);
    case 'boolean':
      return castBoolean(field, raw);
    case 'date':
      return format === 'default' ? castIsoDate(raw) : format === 'any' ? castAny(raw, 'date') : unsupported(field);
    case 'datetime':
      return format === 'default' ? castDateTime(raw) : format === 'any' ? castAny(raw, 'datetime') : unsupported(field);
    case 'time':
      return format === 'default' && /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/.test(raw)
        ? { ok: true, value: raw }
        : fail('is not a time (hh:mm:ss)');
    case 'year':
      return /^-?\d{4}$/.test(raw) ? { ok: true, value: Number(raw) } : fail('is not a year');
    case 'object':
    case 'array':
      return castJson(type, raw);
    case 'any':
      return { ok: true, value: raw };
    default:
      return unsupported(field);
  }
}

function unsupported(field: TableSchemaField): Cast {
  return fail(`type ${field.type} with format ${field.format ?? 'default'} is not supported by this checker`);
}

function castString(format: string, raw: string): Cast {
  const valid: Record<string, (value: string) => boolean> = {
    default: () => true,
    email: (value) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value),
    uri: (value) => URL.canParse(value),
    uuid: (value) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value),
    binary: (value) => /^[A-Za-z0-9+/]*={0,2}$/.test(value) && value.length % 4 === 0,
  };
  if (!valid[format]) return fail(`string format ${format} is not supported by this checker`);
  return valid[format](raw) ? { ok: true, value: raw } : fail(`is not a valid ${format === 'default' ? 'string' : format}`);
}

function castNumber(field: TableSchemaField, raw: string): Cast {
  let text = raw;
  if (field.groupChar) text = text.split(field.groupChar).join('');
  if (field.decimalChar && field.decimalChar !== '.') text = text.split(field.decimalChar).join('.');
  if (field.bareNumber === false) text = text.replace(/^[^\d+\-.]+|[^\d.]+$/g, '');
  if (field.type === 'integer') {
    return /^[+-]?\d+$/.test(text) ? { ok: true, value: Number(text) } : fail('is not an integer');
  }
  const special: Record<string, number> = { NaN: Number.NaN, INF: Infinity, '-INF': -Infinity };
  if (text in special) return { ok: true, value: special[text] };
  return /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(text) ? { ok: true, value: Number(text) } : fail('is not a number');
}

function castBoolean(field: TableSchemaField, raw: string): Cast {
  if ((field.trueValues ?? ['true', 'True', 'TRUE', '1']).includes(raw)) return { ok: true, value: true };
  if ((field.falseValues ?? ['false', 'False', 'FALSE', '0']).includes(raw)) return { ok: true, value: false };
  return fail('is not a boolean');
}

function castIsoDate(raw: string): Cast {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  if (!match) return fail('is not a date (YYYY-MM-DD)');
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === raw ? { ok: true, value: raw } : fail('is not a calendar date');
}

function castDateTime(raw: string): Cast {
  const iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/.test(raw);
  return iso && !Number.isNaN(Date.parse(raw)) ? { ok: true, value: Date.parse(raw) } : fail('is not a datetime (ISO 8601)');
}

function castAny(raw: string, type: string): Cast {
  const time = Date.parse(raw);
  return Number.isNaN(time) ? fail(`is not a ${type}`) : { ok: true, value: time };
}

function castJson(type: 'object' | 'array', raw: string): Cast {
  try {
    const value: unknown = JSON.parse(raw);
    const fits = type === 'array' ? Array.isArray(value) : typeof value === 'object' && value !== null && !Array.isArray(value);
    return fits ? { ok: true, value: raw } : fail(`is not a JSON ${type}`);
  } catch {
    return fail(`is not a JSON ${type}`);
  }
}
