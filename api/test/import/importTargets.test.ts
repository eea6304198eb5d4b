// Yearly targets as data: imported from a resolution's table, checked first (all or nothing), and then judging
// the values of their unit and year, prorated for cumulative indicators.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Indicator, loadCatalog } from '@ioc/schema/catalog';
import { parsePeriod } from '@ioc/schema/period';
import { expect, it } from 'vitest';
import { indicatorValue } from '../../src/engine/indicatorValue';
import { importTargets } from '../../src/import/importTargets';
import { LiveData } from '../../src/live/liveData';
import { loadTargets } from '../../src/store/targets';
import { UnitDirectory } from '../../src/units/unitDirectory';
import { describeEachDatabase } from '../db/harness';

const result = loadCatalog(join(import.meta.dirname, '..', 'fixtures', 'engine'));
if (!result.ok) throw new Error('fixture catalog');
const catalog = result.catalog;
const units = new UnitDirectory();
const dir = mkdtempSync(join(tmpdir(), 'ioc-targets-'));

function csv(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

describeEachDatabase('importing yearly targets', (getDb) => {
  it('rejects a file with bad rows, one line each, and writes nothing', async () => {
    const file = csv(
      'bad.csv',
      [
        'indicator,unit,year,target,low,high',
        'F_COUNT,68,2025,3650,,',
        'NOPE,68,2025,1,,',
        'F_COUNT,672,2026,10,,',
        'F_COUNT,68,20x5,10,,',
        'F_COUNT,68,2025,,,',
        'F_COUNT,68,2025,3650,,',
      ].join('\n'),
    );
    const r = await importTargets({ file, shownAs: 'bad.csv', db: getDb(), catalog, units, actor: 'test' });
    expect(r).toEqual({
      ok: false,
      rows: 6,
      problems: [
        'bad.csv:3: indicator: unknown indicator "NOPE"',
        'bad.csv:4: unit: unit "672" does not exist on 2026-12-31 (edition 2025)',
        'bad.csv:5: year "20x5" is not a number',
        'bad.csv:6: value: F_COUNT needs a target value',
        'bad.csv:7: year: the same indicator, unit and year as row 2',
      ],
    });
    expect(await loadTargets({ em: getDb().em() })).toEqual([]);
  });

  it('imports good rows, and the province is then judged against the prorated target', async () => {
    const file = csv('good.csv', 'indicator,unit,year,target\nF_COUNT,68,2025,3650\nF_PRICE,68,2025,200\n');
    const db = getDb();
    const r = await importTargets({ file, db, catalog, units, actor: 'test' });
    expect(r).toEqual({ ok: true, rows: 2, written: true, inserted: 2, updated: 0, unchanged: 0 });
    expect(await importTargets({ file, db, catalog, units, actor: 'test' })).toMatchObject({ unchanged: 2 });

    const live = await LiveData.open({ db, catalog, units });
    const recorded = await live.recordValues([{ indicator: 'F_COUNT', unit: '24778', period: '2025-03', value: 300 }], {
      source: 'manual',
      actor: 'test',
    });
    expect(recorded.ok).toBe(true);
    const edition = units.byId('pre-2025');
    const province = edition?.get('68');
    if (!edition || !province) throw new Error('units');
    // March 2025 is read in the pre-2025 edition: 24778 (Phường 9) is a commune of old 68.
    const v = indicatorValue({
      engine: live.engine,
      targets: live.targets,
      indicator: catalog.byCode.get('F_COUNT') as Indicator,
      unit: { unit: province, edition },
      period: parsePeriod('2025-03'),
    });
    expect(v.value).toBe(300);
    expect(v.target?.value).toBeCloseTo(310, 9); // 3,650 x 31 / 365
    expect(v.status).toBe('NOT_ACHIEVED');
  });
});
