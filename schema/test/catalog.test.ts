// The shipped catalog: the counts the platform promises, and the compiled graph.
import { describe, expect, it } from 'vitest';
import { type Catalog, loadCatalog } from '../src/catalog';
import { DEFAULT_CATALOG_DIR } from '../src/catalogDir';
import { checkJsonSchema } from '../src/jsonSchema';
import { FREQUENCIES } from '../src/period';
import { ADMIN_LEVELS } from '../src/units';

function shipped(): Catalog {
  const result = loadCatalog(DEFAULT_CATALOG_DIR);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.file}:${p.line}:${p.col}: ${p.message}`).join('\n'));
  return result.catalog;
}

describe('the shipped catalog', () => {
  const catalog = shipped();
  const ind = catalog.indicators;

  it('holds 283 indicators, every frequency, every level, at least 70 derived', () => {
    expect(ind).toHaveLength(283);
    for (const f of FREQUENCIES)
      expect(
        ind.some((i) => i.frequency === f),
        f,
      ).toBe(true);
    for (const l of ADMIN_LEVELS)
      expect(
        ind.some((i) => i.level === l),
        l,
      ).toBe(true);
    expect(ind.filter((i) => i.kind === 'derived').length).toBeGreaterThanOrEqual(70);
  });

  it('has the 20 statistical groups of Decision 05/2023/QĐ-TTg and the IOC groups', () => {
    expect(catalog.sectors).toHaveLength(24);
    expect(new Set(catalog.sectors.map((s) => s.order)).size).toBe(24);
  });

  it('receives the 5 component indices of Decision 766/QĐ-TTg from the national feed', () => {
    const feed = ind.filter((i) => i.source === 'national-feed').map((i) => i.code);
    expect(feed.sort()).toEqual([
      'PSV_766_DIGITISATION',
      'PSV_766_ONLINE',
      'PSV_766_SATISFACTION',
      'PSV_766_TIMELINESS',
      'PSV_766_TRANSPARENCY',
    ]);
  });

  it('names every indicator in Vietnamese with diacritics', () => {
    const withDiacritics = ind.filter((i) =>
      /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i.test(i.name),
    );
    expect(withDiacritics.length / ind.length).toBeGreaterThan(0.95);
  });

  it('orders every input before the indicators that read it', () => {
    const position = new Map(catalog.topologicalOrder.map((c, i) => [c, i]));
    expect(position.size).toBe(ind.length);
    for (const i of ind)
      for (const input of i.inputs) expect(position.get(input)).toBeLessThan(position.get(i.code) ?? -1);
  });

  it('links inputs and dependents both ways', () => {
    for (const i of ind) {
      for (const input of i.inputs) expect(catalog.byCode.get(input)?.dependents).toContain(i.code);
      for (const dep of i.dependents) expect(catalog.byCode.get(dep)?.inputs).toContain(i.code);
    }
  });

  it('ships a catalog.schema.json that matches the format definition', () => {
    expect(checkJsonSchema()).toBeNull();
  });
});
