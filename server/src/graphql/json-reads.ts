import type { GraphQLResolveInfo } from 'graphql';
import { directoryJsonTypes } from '../directory/directory.json-types';
import { meetingJsonTypes } from '../meetings/meeting.json-types';
import { trainingJsonTypes } from '../trainings/training.json-types';
import type { Viewer } from '../shared/actor';
import type { Context } from './context';
import { JsonCompiler, mergeTypes, SqlBuilder } from './sql-json/compile';
import { runPrepared } from './sql-json/run-prepared';
import { selectionOf, type Selection } from './sql-json/selection';

/** Every compiled type: the hot pages' (directory, networks, calendar, agenda, trainings). */
export const jsonReads = new JsonCompiler(mergeTypes(directoryJsonTypes, meetingJsonTypes, trainingJsonTypes));

/** An object of a compiled answer: plain JSON from PostgreSQL. */
export type JsonObject = Record<string, unknown>;

export interface CompiledRead {
  /** What the field asks of its value. */
  selection: Selection;
  sql: SqlBuilder;
}

/**
 * The start of a compiled read for the current field, or null when compiled reads are off
 * (COMPILED_READS=off, the differential test's reference) or the query cannot be compiled.
 */
function compiledRead(context: Context, info: GraphQLResolveInfo): CompiledRead | null {
  if (context.settings.compiledReads === false) return null;
  const selection = selectionOf(info);
  return selection && { selection, sql: new SqlBuilder(context.actor, jsonReads) };
}

interface Statement {
  sql: string;
  params: unknown[];
}

/**
 * Compiled statements by query field (Apollo keeps a query's parsed document, so a field node is
 * the same object from one request to the next), then by variables and viewer: a page asked again
 * is not walked and compiled again. Bounded per field; gone with the document.
 */
const statements = new WeakMap<object, Map<string, Statement | null>>();
const MAX_STATEMENTS_PER_FIELD = 256;

/** What the policies' SQL reads of the viewer. */
function viewerKey(viewer: Viewer): string {
  if (!viewer) return '-';
  if (viewer.kind === 'system') return 'system';
  const { userId, role, personId, organizationId, animatedNetworkIds, memberNetworkIds } = viewer;
  return `${userId}|${role}|${personId}|${organizationId}|${[...animatedNetworkIds].join(',')}|${[...memberNetworkIds].join(',')}`;
}

export function statementFor(
  context: Context,
  info: GraphQLResolveInfo,
  typeName: string,
  build: (read: CompiledRead) => string | null,
): Statement | null {
  if (context.settings.compiledReads === false) return null;
  const key = `${typeName}|${viewerKey(context.actor)}|${JSON.stringify(info.variableValues)}`;
  let byKey = statements.get(info.fieldNodes[0]);
  if (!byKey) statements.set(info.fieldNodes[0], (byKey = new Map()));
  let statement = byKey.get(key);
  if (statement === undefined) {
    const read = compiledRead(context, info);
    const sql = read && build(read);
    statement = read && sql ? { sql, params: read.sql.params } : null;
    if (byKey.size < MAX_STATEMENTS_PER_FIELD) byKey.set(key, statement);
  }
  return statement;
}

/** One object of `typeName` read by `from` (`from … where …` on alias `row`), or null; undefined when it cannot be compiled. */
export async function readOneAsJson(
  context: Context,
  info: GraphQLResolveInfo,
  typeName: string,
  from: (sql: SqlBuilder) => string,
): Promise<JsonObject | null | undefined> {
  const statement = statementFor(context, info, typeName, ({ selection, sql }) => {
    const json = sql.object(typeName, 'row', selection);
    return json && `select ${json} as json ${from(sql)} limit 1`;
  });
  if (!statement) return undefined;
  const rows = await runPrepared<{ json: JsonObject }>(context.em, statement.sql, statement.params);
  return rows[0]?.json ?? null;
}

/** A list of objects of `typeName`, or undefined when it cannot be compiled. */
export async function readManyAsJson(
  context: Context,
  info: GraphQLResolveInfo,
  typeName: string,
  from: (sql: SqlBuilder) => string,
  orderBy: string,
): Promise<JsonObject[] | undefined> {
  const statement = statementFor(context, info, typeName, ({ selection, sql }) => {
    const json = sql.object(typeName, 'row', selection);
    return json && `select coalesce(json_agg(${json} order by ${orderBy}), '[]') as json ${from(sql)}`;
  });
  if (!statement) return undefined;
  const rows = await runPrepared<{ json: JsonObject[] }>(context.em, statement.sql, statement.params);
  return rows[0].json;
}
