// Administrative units over GraphQL: Lâm Đồng before the 2025-07-01 reform (province -> district -> commune) and
// after it (province -> commune), which edition a period reads, and how bad input is refused.

import { join } from 'node:path';
import { loadCatalog } from '@ioc/schema/catalog';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiServer } from '../src/server';
import { onlyError, postGraphQL, queryData } from './graphqlClient';
import { startTestServer } from './testServer';

// The units do not depend on the catalog: the small fixture keeps start-up quick.
const FIXTURE_DIR = join(import.meta.dirname, '..', '..', 'schema', 'test', 'fixtures', 'valid');
const OLD_DISTRICTS = ['672', '673', '674', '675', '676', '677', '678', '679', '680', '682'];

interface UnitRef {
  code: string;
  name: string;
  level: string;
  parent: { code: string } | null;
  ancestors: { code: string; name: string }[];
}

interface Unit<Child = { code: string; level: string }> extends UnitRef {
  fullName: string;
  kind: string;
  edition: { id: string };
  children: Child[];
}

const UNIT_FIELDS = 'code name fullName kind level edition { id } parent { code } ancestors { code name }';

let server: ApiServer;

beforeAll(async () => {
  const result = loadCatalog(FIXTURE_DIR);
  if (!result.ok) throw new Error('the fixture catalog should compile');
  server = await startTestServer(result.catalog);
});

afterAll(async () => {
  await server?.close();
});

describe('editions of the administrative hierarchy', () => {
  it('lists pre-2025 then 2025, meeting at the reform of 2025-07-01', async () => {
    const data = await queryData<{
      editions: { id: string; validFrom: string; validTo: string | null; levels: string[] }[];
    }>(server.url, '{ editions { id validFrom validTo levels } }');
    expect(data.editions.map((e) => e.id)).toEqual(['pre-2025', '2025']);
    expect(data.editions[0]).toMatchObject({ validTo: '2025-06-30', levels: ['PROVINCE', 'DISTRICT', 'COMMUNE'] });
    expect(data.editions[1]).toMatchObject({ validFrom: '2025-07-01', validTo: null, levels: ['PROVINCE', 'COMMUNE'] });
  });
});

describe('the province of Lâm Đồng', () => {
  it('today (edition 2025) is a province of 124 communes with no districts', async () => {
    const data = await queryData<{ unit: Unit }>(
      server.url,
      `{ unit(code: "68") { ${UNIT_FIELDS} children { code level } } }`,
    );
    expect(data.unit).toMatchObject({
      code: '68',
      name: 'Lâm Đồng',
      fullName: 'Tỉnh Lâm Đồng',
      kind: 'Tỉnh',
      level: 'PROVINCE',
      edition: { id: '2025' },
      parent: null,
      ancestors: [],
    });
    expect(data.unit.children).toHaveLength(124);
    expect(new Set(data.unit.children.map((c) => c.level))).toEqual(new Set(['COMMUNE']));
  });

  it('in 2024 (edition pre-2025) is the old province of 10 districts and 137 communes', async () => {
    const data = await queryData<{ unit: Unit<{ code: string; level: string; children: { code: string }[] }> }>(
      server.url,
      `{ unit(code: "68", period: "2024") {
        code level edition { id } children { code level children { code } }
      } }`,
    );
    expect(data.unit).toMatchObject({ code: '68', level: 'PROVINCE', edition: { id: 'pre-2025' } });
    expect(data.unit.children.map((c) => c.code)).toEqual(OLD_DISTRICTS);
    expect(new Set(data.unit.children.map((c) => c.level))).toEqual(new Set(['DISTRICT']));
    expect(data.unit.children.reduce((n, d) => n + d.children.length, 0)).toBe(137);
  });

  it('in 2024 has Đà Lạt (672) as a district whose communes trace their ancestry up to 68', async () => {
    const data = await queryData<{ unit: Unit<UnitRef> }>(
      server.url,
      `{ unit(code: "672", period: "2024") {
        ${UNIT_FIELDS} children { code name level parent { code } ancestors { code name } }
      } }`,
    );
    expect(data.unit).toMatchObject({
      code: '672',
      name: 'Đà Lạt',
      fullName: 'Thành phố Đà Lạt',
      kind: 'Thành phố',
      level: 'DISTRICT',
      edition: { id: 'pre-2025' },
      parent: { code: '68' },
      ancestors: [{ code: '68', name: 'Lâm Đồng' }],
    });
    expect(data.unit.children.length).toBeGreaterThan(0);
    for (const commune of data.unit.children) {
      expect(commune.level, commune.code).toBe('COMMUNE');
      expect(commune.parent?.code, commune.code).toBe('672');
      expect(commune.ancestors, commune.code).toEqual([
        { code: '68', name: 'Lâm Đồng' },
        { code: '672', name: 'Đà Lạt' },
      ]);
    }
  });

  it('does not know Đà Lạt as a district today: 672 is not a code of edition 2025', async () => {
    const data = await queryData<{ unit: Unit | null }>(server.url, '{ unit(code: "672") { code } }');
    expect(data.unit).toBeNull();
  });
});

describe('which edition a period reads: the one valid on its last day', () => {
  const cases: [period: string, edition: string, why: string][] = [
    ['2024', 'pre-2025', 'ends 2024-12-31'],
    ['2025-06', 'pre-2025', 'ends 2025-06-30, the last day of the old hierarchy'],
    ['2025-06-30', 'pre-2025', 'the last day of the old hierarchy'],
    ['2025-Q2', 'pre-2025', 'ends 2025-06-30'],
    ['2025-W26', 'pre-2025', 'Monday 2025-06-23 to Sunday 2025-06-29'],
    ['2025-07', '2025', 'ends 2025-07-31'],
    ['2025-07-01', '2025', 'the first day of the new hierarchy'],
    ['2025-Q3', '2025', 'ends 2025-09-30'],
    ['2025', '2025', 'ends 2025-12-31, although it began under the old hierarchy'],
    // Monday 2025-06-30 to Sunday 2025-07-06: starts under the old hierarchy, its Thursday (07-03) and last day
    // fall under the new one.
    ['2025-W27', '2025', 'Monday 2025-06-30 to Sunday 2025-07-06'],
  ];

  it.each(cases)('period %s reads edition %s (%s)', async (period, edition) => {
    const data = await queryData<{ unit: { edition: { id: string }; children: { level: string }[] } }>(
      server.url,
      'query At($period: Period) { unit(code: "68", period: $period) { edition { id } children { level } } }',
      { period },
    );
    expect(data.unit.edition.id).toBe(edition);
    expect(data.unit.children).toHaveLength(edition === '2025' ? 124 : 10);
  });

  it('gives the same answers with periods written as literals', async () => {
    const data = await queryData<Record<string, { edition: { id: string } }>>(
      server.url,
      `{
        june: unit(code: "68", period: "2025-06") { edition { id } }
        july: unit(code: "68", period: "2025-07") { edition { id } }
        week27: unit(code: "68", period: "2025-W27") { edition { id } }
      }`,
    );
    expect(data.june?.edition.id).toBe('pre-2025');
    expect(data.july?.edition.id).toBe('2025');
    expect(data.week27?.edition.id).toBe('2025');
  });

  it('lets an explicit edition choose the hierarchy', async () => {
    const data = await queryData<{ unit: { edition: { id: string }; children: unknown[] } }>(
      server.url,
      '{ unit(code: "68", edition: "pre-2025") { edition { id } children { code } } }',
    );
    expect(data.unit.edition.id).toBe('pre-2025');
    expect(data.unit.children).toHaveLength(10);
  });
});

describe('listing units', () => {
  it('lists the 124 communes of the current edition, all children of 68', async () => {
    const data = await queryData<{ units: Unit[]; unit: { children: { code: string }[] } }>(
      server.url,
      '{ units(level: COMMUNE) { code level parent { code } edition { id } } unit(code: "68") { children { code } } }',
    );
    expect(data.units).toHaveLength(124);
    for (const u of data.units) {
      expect(u.level).toBe('COMMUNE');
      expect(u.parent?.code).toBe('68');
      expect(u.edition.id).toBe('2025');
    }
    expect(data.units.map((u) => u.code).sort()).toEqual(data.unit.children.map((c) => c.code).sort());
  });

  it('refuses the district level in the current edition, which has none', async () => {
    const result = await postGraphQL(server.url, '{ units(level: DISTRICT) { code } }');
    const error = onlyError(result);
    expect(error.message).toMatch(/edition 2025 has no district level/);
    expect(error.message).toContain('province, commune');
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.data).toBeNull();
  });

  it('lists the 10 old districts in 2024', async () => {
    const data = await queryData<{ units: Unit[] }>(
      server.url,
      '{ units(level: DISTRICT, period: "2024") { code parent { code } } }',
    );
    const ofLamDong = data.units.filter((u) => u.parent?.code === '68').map((u) => u.code);
    expect(ofLamDong).toEqual(OLD_DISTRICTS);
  });

  it('lists the children of Đà Lạt in 2024 exactly as the district itself does', async () => {
    const data = await queryData<{ units: { code: string }[]; unit: { children: { code: string }[] } }>(
      server.url,
      '{ units(parent: "672", period: "2024") { code } unit(code: "672", period: "2024") { children { code } } }',
    );
    expect(data.units.length).toBeGreaterThan(0);
    expect(data.units).toEqual(data.unit.children);
  });
});

describe('bad input', () => {
  it('refuses month 13 with the period rule that was broken', async () => {
    const result = await postGraphQL(server.url, '{ unit(code: "68", period: "2025-13") { code } }');
    const error = onlyError(result);
    expect(result.status).toBe(400);
    expect(error.message).toContain('month must be 01-12');
    expect(error.message).toContain('2025-13');
  });

  it('refuses month 13 passed as a variable too', async () => {
    const result = await postGraphQL(server.url, 'query At($p: Period) { unit(code: "68", period: $p) { code } }', {
      p: '2025-13',
    });
    const error = onlyError(result);
    expect(result.status).toBe(400);
    expect(error.message).toContain('month must be 01-12');
  });

  it('refuses a period written as a number literal', async () => {
    const result = await postGraphQL(server.url, '{ unit(code: "68", period: 2025) { code } }');
    const error = onlyError(result);
    expect(result.status).toBe(400);
    expect(error.message).toContain('Period must be a string');
  });

  it('refuses a period passed as a number variable', async () => {
    const result = await postGraphQL(server.url, 'query At($p: Period) { unit(code: "68", period: $p) { code } }', {
      p: 2025,
    });
    const error = onlyError(result);
    expect(result.status).toBe(400);
    expect(error.message).toContain('Period must be a string');
  });

  it('refuses a unit code that is not 2 to 5 digits', async () => {
    const result = await postGraphQL(server.url, '{ unit(code: "abc") { code } }');
    const error = onlyError(result);
    expect(error.message).toBe('invalid unit code "abc": GSO codes are 2 to 5 digits');
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.path).toEqual(['unit']);
    expect(result.data).toEqual({ unit: null });
  });

  it('refuses an unknown edition, naming the editions there are', async () => {
    const result = await postGraphQL(server.url, '{ unit(code: "68", edition: "1999") { code } }');
    const error = onlyError(result);
    expect(error.message).toContain('unknown edition "1999"');
    expect(error.message).toContain('pre-2025, 2025');
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('returns null, not an error, for a well-formed code that does not exist', async () => {
    const result = await postGraphQL<{ unit: unknown }>(server.url, '{ unit(code: "99999") { code } }');
    expect(result.status).toBe(200);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ unit: null });
  });

  it('refuses an unknown parent in units(), naming the edition', async () => {
    const result = await postGraphQL(server.url, '{ units(parent: "672") { code } }');
    const error = onlyError(result);
    expect(error.message).toBe('unknown parent unit "672" in edition 2025');
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('the crosswalk across the 2025 reform', () => {
  it('traces a new commune to the old communes it was formed from, and each old one back to it', async () => {
    const data = await queryData<{
      unit: { formedFrom: { code: string; edition: { id: string }; mergedInto: { code: string }[] }[] };
    }>(server.url, '{ unit(code: "24781") { formedFrom { code edition { id } mergedInto { code } } } }');
    // Phường Xuân Hương - Đà Lạt was formed from wards of old Đà Lạt, among them Phường 1 (24784).
    expect(data.unit.formedFrom.map((u) => u.code)).toContain('24784');
    for (const old of data.unit.formedFrom) {
      expect(old.edition.id).toBe('pre-2025');
      expect(old.mergedInto.map((u) => u.code)).toEqual(['24781']);
    }
  });

  it('has no predecessors for units outside the crosswalk, such as the province', async () => {
    const data = await queryData<{ unit: { formedFrom: unknown[]; mergedInto: unknown[] } }>(
      server.url,
      '{ unit(code: "68") { formedFrom { code } mergedInto { code } } }',
    );
    expect(data.unit).toEqual({ formedFrom: [], mergedInto: [] });
  });
});
