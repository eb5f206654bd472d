import path from 'node:path';
import { cleanEnv, num, port, str, url } from 'envalid';

/** Every environment variable Maillage reads, validated once at boot. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env) {
  const values = cleanEnv(env, {
    NODE_ENV: str({ choices: ['development', 'production', 'test'], default: 'production' }),
    PORT: port({ default: 4000, desc: 'HTTP port serving the API (/graphql) and the client (/)' }),
    DATABASE_URL: url({ default: undefined, desc: 'External PostgreSQL; the embedded one is used when unset' }),
    DATA_DIR: str({ default: path.resolve('.data'), desc: 'Where the embedded PostgreSQL keeps its files' }),
    EMBEDDED_PG_PORT: port({ default: 54329, desc: 'Port of the embedded PostgreSQL (5432 is often taken)' }),
    PUBLIC_URL: str({ default: '', desc: 'Absolute URL of the site, used in exported links' }),
    DEMO_MODE: str({
      choices: ['auto', 'true', 'false'],
      default: 'auto',
      desc: 'Load the demo data and let demo accounts sign in',
    }),
    COMPILED_READS: str({
      choices: ['on', 'off'],
      default: 'on',
      desc: 'Hot pages read in one SQL statement building their JSON; off: through the resolvers alone',
    }),
    TRUST_PROXY: str({ default: '', desc: "Express 'trust proxy' (e.g. 1 behind one reverse proxy)" }),
    SHUTDOWN_GRACE_SECONDS: num({
      default: 2,
      desc: 'On SIGTERM, keep serving this long (readiness answers 503) before closing connections',
    }),
    LOG_LEVEL: str({ choices: ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], default: 'info' }),
    WORKERS: str({
      choices: ['on', 'off', 'only'],
      default: 'on',
      desc: 'Background jobs: on (HTTP and workers in one process), off (HTTP only; jobs are still queued), only (workers, no HTTP)',
    }),
    SMTP_URL: url({
      default: undefined,
      desc: 'Mail server (smtp:// or smtps://user:password@host:port); unset: mail stays in the outbox',
    }),
    MAIL_FROM: str({ default: '', desc: 'Sender of outgoing mail; defaults to Maillage <no-reply@host of PUBLIC_URL>' }),
  });
  const publicUrl = values.PUBLIC_URL || `http://localhost:${values.PORT}`;
  // Demo mode by default wherever the database is the embedded one (a demo by construction) or
  // outside production; a production DATABASE_URL never gets demo data or demo logins unasked.
  const demoMode =
    values.DEMO_MODE === 'auto' ? !values.DATABASE_URL || values.NODE_ENV !== 'production' : values.DEMO_MODE === 'true';
  return {
    env: values.NODE_ENV,
    demoMode,
    compiledReads: values.COMPILED_READS === 'on',
    secureCookies: publicUrl.startsWith('https://'),
    trustProxy:
      values.TRUST_PROXY === '' ? undefined : /^\d+$/.test(values.TRUST_PROXY) ? Number(values.TRUST_PROXY) : values.TRUST_PROXY,
    isProduction: values.NODE_ENV === 'production',
    port: values.PORT,
    databaseUrl: values.DATABASE_URL as string | undefined,
    dataDir: values.DATA_DIR,
    embeddedPgPort: values.EMBEDDED_PG_PORT,
    publicUrl,
    logLevel: values.LOG_LEVEL,
    shutdownGraceSeconds: values.SHUTDOWN_GRACE_SECONDS,
    workers: values.WORKERS as 'on' | 'off' | 'only',
    smtpUrl: values.SMTP_URL as string | undefined,
    mailFrom: values.MAIL_FROM || `Maillage <no-reply@${new URL(publicUrl).hostname}>`,
  };
}

export type Config = ReturnType<typeof loadConfig>;
