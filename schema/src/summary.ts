// The one-screen summary `catalog check` prints: counts by sector, frequency, level and kind.
import type { Catalog } from './catalog';
import { FREQUENCIES } from './period';
import { ADMIN_LEVELS } from './units';

function counts<T extends string>(keys: readonly T[], values: T[]): string {
  return keys.map((k) => `${k} ${values.filter((v) => v === k).length}`).join(', ');
}

export function catalogSummary(catalog: Catalog, dir: string): string {
  const ind = catalog.indicators;
  const derived = ind.filter((i) => i.kind === 'derived').length;
  const width = Math.max(...catalog.sectors.map((s) => s.code.length));
  const sectors = catalog.sectors.map((s) => {
    const own = ind.filter((i) => i.sector === s.code);
    const d = own.filter((i) => i.kind === 'derived').length;
    return `  ${s.code.padEnd(width)}  ${String(own.length).padStart(3)}  (${d} derived)  ${s.name}`;
  });
  return [
    `${dir}: OK, ${ind.length} indicators in ${catalog.sectors.length} sectors (${ind.length - derived} input, ${derived} derived)`,
    `by frequency: ${counts(
      FREQUENCIES,
      ind.map((i) => i.frequency),
    )}`,
    `by level: ${counts(
      ADMIN_LEVELS,
      ind.map((i) => i.level),
    )}`,
    `by source: ${counts(
      ['manual', 'import', 'national-feed', 'formula'],
      ind.map((i) => i.source),
    )}`,
    'by sector:',
    ...sectors,
  ].join('\n');
}
