import http from 'node:http';
import { Pool } from 'pg';
import { FLOOR_QUERIES } from './floor-queries';

/**
 * The floor server: POST /floor/<scenario> with the variables as JSON; one prepared SQL
 * statement builds the whole answer, which is sent as PostgreSQL wrote it. Same pool size as
 * Maillage's (10).
 */
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

function readBody(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => resolve(body));
    request.on('error', reject);
  });
}

const server = http.createServer(async (request, response) => {
  try {
    const name = request.url?.startsWith('/floor/') ? request.url.slice('/floor/'.length) : '';
    const query = FLOOR_QUERIES[name];
    if (request.url === '/healthz') return void response.end('{"ok":true}');
    if (!query || request.method !== 'POST') {
      response.writeHead(404).end();
      return;
    }
    const variables = JSON.parse(await readBody(request));
    const { rows } = await pool.query({ name, text: query.sql, values: query.params(variables) });
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(`{"data":${rows[0].data}}`);
  } catch (error) {
    response.writeHead(500, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ errors: [{ message: (error as Error).message }] }));
  }
});

server.listen(Number(process.env.PORT ?? 4300), '127.0.0.1');
process.on('SIGTERM', () => server.close(() => void pool.end().then(() => process.exit(0))));
