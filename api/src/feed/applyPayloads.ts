// Applies a page of feed payloads through LiveData.recordValues (source national-feed), exactly once and in order:
// payloads at or below the cursor (repeated, or arriving after a newer one) are skipped, and of the rest only the
// newest value of each (indicator, unit, period) is written, so an older payload never overwrites a newer value.
import { tryParsePeriod } from '@ioc/schema/period';
import { validateObservations } from '../domain/validateObservations';
import { collectionLevel } from '../engine/engine';
import type { LiveData } from '../live/liveData';
import type { FeedRecordItem, ReadPayload } from './readPayloads';

export const FEED_ACTOR = 'national-feed';

export interface ApplyResult {
  /** Payloads newer than the cursor, applied. */
  applied: number;
  /** Payloads at or below the cursor, or repeated in the page: skipped. */
  skipped: number;
  /** The newest payload applied (the new cursor), or null when none was. */
  sequence: number | null;
  generatedAt: Date | null;
  inserted: number;
  updated: number;
  unchanged: number;
  /** Records refused while the others landed: unknown unit codes, values out of bounds. Null when none. */
  problem: string | null;
}

export async function applyPayloads({
  data,
  payloads,
  cursor,
}: {
  data: LiveData;
  payloads: readonly ReadPayload[];
  cursor: number | null;
}): Promise<ApplyResult> {
  const fresh = new Map<number, ReadPayload>();
  for (const p of payloads)
    if ((cursor === null || p.sequence > cursor) && !fresh.has(p.sequence)) fresh.set(p.sequence, p);
  const ordered = [...fresh.values()].sort((a, b) => a.sequence - b.sequence);
  const newest = ordered[ordered.length - 1];
  // The newest payload's value of each key wins: later payloads overwrite earlier ones in this map.
  const latest = new Map<string, FeedRecordItem>();
  for (const p of ordered)
    for (const item of p.items) latest.set(`${item.indicator}|${item.unit}|${item.period}`, item);

  const unknown = new Map<string, string>();
  const kept: FeedRecordItem[] = [];
  for (const item of latest.values()) {
    const parsed = tryParsePeriod(item.period);
    const edition = parsed.ok ? data.units.editionFor(parsed.period) : undefined;
    const indicator = data.catalog.byCode.get(item.indicator);
    if (edition && indicator) {
      const unit = edition.get(item.unit);
      if (!unit) {
        if (!unknown.has(item.unit)) unknown.set(item.unit, item.at);
        continue;
      }
      // The center publishes a province figure beside its communes'; the platform computes the province's value
      // from the communes by the catalog's aggregation rule, so a figure above the collection level is not stored.
      if (unit.level !== collectionLevel(indicator, edition)) continue;
    }
    kept.push(item);
  }
  // Other bad records (a value out of bounds, a period of the wrong frequency) are left out with their reason.
  const checked = validateObservations({
    catalog: data.catalog,
    units: data.units,
    items: kept,
    source: 'national-feed',
  });
  const refused = checked.ok ? [] : checked.errors;
  const refusedAt = new Set(refused.map((e) => e.index));
  const items = kept.filter((_, i) => !refusedAt.has(i));

  const problems: string[] = [];
  if (unknown.size > 0) {
    const codes = [...unknown].map(([code, at]) => `${code} (${at})`).join(', ');
    problems.push(`${unknown.size} unknown unit code(s), their records not recorded: ${codes}`);
  }
  for (const e of refused.slice(0, 5)) problems.push(`${kept[e.index]?.at}: ${e.message}`);
  if (refused.length > 5) problems.push(`and ${refused.length - 5} more refused records`);

  const result: ApplyResult = {
    applied: ordered.length,
    skipped: payloads.length - ordered.length,
    sequence: newest?.sequence ?? null,
    generatedAt: newest?.generatedAt ?? null,
    inserted: 0,
    updated: 0,
    unchanged: 0,
    problem: problems.length > 0 ? problems.join('; ') : null,
  };
  if (items.length === 0) return result;
  const written = await data.recordValues(
    items.map(({ indicator, unit, period, value }) => ({ indicator, unit, period, value })),
    { source: 'national-feed', actor: FEED_ACTOR },
  );
  if (!written.ok) {
    // Cannot happen after the check above unless the catalog changed meanwhile; refuse the page, keep the cursor.
    throw new Error(
      `the values were refused: ${written.errors
        .map((e) => e.message)
        .slice(0, 3)
        .join('; ')}`,
    );
  }
  return { ...result, inserted: written.inserted, updated: written.updated, unchanged: written.unchanged };
}
