// Where stored observations came from and when: source (manual, import, national-feed), who recorded them and the
// time, for the keys of one explanation. Read in chunks of set-based queries, like readCurrentValues.
import type { Source } from '@ioc/schema/catalogSchema';
import type { Knex } from '@mikro-orm/knex';
import type { EntityManager } from '../db/database';
import { observationKey } from '../domain/observation';
import type { ObservationKey } from './observationWrites';
import { rawRows, toDate } from './sql';

export interface ObservationSource {
  source: Source;
  recordedBy: string;
  recordedAt: Date;
}

const CHUNK = 1_000;

export async function readObservationSources({
  em,
  keys,
}: {
  em: EntityManager;
  keys: readonly ObservationKey[];
}): Promise<Map<string, ObservationSource>> {
  const knex = em.getTransactionContext<Knex.Transaction>() ?? em.getKnex();
  const found = new Map<string, ObservationSource>();
  for (let i = 0; i < keys.length; i += CHUNK) {
    const part = keys.slice(i, i + CHUNK);
    const rows = rawRows<{
      indicator: string;
      unit: string;
      period: string;
      source: Source;
      recorded_by: string;
      recorded_at: unknown;
    }>(
      await knex.raw(
        `select o.indicator, o.unit, o.period, o.source, o.recorded_by, o.recorded_at from observations o join (values ${part
          .map(() => '(?, ?, ?)')
          .join(', ')}) as k on o.indicator = k.column1 and o.unit = k.column2 and o.period = k.column3`,
        part.flatMap((o) => [o.indicator, o.unit, o.period]),
      ),
    );
    for (const row of rows) {
      found.set(observationKey(row), {
        source: row.source,
        recordedBy: row.recorded_by,
        recordedAt: toDate(row.recorded_at),
      });
    }
  }
  return found;
}
