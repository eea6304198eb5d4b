// Where a dashboard request of the GraphQL API spends its time, layer by layer, in one process on a seeded database:
// `DATABASE_URL=... node --import tsx bench/apiProfile.ts [unit] [period]` (a diagnostic of bench/api.bench.ts).
import { ApolloServer } from '@apollo/server';
import type { Indicator } from '@ioc/schema/catalog';
import { isCoarserOrEqual, parsePeriod } from '@ioc/schema/period';
import { execute, parse, validate } from 'graphql';
import type { Context } from '../api/src/context';
import { openDatabase } from '../api/src/db/database';
import { indicatorValue } from '../api/src/engine/indicatorValue';
import { protection } from '../api/src/http/protection';
import { defaultLimits } from '../api/src/http/protectionLimits';
import { LiveData } from '../api/src/live/liveData';
import { buildSchema } from '../api/src/schema/buildSchema';
import { loadServedCatalog } from '../api/src/servedCatalog';
import { UnitDirectory } from '../api/src/units/unitDirectory';
import { apiQuery, KEY_INDICATORS, PROVINCE } from './apiQueries';
import { latestCompleteMonth } from './storeData';

const [code = PROVINCE, periodArg] = process.argv.slice(2);
const month = periodArg ?? latestCompleteMonth(new Date(Date.now() - 86_400_000).toISOString().slice(0, 10)).id;
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
  const context: Context = { catalog, units, data, actor: 'profile' };
  const period = parsePeriod(month);
  const unit = units.get(units.current(), code);
  if (!unit) throw new Error(`no unit ${code} in the current edition`);
  const monthly = catalog.indicators.filter((i) => isCoarserOrEqual(period.frequency, i.frequency));
  const keys = KEY_INDICATORS.map((k) => catalog.byCode.get(k) as Indicator);
  const children = unit.edition.children(code).map((u) => ({ unit: u, edition: unit.edition }));
  const args = { engine: data.engine, targets: data.targets, period };
  const values = monthly.length + children.length * keys.length;

  // 1. The engine alone: the same values through indicatorValue (memoised after the first call).
  const engineMs = await time(() => {
    for (const indicator of monthly) indicatorValue({ ...args, indicator, unit });
    for (const child of children) for (const indicator of keys) indicatorValue({ ...args, indicator, unit: child });
  });
  // 2. LiveData.refresh: the change-log query every request makes.
  const refreshMs = await time(() => data.refresh());
  // 3. graphql-js execute of the parsed, validated query (no Apollo, no HTTP, no refresh).
  const schema = buildSchema(catalog);
  const document = parse(apiQuery(code, month));
  const problems = validate(schema, document);
  if (problems.length > 0) throw new Error(problems.map((p) => p.message).join('; '));
  const executeMs = await time(() => execute({ schema, document, contextValue: context }));
  const bytes = Buffer.byteLength(JSON.stringify(await execute({ schema, document, contextValue: context })));
  const stringifyMs = await time(async () =>
    JSON.stringify(await execute({ schema, document, contextValue: context }), null, 2),
  );
  // 4. Apollo's pipeline with the API's protection plugins (parse, validate, cost, deadline, execute), no HTTP.
  const guard = protection<Context>({ limits: defaultLimits, production: true, introspection: false, catalog, units });
  const apollo = new ApolloServer<Context>({ schema, ...guard, plugins: [...guard.plugins] });
  await apollo.start();
  const query = apiQuery(code, month);
  const apolloMs = await time(() => apollo.executeOperation({ query }, { contextValue: context }));
  await apollo.stop();

  const row = (what: string, ms: number) => `| ${what} | ${ms.toFixed(2)} | ${Math.round(1000 / ms)} |`;
  console.log(`unit ${code}, period ${month}: ${values} values, ${bytes} bytes of JSON (compact)`);
  console.log('| layer | ms / request | requests/s on one core |\n| --- | --: | --: |');
  console.log(row('engine: indicatorValue for every value (memoised)', engineMs));
  console.log(row('LiveData.refresh (change-log query)', refreshMs));
  console.log(row('graphql-js execute (resolvers + engine)', executeMs));
  console.log(row('graphql-js execute + JSON.stringify (pretty, as Apollo)', stringifyMs));
  console.log(row('Apollo executeOperation with the protection plugins', apolloMs));
} finally {
  await db.close();
}
