// Where a dashboard request of the GraphQL API spends its time, layer by layer, in one process on a seeded database:
// `DATABASE_URL=... node --import tsx bench/apiProfile.ts [unit] [asOf]` (a diagnostic of bench/api.bench.ts; asOf
// defaults to the demo's today, yesterday).
import { ApolloServer } from '@apollo/server';
import { type Period, parsePeriod } from '@ioc/schema/period';
import { execute, parse, validate } from 'graphql';
import type { Actor } from '../api/src/auth/actor';
import type { Context } from '../api/src/context';
import { openDatabase } from '../api/src/db/database';
import { latestPeriod } from '../api/src/engine/latestPeriod';
import { Deadline } from '../api/src/http/executionDeadline';
import { jitGateway, stringifyReusedResults } from '../api/src/http/jitExecutor';
import { protection } from '../api/src/http/protection';
import { defaultLimits } from '../api/src/http/protectionLimits';
import { LiveData } from '../api/src/live/liveData';
import { buildSchema } from '../api/src/schema/buildSchema';
import { loadServedCatalog } from '../api/src/servedCatalog';
import { UnitDirectory, type UnitInEdition } from '../api/src/units/unitDirectory';
import { apiQuery, PROVINCE } from './apiQueries';

const [code = PROVINCE, asOfArg] = process.argv.slice(2);
const asOf = asOfArg ?? new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
const MIN_MS = 3_000;

/** Runs `work` for at least MIN_MS after a warm-up of the same length; its mean time per call in ms. */
async function time(work: () => unknown): Promise<number> {
  for (const t0 = performance.now(); performance.now() - t0 < MIN_MS; ) await work();
  let n = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < MIN_MS) {
    await work();
    n++;
  }
  return (performance.now() - t0) / n;
}

const catalog = loadServedCatalog();
const units = new UnitDirectory();
const db = await openDatabase();
try {
  const data = await LiveData.open({ db, catalog, units });
  // A deadline far enough away for every timed loop (the server's is 10 s per operation).
  // In process, as an analyst (who sees every unit): the profile times the executor, not the sign-in.
  const actor: Actor = {
    userId: 0,
    username: 'profile',
    displayName: 'Profile',
    role: 'ANALYST',
    unit: null,
    agency: null,
    credential: { kind: 'token', id: 0 },
  };
  const context = (): Context => ({ catalog, units, data, actor, deadline: new Deadline(600_000) });
  const day = parsePeriod(asOf).end;
  const unit = units.get(units.current(), code);
  if (!unit) throw new Error(`no unit ${code} in the current edition`);
  const children = unit.edition.children(code).map((u) => ({ unit: u, edition: unit.edition }));
  const schema = buildSchema(catalog);
  const query = apiQuery(code, asOf);
  const document = parse(query);
  const problems = validate(schema, document);
  if (problems.length > 0) throw new Error(problems.map((p) => p.message).join('; '));

  // 0. The first execution in the process: every value of the unit and its children computed (nothing memoised yet).
  const t0 = performance.now();
  const first = await execute({ schema, document, contextValue: context() });
  const coldMs = performance.now() - t0;
  if (first.errors?.length) throw new Error(first.errors.map((e) => e.message).join('; '));
  const bytes = Buffer.byteLength(JSON.stringify(first));
  // 1. The values alone, as latestValues and statusCounts read them: each indicator's latest period as of the day (with
  // the fall-back) and its value through LiveData.valueOf, for the unit and every child (memoised after the first).
  const latestOf = (u: UnitInEdition) =>
    catalog.indicators.map((i) => {
      const valueIn = (p: Period) => data.valueOf(i, u, p);
      return valueIn(latestPeriod(i, day, (p) => valueIn(p).value !== null));
    });
  const valuesMs = await time(() => {
    latestOf(unit);
    for (const child of children) latestOf(child);
  });
  const values = catalog.indicators.length * (1 + children.length);
  // 2. LiveData.refresh: the change-log query (the server makes it at most every 200 ms, not per request).
  const refreshMs = await time(() => data.refresh());
  // 3. graphql-js execute of the parsed, validated query (no Apollo, no HTTP, no refresh; sets memoised).
  const executeMs = await time(() => execute({ schema, document, contextValue: context() }));
  const stringifyMs = await time(async () =>
    JSON.stringify(await execute({ schema, document, contextValue: context() })),
  );
  // 4. Apollo's pipeline with the API's protection plugins and its graphql-jit gateway, no HTTP: each operation run,
  // then its result reused while the data's version and the day stay the same (as api/src/server.ts).
  const guard = protection<Context>({ limits: defaultLimits, production: true, introspection: false, catalog, units });
  const apollo = async (resultKey?: (ctx: Context) => string) => {
    const server = new ApolloServer<Context>({
      gateway: jitGateway<Context>(schema, resultKey ? { resultKey } : {}),
      stringifyResult: stringifyReusedResults(),
      ...guard.apollo,
      plugins: [...guard.apollo.plugins],
    });
    await server.start();
    try {
      return await time(() => server.executeOperation({ query }, { contextValue: context() }));
    } finally {
      await server.stop();
    }
  };
  const jitMs = await apollo();
  const reusedMs = await apollo((ctx) => `${ctx.data.version}|${new Date().toISOString().slice(0, 10)}`);

  const row = (what: string, ms: number) => `| ${what} | ${ms.toFixed(2)} | ${Math.round(1000 / ms)} |`;
  console.log(
    `unit ${code}, as of ${day}: ${values} values (${children.length} children), ${bytes} bytes of JSON (compact)`,
  );
  console.log('| layer | ms / request | requests/s on one core |\n| --- | --: | --: |');
  console.log(row('first graphql-js execute in the process (cold: computes every value)', coldMs));
  console.log(row('latest period + LiveData.valueOf for every value (memoised)', valuesMs));
  console.log(row('LiveData.refresh (change-log query)', refreshMs));
  console.log(row('graphql-js execute (resolvers, sets memoised)', executeMs));
  console.log(row('graphql-js execute + JSON.stringify', stringifyMs));
  console.log(row('Apollo executeOperation, protection plugins, graphql-jit (runs every time)', jitMs));
  console.log(row('Apollo executeOperation, protection plugins, graphql-jit (result reused, as the server)', reusedMs));
} finally {
  await db.close();
}
