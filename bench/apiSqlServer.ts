// The "just SQL" baseline of the GraphQL API benchmark: a node:http server that answers the dashboard request with SQL
// aggregation straight on the observations table (the rows stored at each input indicator's latest period as of a day).
// `node --import tsx bench/apiSqlServer.ts <DATABASE_URL> <port>`.
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { parsePeriod } from '@ioc/schema/period';
import { parseDatabaseUrl } from '../api/src/db/config';
import { loadServedCatalog } from '../api/src/servedCatalog';
import { UnitDirectory } from '../api/src/units/unitDirectory';
import { inputIndicators, latestEndedPeriods } from './apiQueries';

interface Row {
  [column: string]: unknown;
}

/** Each indicator asked for, with the one period whose stored observations are read for it. */
interface Wanted {
  indicators: string[];
  periods: string[];
}

/**
 * One request's two reads of the observations stored at each indicator's period: per indicator, their sum and count over
 * the unit and its communes; per child, their count.
 */
interface Store {
  sums(wanted: Wanted, units: string[]): Promise<Row[]>;
  counts(wanted: Wanted, units: string[]): Promise<Row[]>;
}

interface SqliteStatement {
  all(...params: unknown[]): Row[];
}

interface SqliteDatabase {
  prepare(sql: string): SqliteStatement;
  pragma(source: string): unknown;
}

interface PgPool {
  query(text: string, values: unknown[]): Promise<{ rows: Row[] }>;
}

// The drivers are dependencies of api (better-sqlite3) and of @mikro-orm/postgresql (pg): resolve them from api.
const requireFromApi = createRequire(new URL('../api/package.json', import.meta.url));

/**
 * Up to this many units the reads probe the (indicator, unit, period) index, once per (indicator, period) pair and unit;
 * above it the (indicator, period) index is read once per pair instead and its rows filtered by unit, since the probes
 * would multiply by the units: SQLite is told so (`indexed by`: left to itself, it reads the counts from the covering
 * (indicator, unit, period) index by indicator alone, every period and unit of it), PostgreSQL gets the unit term kept
 * off the index (`unit || ''`).
 */
const FEW = 8;

const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');

function sqliteStore(file: string): Store {
  const Sqlite = requireFromApi('better-sqlite3') as new (
    file: string,
    options: { readonly: boolean },
  ) => SqliteDatabase;
  const db = new Sqlite(file, { readonly: true });
  db.pragma('journal_mode = WAL');
  // Statements are prepared once per shape (list lengths), as any server would cache them.
  const cache = new Map<string, SqliteStatement>();
  const statement = (key: string, sql: () => string) => {
    let s = cache.get(key);
    if (!s) {
      s = db.prepare(sql());
      cache.set(key, s);
    }
    return s;
  };
  // The (indicator, period) pairs as a VALUES list joined to the table: one index probe per pair (and unit, if few).
  const read = (name: string, select: string, group: string, wanted: Wanted, units: string[]) =>
    statement(
      `${name} ${wanted.indicators.length} ${units.length}`,
      () =>
        `with wanted(indicator, period) as (values ${wanted.indicators.map(() => '(?, ?)').join(', ')}) ` +
        `select ${select} from wanted w join observations o ` +
        `${units.length > FEW ? 'indexed by observations_indicator_period_index ' : ''}` +
        'on o.indicator = w.indicator and o.period = w.period ' +
        `where o.unit in (${marks(units.length)}) group by ${group}`,
    ).all(...wanted.indicators.flatMap((indicator, i) => [indicator, wanted.periods[i]]), ...units);
  return {
    sums: async (wanted, units) =>
      read('sums', 'o.indicator as indicator, sum(o.value) as value, count(*) as n', 'o.indicator', wanted, units),
    counts: async (wanted, units) => read('counts', 'o.unit as unit, count(*) as n', 'o.unit', wanted, units),
  };
}

function postgresStore(url: string): Store {
  const { Pool } = requireFromApi('pg') as { Pool: new (config: { connectionString: string; max: number }) => PgPool };
  // As many connections as MikroORM's default pool holds for the API.
  const pool = new Pool({ connectionString: url, max: 10 });
  // The (indicator, period) pairs as two arrays unnested side by side and joined to the table.
  const read = async (select: string, group: string, wanted: Wanted, units: string[]) =>
    (
      await pool.query(
        `select ${select} from unnest($1::text[], $2::text[]) as w(indicator, period) ` +
          'join observations o on o.indicator = w.indicator and o.period = w.period ' +
          `where ${units.length > FEW ? "(o.unit || '')" : 'o.unit'} = any($3) group by ${group}`,
        [wanted.indicators, wanted.periods, units],
      )
    ).rows;
  return {
    sums: (wanted, units) =>
      read('o.indicator, sum(o.value) as value, count(*)::int as n', 'o.indicator', wanted, units),
    counts: (wanted, units) => read('o.unit, count(*)::int as n', 'o.unit', wanted, units),
  };
}

const [url = '', port = '0'] = process.argv.slice(2);
const { kind, target } = parseDatabaseUrl(url);
const store = kind === 'sqlite' ? sqliteStore(target) : postgresStore(target);
const inputs = inputIndicators(loadServedCatalog());
const units = new UnitDirectory();

/** Each input indicator with its frequency's latest period ended by the day (no fall-back), kept per day. */
const wantedByDay = new Map<string, Wanted>();
function wantedAsOf(day: string): Wanted {
  let wanted = wantedByDay.get(day);
  if (!wanted) {
    const periods = latestEndedPeriods(day);
    wanted = { indicators: inputs.map((i) => i.code), periods: inputs.map((i) => periods[i.frequency].id) };
    wantedByDay.set(day, wanted);
  }
  return wanted;
}

const server = createServer((req, res) => {
  const query = new URL(req.url ?? '/', 'http://localhost').searchParams;
  const answer = async () => {
    // As the API's asOf: a day, or any period, whose last day is used.
    const asOf = parsePeriod(query.get('asOf') ?? '');
    const edition = units.editionFor(parsePeriod(asOf.end));
    const unit = edition?.get(query.get('unit') ?? '');
    if (!edition || !unit) return null;
    const wanted = wantedAsOf(asOf.end);
    // The unit itself (values collected at its level) and every commune below it.
    const below = [unit.code, ...edition.descendants(unit.code, 'commune').map((u) => u.code)];
    const children = edition.children(unit.code);
    const [sums, counts] = await Promise.all([
      store.sums(wanted, below),
      children.length > 0
        ? store.counts(
            wanted,
            children.map((c) => c.code),
          )
        : Promise.resolve([]),
    ]);
    const periodOfIndicator = new Map(wanted.indicators.map((code, i) => [code, wanted.periods[i]]));
    const byChild = new Map(counts.map((c) => [String(c.unit), Number(c.n)]));
    return {
      code: unit.code,
      name: unit.name,
      values: sums.map((s) => ({
        indicator: s.indicator,
        period: periodOfIndicator.get(String(s.indicator)),
        value: s.value,
        n: s.n,
      })),
      children: children.map((c) => ({ code: c.code, name: c.name, observations: byChild.get(c.code) ?? 0 })),
    };
  };
  answer().then(
    (body) => {
      res.writeHead(body ? 200 : 404, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body ?? { error: 'unknown unit or period' }));
    },
    (error: Error) => {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: error.message }));
    },
  );
});
server.listen(Number(port), '127.0.0.1', () => console.log(`ready ${kind}`));
const stop = () => process.exit(0);
process.on('SIGINT', stop).on('SIGTERM', stop);
