// Where stored observations came from and when: source (manual, import, national-feed), who recorded them and the
// time, for the keys of one explanation. Read in chunks of set-based queries, like readObservations.
import type { Source } from '@ioc/schema/catalogSchema';
import type { Knex } from '@mikro-orm/knex';
import type { EntityManager } from '../db/database';
import { observationKey } from '../domain/observation';
import { upsertChunkSize } from './observations';
import { type ObservationKey, readKeyedRows } from './observationWrites';
import { chunks, toDate } from './sql';

export interface ObservationSource {
  source: Source;
  recordedBy: string;
  recordedAt: Date;
}

export async function readObservationSources({
  em,
  keys,
}: {
  em: EntityManager;
  keys: readonly ObservationKey[];
}): Promise<Map<string, ObservationSource>> {
  const knex = em.getTransactionContext<Knex.Transaction>() ?? em.getKnex();
  const found = new Map<string, ObservationSource>();
  for (const part of chunks(keys, upsertChunkSize)) {
    const rows = await readKeyedRows<{ source: Source; recorded_by: string; recorded_at: unknown }>(knex, part, [
      'source',
      'recorded_by',
      'recorded_at',
    ]);
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
