// The catalog as the API serves it: the shipped 283 indicators over real HTTP, checked against the compiled catalog.
import { type Catalog, loadCatalog } from '@ioc/schema/catalog';
import { DEFAULT_CATALOG_DIR } from '@ioc/schema/catalogDir';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiServer } from '../src/server';
import { expectNoStackTrace, onlyError, postGraphQL, queryData } from './graphqlClient';
import { startTestServer } from './testServer';

function shippedCatalog(): Catalog {
  const result = loadCatalog(DEFAULT_CATALOG_DIR);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join('\n'));
  return result.catalog;
}

/** publicServices -> PUBLIC_SERVICES: how a catalog code is spelled as a GraphQL enum value. */
function asEnumValue(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
}

/** Coarsest first: an indicator collected at a level also exists at every coarser level (by aggregation). */
const LEVEL_DEPTH = { province: 0, district: 1, commune: 2 } as const;
const FREQUENCY_VALUES = ['day', 'week', 'month', 'quarter', 'year'] as const;

interface Code {
  code: string;
}

const catalog = shippedCatalog();
let server: ApiServer;

beforeAll(async () => {
  server = await startTestServer(catalog);
});

afterAll(async () => {
  await server?.close();
});

describe('the indicator catalog over GraphQL', () => {
  it('lists all 283 indicators of the shipped catalog, in catalog order', async () => {
    const data = await queryData<{ indicators: Code[] }>(server.url, '{ indicators { code } }');
    expect(data.indicators).toHaveLength(283);
    expect(data.indicators.map((i) => i.code)).toEqual(catalog.indicators.map((i) => i.code));
  });

  it('filters by sector: each of the 24 sectors gives exactly its own indicators', async () => {
    const query = `{ ${catalog.sectors
      .map((s) => `${s.code}: indicators(sector: ${asEnumValue(s.code)}) { code sector }`)
      .join('\n')} }`;
    const data = await queryData<Record<string, (Code & { sector: string })[]>>(server.url, query);
    let total = 0;
    for (const sector of catalog.sectors) {
      const expected = catalog.indicators.filter((i) => i.sector === sector.code).map((i) => i.code);
      const served = data[sector.code] ?? [];
      expect(expected.length, sector.code).toBeGreaterThan(0);
      expect(
        served.map((i) => i.code),
        sector.code,
      ).toEqual(expected);
      expect(new Set(served.map((i) => i.sector))).toEqual(new Set([asEnumValue(sector.code)]));
      total += served.length;
    }
    expect(total).toBe(283);
  });

  it('filters by frequency: day, week, month, quarter and year partition the catalog', async () => {
    const query = `{ ${FREQUENCY_VALUES.map((f) => `${f}: indicators(frequency: ${f.toUpperCase()}) { code }`).join(' ')} }`;
    const data = await queryData<Record<string, Code[]>>(server.url, query);
    let total = 0;
    for (const frequency of FREQUENCY_VALUES) {
      const expected = catalog.indicators.filter((i) => i.frequency === frequency).map((i) => i.code);
      expect(expected.length, frequency).toBeGreaterThan(0);
      expect(
        (data[frequency] ?? []).map((i) => i.code),
        frequency,
      ).toEqual(expected);
      total += expected.length;
    }
    expect(total).toBe(283);
  });

  it('filters by level: a level lists the indicators collected at that level or a finer one', async () => {
    const data = await queryData<Record<string, (Code & { levels: string[] })[]>>(
      server.url,
      `{
        province: indicators(level: PROVINCE) { code levels }
        district: indicators(level: DISTRICT) { code levels }
        commune: indicators(level: COMMUNE) { code levels }
      }`,
    );
    for (const level of ['province', 'district', 'commune'] as const) {
      const expected = catalog.indicators.filter((i) => LEVEL_DEPTH[i.level] >= LEVEL_DEPTH[level]).map((i) => i.code);
      const served = data[level] ?? [];
      expect(
        served.map((i) => i.code),
        level,
      ).toEqual(expected);
      // The filter agrees with each indicator's own `levels` field.
      for (const i of served) expect(i.levels, i.code).toContain(level.toUpperCase());
    }
    expect(data.province).toHaveLength(283);
    expect(data.commune).toHaveLength(catalog.indicators.filter((i) => i.level === 'commune').length);
  });

  it('combines sector, frequency and level filters', async () => {
    const data = await queryData<{ indicators: Code[] }>(
      server.url,
      '{ indicators(sector: TOURISM, frequency: MONTH, level: COMMUNE) { code } }',
    );
    const expected = catalog.indicators
      .filter((i) => i.sector === 'tourism' && i.frequency === 'month' && i.level === 'commune')
      .map((i) => i.code);
    expect(expected.length).toBeGreaterThan(0);
    expect(data.indicators.map((i) => i.code)).toEqual(expected);
  });
});

describe('one indicator by its code', () => {
  it('gives the transparency index of Decision 766 as a daily national-feed input', async () => {
    const data = await queryData<{
      indicator: {
        code: string;
        name: string;
        source: string;
        frequency: string;
        derived: boolean;
        formula: string | null;
        inputs: Code[];
        dependents: Code[];
        sector: string;
      };
    }>(
      server.url,
      `{ indicator(code: PSV_766_TRANSPARENCY) {
        code name source frequency derived formula sector inputs { code } dependents { code }
      } }`,
    );
    const expected = catalog.byCode.get('PSV_766_TRANSPARENCY');
    expect(data.indicator).toMatchObject({
      code: 'PSV_766_TRANSPARENCY',
      name: expected?.name,
      source: 'NATIONAL_FEED',
      frequency: 'DAY',
      derived: false,
      formula: null,
      sector: 'PUBLIC_SERVICES',
      inputs: [],
    });
    expect(data.indicator.dependents.map((d) => d.code)).toEqual(expected?.dependents);
  });

  it('gives a derived indicator its formula and inputs, and each input lists it among its dependents', async () => {
    const code = 'POP_NATURAL_GROWTH';
    const expected = catalog.byCode.get(code);
    expect(expected?.kind).toBe('derived');
    const data = await queryData<{
      indicator: {
        derived: boolean;
        source: string;
        formula: string | null;
        aggregation: unknown;
        inputs: (Code & { dependents: Code[] })[];
      };
    }>(
      server.url,
      `{ indicator(code: ${code}) { derived source formula aggregation { units } inputs { code dependents { code } } } }`,
    );
    expect(data.indicator.derived).toBe(true);
    expect(data.indicator.source).toBe('FORMULA');
    expect(data.indicator.aggregation).toBeNull();
    expect(data.indicator.formula).toBe(expected?.formula?.text);
    expect(data.indicator.formula).toBe('(POP_BIRTHS - POP_DEATHS) / POP_TOTAL * 1000');
    expect(data.indicator.inputs.map((i) => i.code)).toEqual(expected?.inputs);
    expect(data.indicator.inputs.map((i) => i.code)).toEqual(['POP_BIRTHS', 'POP_DEATHS', 'POP_TOTAL']);
    for (const input of data.indicator.inputs) {
      expect(
        input.dependents.map((d) => d.code),
        input.code,
      ).toContain(code);
      expect(
        input.dependents.map((d) => d.code),
        input.code,
      ).toEqual(catalog.byCode.get(input.code)?.dependents);
    }
  });

  it('rejects an unknown code as a 400 naming the value, without a stack trace', async () => {
    const result = await postGraphQL(server.url, '{ indicator(code: NOPE) { code } }');
    expect(result.status).toBe(400);
    expect(result.data).toBeUndefined();
    const error = onlyError(result);
    expect(error.message).toContain('NOPE');
    expect(error.message).toContain('IndicatorCode');
    expect(error.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('rejects an unknown code passed as a variable the same way', async () => {
    const result = await postGraphQL(
      server.url,
      'query One($code: IndicatorCode!) { indicator(code: $code) { code } }',
      {
        code: 'NOPE',
      },
    );
    expect(result.status).toBe(400);
    const error = onlyError(result);
    expect(error.message).toContain('NOPE');
    expectNoStackTrace(result);
  });
});

describe('sectors', () => {
  it('lists the 24 sectors in menu order with their Vietnamese names', async () => {
    const data = await queryData<{
      sectors: { code: string; name: string; nameEn: string; order: number; indicators: Code[] }[];
    }>(server.url, '{ sectors { code name nameEn order indicators { code } } }');
    expect(data.sectors).toHaveLength(24);
    expect(data.sectors.map((s) => s.order)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    expect(data.sectors.map((s) => s.code)).toEqual(catalog.sectors.map((s) => asEnumValue(s.code)));
    expect(data.sectors.map((s) => s.name)).toEqual(catalog.sectors.map((s) => s.name));
    expect(data.sectors[0]).toMatchObject({ code: 'POPULATION', name: 'Đất đai và dân số' });
    expect(data.sectors[16]).toMatchObject({ code: 'TOURISM', name: 'Văn hóa, thể thao và du lịch' });
    expect(data.sectors[23]).toMatchObject({ code: 'DIGITAL_TRANSFORMATION', name: 'Chuyển đổi số' });
    const vietnamese = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;
    for (const s of data.sectors) {
      expect(s.name, s.code).toMatch(vietnamese);
      expect(s.name, s.code).not.toBe(s.nameEn);
    }
    const sizes = data.sectors.reduce((n, s) => n + s.indicators.length, 0);
    expect(sizes).toBe(283);
  });
});
