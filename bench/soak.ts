/**
 * `npm run soak -- --minutes 30`: Maillage in production mode under a steady mixed load — reads
 * and writes as the demo roles — for a while, printing each minute's error rate, latency
 * percentiles and the server's memory, then whether memory kept growing.
 */
import { parseArgs } from 'node:util';
import { buildIfNeeded } from './build';
import { openBenchDatabase } from './bench-database';
import { startServer } from './server-process';

const { values } = parseArgs({
  options: { minutes: { type: 'string', default: '30' }, users: { type: 'string', default: '8' } },
});
const MINUTES = Number(values.minutes);
const USERS = Number(values.users);
const PORT = 4810;
const PASSWORD = 'maillage-demo';

type Headers = Record<string, string>;
interface Sample {
  minute: number;
  ms: number;
  ok: boolean;
}

async function gql(url: string, query: string, variables: object = {}, headers: Headers = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers of many shapes, read at a known path
  const body = (await response.json()) as { data?: any; errors?: Array<{ message: string }> };
  return { ok: response.ok && !body.errors, body };
}

async function signIn(url: string, email: string): Promise<Headers> {
  const { body } = await gql(url, `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, {
    e: email,
    p: PASSWORD,
  });
  if (!body.data?.login) throw new Error(`Sign-in failed for ${email}: ${JSON.stringify(body.errors)}`);
  return { authorization: `Bearer ${body.data.login.token}` };
}

/** One step of a user's visit; returns whether it went right. */
type Step = (url: string, round: number) => Promise<boolean>;

function steps(roles: Record<'partner' | 'animator' | 'admin', Headers>): Step[] {
  const words = ['famille', 'jeunes', 'numérique', 'logement', 'crèche', 'Crest', 'Saillans', 'parentalité'];
  const themes = ['YOUTH', 'PARENTING', 'EARLY_CHILDHOOD', 'HOUSING'];
  return [
    async (url, round) =>
      (
        await gql(
          url,
          `query($f: OrganizationFilter) { organizations(first: 20, filter: $f) { totalCount edges { node { name services { name } networks { name } } } } }`,
          { f: { text: words[round % words.length] } },
        )
      ).ok,
    async (url, round) =>
      (
        await gql(url, `query($t: Theme) { networks(theme: $t) { slug name memberships { organization { name } } } }`, {
          t: themes[round % themes.length],
        })
      ).ok,
    async (url) =>
      (
        await gql(
          url,
          `{ network(slug: "commission-avs") { name memberships { organization { name } person { firstName lastName } } } }`,
        )
      ).ok,
    async (url) =>
      (
        await gql(
          url,
          `{ meetings(first: 20, filter: { invitedOnly: true }) { edges { node { id title startsAt myInvitation { response } } } } }`,
          {},
          roles.partner,
        )
      ).ok,
    async (url) => (await gql(url, `{ trainings(upcoming: true) { id title seatsLeft waitlistCount } }`, {}, roles.partner)).ok,
    async (url) => (await gql(url, `{ roadmap { title progress objectives { title actions { title status } } } }`)).ok,
    async (url) => (await gql(url, `{ auditLog(first: 50) { edges { node { action at } } } }`, {}, roles.admin)).ok,
    // A write a week: an animator schedules a meeting of the commission, then cancels it.
    async (url, round) => {
      const start = new Date(Date.UTC(2031, 0, 6 + (round % 300), 8));
      const scheduled = await gql(
        url,
        `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }`,
        {
          input: {
            networkSlugs: ['commission-avs'],
            title: `Réunion d'endurance ${round}`,
            kind: 'NETWORK_MEETING',
            startsAt: start.toISOString(),
            endsAt: new Date(start.getTime() + 3600_000).toISOString(),
          },
        },
        roles.animator,
      );
      if (!scheduled.ok) return false;
      const id = scheduled.body.data.scheduleMeeting.id;
      return (
        await gql(
          url,
          `mutation($id: ID!) { cancelMeeting(id: $id, reason: "Essai d'endurance") { id } }`,
          { id },
          roles.animator,
        )
      ).ok;
    },
  ];
}

function percentile(sorted: number[], p: number) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN;
}

async function main() {
  buildIfNeeded();
  const database = await openBenchDatabase('maillage_soak');
  process.env.DEMO_MODE = 'true';
  const server = await startServer('maillage', database.url, PORT);
  try {
    const roles = {
      partner: await signIn(server.url, 'contact@forum-saillans.demo'),
      animator: await signIn(server.url, 'avs@caf26.demo'),
      admin: await signIn(server.url, 'coordination@cccps.demo'),
    };
    const visit = steps(roles);
    const samples: Sample[] = [];
    const started = Date.now();
    const end = started + MINUTES * 60_000;
    const memory: number[] = [];
    const errorsSeen = new Map<string, number>();
    console.log(`Soak: ${USERS} users for ${MINUTES} min against ${server.url} (production mode, demo data)`);
    console.log('minute  requests  errors  p50 ms  p95 ms  p99 ms  RSS MB');
    let printed = 0;
    const printMinutes = (upTo: number) => {
      for (; printed < upTo; printed++) {
        const minute = samples.filter((s) => s.minute === printed);
        const latencies = minute.map((s) => s.ms).sort((a, b) => a - b);
        const errors = minute.filter((s) => !s.ok).length;
        console.log(
          [
            printed + 1,
            minute.length,
            `${((errors / Math.max(1, minute.length)) * 100).toFixed(2)}%`,
            percentile(latencies, 50),
            percentile(latencies, 95),
            percentile(latencies, 99),
            memory[printed]?.toFixed(0),
          ]
            .map((cell, i) => String(cell).padStart(i === 0 ? 6 : 8))
            .join(''),
        );
      }
    };
    const ticker = setInterval(() => {
      memory.push(server.rss());
      printMinutes(memory.length);
    }, 60_000);
    await Promise.all(
      Array.from({ length: USERS }, async (_, user) => {
        for (let round = user; Date.now() < end; round += USERS) {
          const step = visit[round % visit.length];
          const at = Date.now();
          const ok = await step(server.url, round).catch((error: Error) => {
            errorsSeen.set(error.message, (errorsSeen.get(error.message) ?? 0) + 1);
            return false;
          });
          samples.push({ minute: Math.floor((at - started) / 60_000), ms: Date.now() - at, ok });
        }
      }),
    );
    clearInterval(ticker);
    if (memory.length < MINUTES) memory.push(server.rss());
    printMinutes(memory.length);
    const all = samples.map((s) => s.ms).sort((a, b) => a - b);
    const errors = samples.filter((s) => !s.ok).length;
    console.log(
      `\nAll: ${samples.length} requests, ${((errors / samples.length) * 100).toFixed(3)}% errors, p50 ${percentile(all, 50)} ms, p95 ${percentile(all, 95)} ms, p99 ${percentile(all, 99)} ms; peak RSS ${server.peakRss().toFixed(0)} MB`,
    );
    if (errorsSeen.size) console.log('Client-side failures:', Object.fromEntries(errorsSeen));
    // Growth over the second half against the first half's level: a leak keeps climbing.
    if (memory.length >= 4) {
      const half = Math.floor(memory.length / 2);
      const firstHalf = Math.max(...memory.slice(1, half));
      const lastHalf = Math.max(...memory.slice(half));
      const growth = ((lastHalf - firstHalf) / firstHalf) * 100;
      console.log(
        `Memory: ${firstHalf.toFixed(0)} MB peak in the first half, ${lastHalf.toFixed(0)} MB in the second (${growth >= 0 ? '+' : ''}${growth.toFixed(1)}%) ${growth < 10 ? '✅ flat' : '⚠️ still growing'}`,
      );
    }
  } finally {
    await server.stop();
    await database.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
