import './single-graphql';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { Pool } from 'pg';
import { postgraphile } from 'postgraphile';

/**
 * PostGraphile 4 serving the benchmark database as it infers it from our tables (its own
 * nested graphql 15), with the functions of postgraphile-search.sql, postgraphile-calendar.sql and
 * postgraphile-trainings.sql.
 * Read-only API, no query log, same pool size as Maillage's (10).
 */
async function main() {
  const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
  for (const file of ['postgraphile-search.sql', 'postgraphile-calendar.sql', 'postgraphile-trainings.sql']) {
    const sqlFile = path.resolve(__dirname, '..', '..', '..', 'bench', 'servers', file);
    await pool.query(fs.readFileSync(fs.existsSync(sqlFile) ? sqlFile : path.join(__dirname, file), 'utf8'));
  }
  const handler = postgraphile(pool, ['public', 'postgraphile_bench'], {
    graphqlRoute: '/graphql',
    disableDefaultMutations: true,
    disableQueryLog: true,
    retryOnInitFail: false,
    setofFunctionsContainNulls: false,
    graphiql: false,
    enableQueryBatching: false,
  });
  const server = http.createServer((request, response) => {
    if (request.url === '/healthz') return void response.end('{"ok":true}');
    handler(request, response);
  });
  server.listen(Number(process.env.PORT ?? 4200), '127.0.0.1');
  process.on('SIGTERM', () => server.close(() => void pool.end().then(() => process.exit(0))));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
