import type { GraphQLResolveInfo } from 'graphql';
import { directoryJsonTypes } from '../directory/directory.json-types';
import { meetingJsonTypes } from '../meetings/meeting.json-types';
import { trainingJsonTypes } from '../trainings/training.json-types';
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
export function compiledRead(context: Context, info: GraphQLResolveInfo): CompiledRead | null {
  if (context.settings.compiledReads === false) return null;
  const selection = selectionOf(info);
  return selection && { selection, sql: new SqlBuilder(context.actor, jsonReads) };
}

/** One object of `typeName` read by `from` (`from … where …` on alias `row`), or null; undefined when it cannot be compiled. */
export async function readOneAsJson(
  context: Context,
  info: GraphQLResolveInfo,
  typeName: string,
  from: (sql: SqlBuilder) => string,
): Promise<JsonObject | null | undefined> {
  const read = compiledRead(context, info);
  const json = read?.sql.object(typeName, 'row', read.selection);
  if (!read || !json) return undefined;
  const rows = await runPrepared<{ json: JsonObject }>(
    context.em,
    `select ${json} as json ${from(read.sql)} limit 1`,
    read.sql.params,
  );
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
  const read = compiledRead(context, info);
  const json = read?.sql.object(typeName, 'row', read.selection);
  if (!read || !json) return undefined;
  const rows = await runPrepared<{ json: JsonObject[] }>(
    context.em,
    `select coalesce(json_agg(${json} order by ${orderBy}), '[]') as json ${from(read.sql)}`,
    read.sql.params,
  );
  return rows[0].json;
}
