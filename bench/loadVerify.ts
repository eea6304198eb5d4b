// After the load: every observation the API acknowledged is read back through the API, both as its newest stored
// revision (`valueHistory(indicator, period, first: 1)`) and as the value the API computes
// (`value(indicator, period)`), many keys per request under aliases, and compared with what was sent. Each key was
// written once in the run, so the value read must be exactly the value sent. The stored revision is the check; the
// computed value is counted beside it (for an indicator averaged with weights over units it is null at a commune
// whose weight is missing, though the observation is stored).
import type { WriteKey } from './loadWorkload';
import { withClient } from './pgCopy';

/** Keys per read-back request: one alias each, under the API's alias limit (100). */
const KEYS_PER_REQUEST = 50;
/** Read-back requests in flight at once. */
const PARALLEL = 4;

export interface Verification {
  checked: number;
  /** Read, but not the value sent. */
  mismatches: number;
  /** No stored revision. */
  missing: number;
  /** Of the missing: the computed value equals the value sent all the same. */
  missingButComputed: number;
  /** The computed value differs from the value sent (or is null), whatever the stored revision. */
  computedDiffers: number;
  /** Neither the stored revision nor the computed value read through the API is the value sent. */
  lost: number;
  /** Straight from PostgreSQL's observations table, beside the API: rows missing, rows with another value. */
  database: { missing: number; differs: number };
  /** Keys whose read-back request failed (HTTP or GraphQL errors). */
  unreadable: number;
  requests: number;
  seconds: number;
  samples: string[];
}

type History = {
  value: { value: number | null } | null;
  valueHistory: { edges: { node: { value: number } }[] } | null;
} | null;
type Answer = { data?: Record<string, History>; errors?: unknown };

export async function verifyWrites(
  baseUrl: string,
  token: string,
  databaseUrl: string,
  keys: readonly WriteKey[],
): Promise<Verification> {
  const t0 = performance.now();
  const out: Verification = {
    checked: 0,
    mismatches: 0,
    missing: 0,
    missingButComputed: 0,
    computedDiffers: 0,
    lost: 0,
    database: { missing: 0, differs: 0 },
    unreadable: 0,
    requests: 0,
    seconds: 0,
    samples: [],
  };
  const note = (problem: string) => {
    if (out.samples.length < 5) out.samples.push(problem.slice(0, 300));
  };
  const chunks: WriteKey[][] = [];
  for (let i = 0; i < keys.length; i += KEYS_PER_REQUEST) chunks.push(keys.slice(i, i + KEYS_PER_REQUEST));
  let nextChunk = 0;
  const reader = async () => {
    while (nextChunk < chunks.length) {
      const chunk = chunks[nextChunk++] as WriteKey[];
      const fields = chunk.map(
        (k, i) =>
          `k${i}: unit(code: "${k.unit}") { value(indicator: ${k.indicator}, period: "${k.period}") { value } ` +
          `valueHistory(indicator: ${k.indicator}, period: "${k.period}", first: 1) { edges { node { value } } } }`,
      );
      out.requests++;
      const response = await fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: `{ ${fields.join(' ')} }` }),
      });
      const text = await response.text();
      const json = response.status === 200 ? (JSON.parse(text) as Answer) : undefined;
      if (!json?.data || json.errors) {
        out.unreadable += chunk.length;
        note(`HTTP ${response.status}: ${text}`);
        continue;
      }
      for (const [i, key] of chunk.entries()) {
        out.checked++;
        const answer = json.data[`k${i}`];
        const value = answer?.valueHistory?.edges[0]?.node.value ?? null;
        const computed = answer?.value?.value ?? null;
        if (computed !== key.value) out.computedDiffers++;
        if (value !== key.value && computed !== key.value) out.lost++;
        if (value === null) {
          out.missing++;
          if (computed === key.value) out.missingButComputed++;
          note(
            `${key.indicator} ${key.unit} ${key.period}: no stored revision, sent ${key.value}: ${JSON.stringify(answer)}`,
          );
        } else if (value !== key.value) {
          out.mismatches++;
          note(`${key.indicator} ${key.unit} ${key.period}: read ${value}, sent ${key.value}`);
        }
      }
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, reader));
  out.database = await checkDatabase(databaseUrl, keys);
  out.seconds = (performance.now() - t0) / 1000;
  return out;
}

/** The acknowledged keys as stored in PostgreSQL's observations table. */
async function checkDatabase(url: string, keys: readonly WriteKey[]): Promise<Verification['database']> {
  const { rows } = await withClient(url, (c) =>
    c.query(
      'select o.indicator, o.unit, o.period, o.value from observations o join unnest($1::text[], $2::text[], $3::text[]) ' +
        'as k(indicator, unit, period) on o.indicator = k.indicator and o.unit = k.unit and o.period = k.period',
      [keys.map((k) => k.indicator), keys.map((k) => k.unit), keys.map((k) => k.period)],
    ),
  );
  const stored = new Map(rows.map((r) => [`${r.indicator}|${r.unit}|${r.period}`, Number(r.value)]));
  let missing = 0;
  let differs = 0;
  for (const k of keys) {
    const value = stored.get(`${k.indicator}|${k.unit}|${k.period}`);
    if (value === undefined) missing++;
    else if (value !== k.value) differs++;
  }
  return { missing, differs };
}
