// The "just SQL" baseline of the GraphQL API benchmark: a node:http server that answers the dashboard request with SQL
// aggregation straight on the observations table (the month's own rows). `node --import tsx bench/apiSqlServer.ts <DATABASE_URL> <port>`.
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { parsePeriod } from '@ioc/schema/period';
import { parseDatabaseUrl } from '../api/src/db/config';
import { loadServedCatalog } from '../api/src/servedCatalog';
import { UnitDirectory } from '../api/src/units/unitDirectory';
import { KEY_INDICATORS, monthlyIndicators } from './apiQueries';

interface Row {
  [column: string]: unknown;
}

/** One request's two reads: per-indicator sums over the unit and its communes, and the children's key values. */
interface Store {
  sums(indicators: string[], periods: string[], units: string[]): Promise<Row[]>;
  keys(indicators: readonly string[], period: string, units: string[]): Promise<Row[]>;
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
 * Up to this many units the sums probe the (indicator, unit, period) index; above it the unit term is kept off the index
 * (`+unit` on SQLite, `unit || ''` on PostgreSQL), since the lists would multiply into one probe per indicator, unit
 * and period: the (indicator, period) index is then read instead, and its rows filtered by unit.
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
  return {
    sums: async (indicators, periods, units) =>
      statement(
        `sums ${indicators.length} ${periods.length} ${units.length}`,
        () =>
          `select indicator, sum(value) as value, count(*) as n from observations where indicator in (${marks(indicators.length)}) ` +
          `and period in (${marks(periods.length)}) and ${units.length > FEW ? '+' : ''}unit in (${marks(units.length)}) ` +
          'group by indicator',
      ).all(...indicators, ...periods, ...units),
    keys: async (indicators, period, units) =>
      statement(
        `keys ${indicators.length} ${units.length}`,
        () =>
          `select unit, indicator, value from observations where indicator in (${marks(indicators.length)}) ` +
          `and period = ? and unit in (${marks(units.length)})`,
      ).all(...indicators, period, ...units),
  };
}

function postgresStore(url: string): Store {
  const { Pool } = requireFromApi('pg') as { Pool: new (config: { connectionString: string; max: number }) => PgPool };
  // As many connections as MikroORM's default pool holds for the API.
  const pool = new Pool({ connectionString: url, max: 10 });
  return {
    sums: async (indicators, periods, units) =>
      (
        await pool.query(
          'select indicator, sum(value) as value, count(*)::int as n from observations where indicator = any($1) ' +
            `and period = any($2) and ${units.length > FEW ? "(unit || '')" : 'unit'} = any($3) group by indicator`,
          [indicators, periods, units],
        )
      ).rows,
    keys: async (indicators, period, units) =>
      (
        await pool.query(
          'select unit, indicator, value from observations where indicator = any($1) and period = $2 and unit = any($3)',
          [indicators, period, units],
        )
      ).rows,
  };
}

const [url = '', port = '0'] = process.argv.slice(2);
const { kind, target } = parseDatabaseUrl(url);
const store = kind === 'sqlite' ? sqliteStore(target) : postgresStore(target);
const catalog = loadServedCatalog();
const indicators = monthlyIndicators(catalog);
const units = new UnitDirectory();

const server = createServer((req, res) => {
  const query = new URL(req.url ?? '/', 'http://localhost').searchParams;
  const answer = async () => {
    const month = parsePeriod(query.get('period') ?? '');
    const edition = units.editionFor(month);
    const unit = edition?.get(query.get('unit') ?? '');
    if (!edition || !unit) return null;
    // The unit itself (values collected at its level) and every commune below it.
    const below = [unit.code, ...edition.descendants(unit.code, 'commune').map((u) => u.code)];
    const children = edition.children(unit.code);
    const [sums, keys] = await Promise.all([
      store.sums(indicators, [month.id], below),
      children.length > 0
        ? store.keys(
            KEY_INDICATORS,
            month.id,
            children.map((c) => c.code),
          )
        : Promise.resolve([]),
    ]);
    const byChild = new Map<string, { indicator: unknown; value: unknown }[]>();
    for (const k of keys) {
      const list = byChild.get(String(k.unit)) ?? [];
      list.push({ indicator: k.indicator, value: k.value });
      byChild.set(String(k.unit), list);
    }
    return {
      code: unit.code,
      name: unit.name,
      values: sums.map((s) => ({ indicator: s.indicator, value: s.value, n: s.n })),
      children: children.map((c) => ({ code: c.code, name: c.name, values: byChild.get(c.code) ?? [] })),
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
