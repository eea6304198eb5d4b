// A full rebuild: every indicator for every unit at or above its collection level, over every period of its own
// frequency and each coarser one over the days its observations (or its inputs') span. Values are computed on read, so a rebuild is this
// computation from a fresh engine; its digest must equal the one of an engine that saw the changes one by one.
import { createHash } from 'node:crypto';
import { FREQUENCIES, isCoarserOrEqual, parsePeriod, periodOf, range } from '@ioc/schema/period';
import { ADMIN_LEVELS } from '@ioc/schema/units';
import type { Engine } from './engine';
import { collectionLevel } from './engine';

export interface RebuildResult {
  values: number;
  /** Values that are not null. */
  present: number;
  /** SHA-256 over every value, its completeness and flags, in a fixed order. */
  digest: string;
}

/** Per indicator, the first and last day its observations cover (derived: the union of its inputs' spans). */
export function observedSpans(engine: Engine): Map<string, { from: string; to: string }> {
  // Within one frequency, period ids sort chronologically, so the extremes are found without parsing each id.
  const ids = new Map<string, { min: string; max: string }>();
  for (const o of engine.observations.entries()) {
    const seen = ids.get(o.indicator);
    if (!seen) ids.set(o.indicator, { min: o.period, max: o.period });
    else {
      if (o.period < seen.min) seen.min = o.period;
      if (o.period > seen.max) seen.max = o.period;
    }
  }
  const spans = new Map<string, { from: string; to: string }>();
  for (const [code, { min, max }] of ids) spans.set(code, { from: parsePeriod(min).start, to: parsePeriod(max).end });
  for (const code of engine.catalog.topologicalOrder) {
    const ind = engine.catalog.byCode.get(code);
    if (ind?.kind !== 'derived') continue;
    const inputs = ind.inputs.map((c) => spans.get(c)).filter((s) => s !== undefined);
    if (inputs.length === 0) continue;
    spans.set(code, {
      from: inputs.map((s) => s.from).sort()[0] as string,
      to: inputs
        .map((s) => s.to)
        .sort()
        .at(-1) as string,
    });
  }
  return spans;
}

export function computeAll(options: {
  engine: Engine;
  onProgress?: (done: number, total: number) => void;
}): RebuildResult {
  const { engine } = options;
  const spans = observedSpans(engine);
  const hash = createHash('sha256');
  const result = { values: 0, present: 0 };
  const indicators = engine.catalog.indicators;
  indicators.forEach((ind, i) => {
    const span = spans.get(ind.code);
    // One indicator at a time, with a fresh cache, so memory stays bounded by one indicator's values.
    engine.invalidate();
    for (const f of FREQUENCIES) {
      if (!span || !isCoarserOrEqual(f, ind.frequency)) continue;
      for (const period of range(periodOf(span.from, f), periodOf(span.to, f))) {
        const edition = engine.units.editionFor(period);
        if (!edition) continue;
        const depth = ADMIN_LEVELS.indexOf(collectionLevel(ind, edition));
        for (const unit of edition.edition.units) {
          if (ADMIN_LEVELS.indexOf(unit.level) > depth) continue;
          const v = engine.compute(ind, { unit, edition }, period);
          result.values++;
          if (v.value !== null) result.present++;
          const shown = v.value === null ? '-' : v.value.toPrecision(12);
          hash.update(
            `${ind.code}|${edition.edition.id}|${unit.code}|${period.id}|${shown}|${v.reporting}/${v.expected}|${v.flags.join(',')}\n`,
          );
        }
      }
    }
    options.onProgress?.(i + 1, indicators.length);
  });
  engine.invalidate();
  return { ...result, digest: hash.digest('hex') };
}
