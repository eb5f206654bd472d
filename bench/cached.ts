import 'reflect-metadata';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { openBenchDatabase } from './bench-database';
import { buildIfNeeded } from './build';
import { startServer } from './server-process';
import { publicQueryAllowList } from '../server/src/http/public-cache-queries';

/**
 * npm run bench:cached [-- --duration 10 --connections 10]
 * The anonymous directory page as a CDN sees it, reported apart from the side-by-side table: a
 * persisted GET answered in full (what a cache miss costs), and its revalidation with If-None-Match
 * (304 from the directory's revision, without running the query).
 */

interface Figure {
  requestsPerSecond: number;
  p95: number;
  statuses: string;
}

function measure(url: string, headers: Record<string, string>, connections: number, duration: number): Promise<Figure> {
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  return new Promise((resolve, reject) => {
    const instance = autocannon({ url, connections, duration, headers }, (error, result) => {
      if (error) return reject(error);
      latencies.sort((a, b) => a - b);
      resolve({
        requestsPerSecond: result.requests.total / (result.duration || duration),
        p95: latencies[Math.max(0, Math.ceil(0.95 * latencies.length) - 1)] ?? NaN,
        statuses: [...statuses].map(([status, count]) => `${count}×${status}`).join(' '),
      });
    });
    instance.on('response', (client, status, _bytes, responseTime) => {
      latencies.push(responseTime);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    });
  });
}

async function main() {
  const { values } = parseArgs({
    options: { duration: { type: 'string', default: '10' }, connections: { type: 'string', default: '10' } },
  });
  const [duration, connections] = [Number(values.duration), Number(values.connections)];
  buildIfNeeded();
  const database = await openBenchDatabase();
  const server = await startServer('maillage', database.url, 4127);
  try {
    const [hash] = [...publicQueryAllowList().entries()].find(([, text]) => text.startsWith('query DirectorySearch'))!;
    const params = new URLSearchParams({
      variables: JSON.stringify({ first: 20 }),
      extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }),
    });
    const url = `${server.url}/graphql?${params}`;
    const headers = { 'apollo-require-preflight': 'true' };
    const first = await fetch(url, { headers });
    const etag = first.headers.get('etag');
    if (first.status !== 200 || !etag) throw new Error(`No public answer (${first.status}): ${await first.text()}`);
    console.info(
      `Directory page, first 20 of the bench data, anonymous GET; Cache-Control: ${first.headers.get('cache-control')}`,
    );
    await measure(url, headers, connections, 3); // warm-up
    for (const [label, extra] of [
      ['full answer (cache miss)', {}],
      ['revalidation (If-None-Match)', { 'if-none-match': etag }],
    ] as const) {
      const figure = await measure(url, { ...headers, ...extra }, connections, duration);
      console.info(
        `  ${label.padEnd(30)} ${figure.requestsPerSecond.toFixed(0).padStart(6)} req/s  p95 ${figure.p95.toFixed(1)} ms  (${figure.statuses})`,
      );
    }
    console.info('The machine is shared: figures are approximate.');
  } finally {
    await server.stop();
    await database.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
