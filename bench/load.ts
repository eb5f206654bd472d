import autocannon from 'autocannon';
import { Client } from 'pg';
import type { BenchRequest } from './scenarios';

export interface LoadResult {
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  /** Failed connections, timeouts, non-2xx answers and answers carrying GraphQL errors. */
  errors: number;
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * Drives the server with autocannon (requests in turn on each connection). Latencies are
 * recorded one by one, so p95 is exact (autocannon's own summary has p90 and p97.5).
 */
export function runLoad(
  url: string,
  requests: BenchRequest[],
  connections: number,
  durationSeconds: number,
): Promise<LoadResult> {
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections,
        duration: durationSeconds,
        requests: requests.map((r) => ({
          method: 'POST',
          path: r.path,
          headers: { 'content-type': 'application/json' },
          body: r.body,
        })),
        verifyBody: (body: string) => !body.includes('"errors":'),
      } as autocannon.Options,
      (error, result) => {
        if (error) return reject(error);
        latencies.sort((a, b) => a - b);
        resolve({
          requests: result.requests.total,
          requestsPerSecond: result.requests.total / (result.duration || durationSeconds),
          latencyMs: {
            p50: percentile(latencies, 50),
            p95: percentile(latencies, 95),
            p99: percentile(latencies, 99),
            max: latencies.at(-1) ?? NaN,
          },
          errors: result.errors + result.timeouts + result.non2xx + ((result as { mismatches?: number }).mismatches ?? 0),
        });
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
}

export async function post(url: string, request: BenchRequest): Promise<unknown> {
  const response = await fetch(url + request.path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: request.body,
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${request.path} answered ${response.status}: ${text.slice(0, 500)}`);
  const json = JSON.parse(text);
  if (json.errors) throw new Error(`${request.path} answered errors: ${JSON.stringify(json.errors).slice(0, 500)}`);
  return json;
}

/** Waits for the statements still running after a load (autocannon stops sending, not the server working). */
async function untilQuiet(client: Client): Promise<void> {
  // Requests queued in the server may reach the database a moment later: ask for 1 s of quiet.
  for (let quiet = 0, i = 0; quiet < 10 && i < 600; i++) {
    const { rows } = await client.query(
      `select count(*)::int as n from pg_stat_activity where datname = current_database() and state <> 'idle' and pid <> pg_backend_pid()`,
    );
    quiet = rows[0].n === 0 ? quiet + 1 : 0;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export interface StatementCount {
  perRequest: number;
  /** The statements seen, most frequent first (normalised by pg_stat_statements). */
  statements: Array<{ calls: number; query: string }>;
}

/**
 * SQL statements per request, counted by PostgreSQL itself (pg_stat_statements, every statement
 * the server sends, BEGIN/COMMIT included): reset, send `count` requests one after the other,
 * read the counters of the benchmark database.
 */
export async function countStatements(
  databaseUrl: string,
  url: string,
  requests: BenchRequest[],
  count = 20,
): Promise<StatementCount> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await untilQuiet(client);
    await client.query('select pg_stat_statements_reset()');
    for (let i = 0; i < count; i++) await post(url, requests[i % requests.length]);
    const { rows } = await client.query<{ calls: string; query: string }>(
      `select calls, query from pg_stat_statements
        where dbid = (select oid from pg_database where datname = current_database()) and query !~* 'pg_stat_statements'
        order by calls desc`,
    );
    const total = rows.reduce((sum, row) => sum + Number(row.calls), 0);
    return {
      perRequest: total / count,
      statements: rows.map((row) => ({ calls: Number(row.calls), query: row.query.replace(/\s+/g, ' ').slice(0, 300) })),
    };
  } finally {
    await client.end();
  }
}
