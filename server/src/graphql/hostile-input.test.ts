import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isInterfaceType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ormConfig } from '../database/orm-config';
import { ID_PREFIXES } from '../shared/ids';
import { prepareDatabase } from '../../test/prepare-database';
import { DEMO, freshAccount, signIn, startTestServer, type TestServer } from '../../test/test-server';
import { buildMaillageSchema } from './schema';

// Generated hostile input for every query and mutation of the schema, as every kind of caller.
// Mutations as an admin change whatever they reach: this file has a database of its own.
const RUNS = Number(process.env.HOSTILE_RUNS ?? 600);

/** The codes the README documents (« Error codes »): nothing else may reach a client. */
const DOCUMENTED_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PAYLOAD_TOO_LARGE',
  'QUERY_TOO_DEEP',
  'TOO_MANY_ALIASES',
  'TOO_MANY_DIRECTIVES',
  'QUERY_TOO_COSTLY',
  'QUERY_TOO_LONG',
  'SERVICE_UNAVAILABLE',
]);

let server: TestServer;
let orm: MikroORM;
let schema: GraphQLSchema;
let idPool: string[];
const callers: Record<string, Record<string, string>> = {};

beforeAll(async () => {
  const url = new URL(inject('databaseUrl'));
  const name = `maillage_hostile_${process.pid}`;
  const admin = await MikroORM.init(ormConfig(url.toString()));
  await admin.em.getConnection().execute(`drop database if exists "${name}"`);
  await admin.em.getConnection().execute(`create database "${name}"`);
  await admin.close();
  url.pathname = `/${name}`;
  await prepareDatabase(url.toString());
  orm = await MikroORM.init(ormConfig(url.toString()));
  server = await startTestServer({ databaseUrl: url.toString(), production: true });
  schema = await buildMaillageSchema();
  idPool = await existingIds();
  callers.anonymous = {};
  callers.partner = await signIn(server, DEMO.partner);
  callers.animator = await signIn(server, DEMO.avsAnimator);
  callers.admin = await signIn(server, DEMO.admin);
  callers.newcomer = (await freshAccount(server, 'PARTNER')).headers;
  callers.forged = { authorization: 'Bearer ' + 'a'.repeat(43) };
  const revoked = await signIn(server, DEMO.parentingAnimator);
  await server.gql('mutation { logout }', {}, revoked);
  callers.revoked = revoked;
}, 180_000);

afterAll(async () => {
  await server?.close();
  await orm?.close();
});

/** Real ids of every kind (many of them hidden from most callers), a few per table. */
async function existingIds(): Promise<string[]> {
  const connection = orm.em.fork().getConnection();
  const tables: Array<{ table: string }> = await connection.execute(
    `select distinct c.table_name as "table" from information_schema.columns c
      where c.table_schema = 'public' and c.column_name = 'id' and c.data_type = 'text'`,
  );
  const ids: string[] = [];
  for (const { table } of tables) {
    const rows: Array<{ id: string }> = await connection.execute(`select id from "${table}" order by random() limit 4`);
    ids.push(...rows.map((row) => row.id));
  }
  return ids;
}

const oddStrings = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom('', ' ', '\u0000', '\u202e\u200b', '🏳️‍🌈'.repeat(50), "'; drop table meeting; --", '%', '\\', '<script>'),
  fc.nat({ max: 20_000 }).map((n) => 'é'.repeat(n)),
);

function idArbitrary() {
  const prefixes = Object.values(ID_PREFIXES);
  return fc.oneof(
    fc.constantFrom(...idPool),
    fc.tuple(fc.constantFrom(...prefixes), fc.string({ maxLength: 30 })).map(([prefix, rest]) => `${prefix}_${rest}`),
    oddStrings,
  );
}

function scalarArbitrary(name: string): fc.Arbitrary<unknown> {
  switch (name) {
    case 'ID':
      return idArbitrary();
    case 'String':
      return oddStrings;
    case 'Int':
      return fc.oneof(fc.integer(), fc.constantFrom(-1, 0, 2 ** 31 - 1, -(2 ** 31), 2 ** 53), fc.integer({ min: -5, max: 500 }));
    case 'Float':
      return fc.oneof(fc.double(), fc.constantFrom(-1, 0, 1e308, -1e308));
    case 'Boolean':
      return fc.boolean();
    case 'DateTime':
      return fc.oneof(
        fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
        fc.constantFrom('2026-13-45T99:99:99Z', 'demain', '0000-00-00', '1970-01-01T00:00:00Z', '9999-12-31T23:59:59Z'),
        oddStrings,
      );
    default:
      return fc.oneof(oddStrings, fc.integer(), fc.constant(null));
  }
}

/** Mostly well-typed values, sometimes the wrong type or a missing field. */
function valueArbitrary(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  const wrong = fc.oneof(fc.integer(), fc.string(), fc.boolean(), fc.constant(null), fc.constant({}), fc.constant([]));
  if (isNonNullType(type))
    return fc.oneof({ weight: 30, arbitrary: valueArbitrary(type.ofType, depth) }, { weight: 1, arbitrary: wrong });
  const nullable = <T>(arbitrary: fc.Arbitrary<T>) =>
    fc.oneof({ weight: 20, arbitrary }, { weight: 3, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: wrong });
  if (isListType(type)) return nullable(fc.array(valueArbitrary(type.ofType, depth + 1), { maxLength: depth > 1 ? 1 : 6 }));
  if (isEnumType(type)) return nullable(fc.oneof(fc.constantFrom(...type.getValues().map((value) => value.name)), oddStrings));
  if (isScalarType(type)) return nullable(scalarArbitrary(type.name));
  if (isInputObjectType(type)) {
    if (depth > 3) return fc.constant(null);
    const fields = Object.values(type.getFields());
    return nullable(fc.record(Object.fromEntries(fields.map((field) => [field.name, valueArbitrary(field.type, depth + 1)]))));
  }
  return wrong;
}

/** The least selection a field's result allows. */
function selectionOf(field: GraphQLField<unknown, unknown>): string {
  const type = getNamedType(field.type);
  if (isObjectType(type) || isInterfaceType(type) || isUnionType(type)) return ' { __typename }';
  return '';
}

interface Operation {
  name: string;
  kind: 'query' | 'mutation';
  document: string;
  variables: fc.Arbitrary<Record<string, unknown>>;
}

function operationsOf(kind: 'query' | 'mutation'): Operation[] {
  const root = kind === 'query' ? schema.getQueryType() : schema.getMutationType();
  return Object.values(root?.getFields() ?? {}).map((field) => {
    const args = field.args as GraphQLArgument[];
    const declarations = args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
    const passing = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
    const document = `${kind} Hostile${declarations ? `(${declarations})` : ''} { ${field.name}${passing ? `(${passing})` : ''}${selectionOf(field)} }`;
    const variables = fc.record(Object.fromEntries(args.map((arg) => [arg.name, valueArbitrary(arg.type)])), {
      requiredKeys: [],
    });
    return { name: field.name, kind, document, variables };
  });
}

describe('generated hostile input against every operation', () => {
  it('never gets a 500 or an unmasked error, only documented codes, and the data stays whole', async () => {
    const operations = [...operationsOf('query'), ...operationsOf('mutation')];
    const auditBefore = await auditCount();
    let succeededMutations = 0;
    const seenCodes = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(
        fc
          .constantFrom(...operations)
          .chain((operation) => fc.tuple(fc.constant(operation), operation.variables, fc.constantFrom(...Object.keys(callers)))),
        async ([operation, variables, caller]) => {
          const response = await server.gql(operation.document, variables, callers[caller]);
          const context = `${operation.name} as ${caller} with ${JSON.stringify(variables).slice(0, 300)}`;
          expect([200, 400, 413], context).toContain(response.status);
          for (const error of response.errors ?? []) {
            const code = error.extensions?.code ?? 'NONE';
            seenCodes.set(code, (seenCodes.get(code) ?? 0) + 1);
            expect(DOCUMENTED_CODES.has(code), `${context}: ${code} ${error.message}`).toBe(true);
            expect(error.message, context).not.toMatch(
              /stack|at .*\.ts:\d+|TypeError|ReferenceError|syntax error at or near|violates/,
            );
          }
          if (operation.kind === 'mutation' && response.status === 200 && !response.errors) succeededMutations++;
        },
      ),
      { numRuns: RUNS },
    );
    console.log(
      `hostile input: ${RUNS} generated calls over ${operations.length} operations; ${succeededMutations} mutations went through; codes ${JSON.stringify(Object.fromEntries(seenCodes))}`,
    );
    // Every mutation that went through left exactly one audit entry, and none that failed did.
    expect((await auditCount()) - auditBefore).toBe(succeededMutations);
    expect(await brokenInvariants()).toEqual([]);
  }, 600_000);
});

async function auditCount(): Promise<number> {
  const [row] = await orm.em.fork().getConnection().execute('select count(*)::int as count from audit_entry');
  return row.count;
}

/** Whole-data checks: what no sequence of calls may leave behind. */
async function brokenInvariants(): Promise<string[]> {
  const connection = orm.em.fork().getConnection();
  const checks: Record<string, string> = {
    'a meeting without a network': `select id from meeting m where not exists (select 1 from meeting_network mn where mn.meeting_id = m.id)`,
    'agenda positions with gaps or duplicates': `select meeting_id from agenda_item where position is not null group by meeting_id
        having count(*) <> count(distinct position) or max(position) <> count(*) - 1`,
    'a membership of a missing network': `select m.id from membership m left join network n on n.id = m.network_id where n.id is null`,
    'a session that ends before it starts': `select id from meeting where ends_at <= starts_at`,
    'seat counters that disagree with the registrations': `select t.id from training t
        where t.confirmed_count <> (select count(*) from registration r where r.training_id = t.id and r.status = 'CONFIRMED')
           or t.waitlist_count <> (select count(*) from registration r where r.training_id = t.id and r.status = 'WAITLISTED')
           or t.confirmed_count > t.capacity`,
  };
  const broken: string[] = [];
  for (const [name, sql] of Object.entries(checks)) {
    const rows = await connection.execute(sql);
    if (rows.length > 0) broken.push(`${name}: ${JSON.stringify(rows.slice(0, 3))}`);
  }
  return broken;
}
