// The GraphQL schema is generated from the catalog: the committed SDL matches the shipped catalog, and adding or
// removing an indicator in a catalog adds or removes its IndicatorCode enum value.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Catalog, loadCatalog } from '@ioc/schema/catalog';
import { DEFAULT_CATALOG_DIR } from '@ioc/schema/catalogDir';
import {
  type GraphQLObjectType,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  buildSchema as parseSdl,
  printSchema,
} from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSchema } from '../src/schema/buildSchema';

const SDL_PATH = join(import.meta.dirname, '..', '..', 'schema', 'schema.graphql');
const FIXTURE_DIR = join(import.meta.dirname, '..', '..', 'schema', 'test', 'fixtures', 'valid');
const FIXTURE_CODES = [
  'POP_TOTAL',
  'POP_VISITORS_PER_1000',
  'TOU_VISITORS',
  'TOU_VISITORS_INTL',
  'TOU_INTL_SHARE',
  'TOU_VISITORS_YTD',
  'TOU_VISITORS_GROWTH',
  'TOU_OCCUPANCY',
];

function compile(dir: string): Catalog {
  const result = loadCatalog(dir);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join('\n'));
  return result.catalog;
}

function enumValues(schema: GraphQLSchema, name: string): string[] {
  const type = schema.getType(name);
  if (!isEnumType(type)) throw new Error(`${name} is not an enum`);
  return type.getValues().map((v) => v.name);
}

describe('the committed SDL', () => {
  it('is exactly what the shipped catalog prints (run npm run schema:print when it drifts)', () => {
    const sdl = `${printSchema(buildSchema(compile(DEFAULT_CATALOG_DIR)))}\n`;
    expect(sdl).toBe(readFileSync(SDL_PATH, 'utf8'));
  });

  it('describes the same types, fields, values and descriptions as the shipped catalog', () => {
    const built = printSchema(buildSchema(compile(DEFAULT_CATALOG_DIR)));
    const committed = printSchema(parseSdl(readFileSync(SDL_PATH, 'utf8')));
    expect(committed).toBe(built);
  });

  it('documents every type, field and enum value, for API developers reading GraphiQL', () => {
    const schema = buildSchema(compile(DEFAULT_CATALOG_DIR));
    const undocumented: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) undocumented.push(type.name);
      if (isObjectType(type) || isInputObjectType(type) || isInterfaceType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) undocumented.push(`${type.name}.${field.name}`);
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues()) if (!value.description) undocumented.push(`${type.name}.${value.name}`);
      }
    }
    expect(undocumented).toEqual([]);
  });

  it('holds one IndicatorCode value per shipped indicator and one Sector value per sector', () => {
    const catalog = compile(DEFAULT_CATALOG_DIR);
    const schema = buildSchema(catalog);
    expect(enumValues(schema, 'IndicatorCode')).toEqual(catalog.indicators.map((i) => i.code));
    expect(enumValues(schema, 'IndicatorCode')).toHaveLength(283);
    expect(enumValues(schema, 'Sector')).toHaveLength(24);
  });
});

describe('a schema built from the fixture catalog', () => {
  const schema = buildSchema(compile(FIXTURE_DIR));

  it('has exactly the 8 fixture indicators as IndicatorCode values', () => {
    expect(enumValues(schema, 'IndicatorCode')).toEqual(FIXTURE_CODES);
  });

  it('has exactly the two fixture sectors, population and tourism', () => {
    expect(enumValues(schema, 'Sector').sort()).toEqual(['POPULATION', 'TOURISM']);
  });

  it('keeps the catalog-independent enums and queries', () => {
    expect(enumValues(schema, 'Frequency')).toEqual(['DAY', 'WEEK', 'MONTH', 'QUARTER', 'YEAR']);
    expect(enumValues(schema, 'AdminLevel')).toEqual(['PROVINCE', 'DISTRICT', 'COMMUNE']);
    const queries = Object.keys(schema.getQueryType()?.getFields() ?? {}).sort();
    // The core queries of DESIGN.md; accounts, alerts and the audit log add their own beside them.
    expect(queries).toEqual(
      expect.arrayContaining(['editions', 'indicator', 'indicators', 'sectors', 'unit', 'units']),
    );
  });
});

function typedFields(schema: GraphQLSchema, name: string): string[] {
  const type = schema.getType(name);
  if (!isObjectType(type)) throw new Error(`${name} is not an object type`);
  return Object.keys(type.getFields());
}

describe('one typed object per sector', () => {
  const schema = buildSchema(compile(FIXTURE_DIR));

  it('gives TourismValues a field per tourism indicator, in catalog order, reachable from AdminUnit', () => {
    expect(typedFields(schema, 'TourismValues')).toEqual([
      'touVisitors',
      'touVisitorsIntl',
      'touIntlShare',
      'touVisitorsYtd',
      'touVisitorsGrowth',
      'touOccupancy',
    ]);
    expect(typedFields(schema, 'AdminUnit')).toEqual(expect.arrayContaining(['tourism', 'population']));
  });

  it('describes each field from the catalog: Vietnamese name, unit, frequency, formula and target', () => {
    const field = (schema.getType('TourismValues') as GraphQLObjectType).getFields().touIntlShare;
    expect(field?.description).toBe(
      'Tỷ lệ khách quốc tế (%). Share of international arrivals. Tần suất: tháng; cấp thấp nhất: commune. Công thức: TOU_VISITORS_INTL / TOU_VISITORS * 100. Chỉ tiêu: ≥ 10 (cảnh báo 2).',
    );
  });
});

describe('editing a copy of the fixture catalog', () => {
  const NEW_INDICATOR = `  - code: TOU_NIGHTS
    name: Số đêm lưu trú
    nameEn: Guest nights
    unit: đêm
    frequency: month
    level: commune
    source: manual
    bounds: [0, 5000000]
    aggregation: { units: sum, time: sum }
    agency: Sở Văn hóa, Thể thao và Du lịch
    description: Tổng số đêm khách lưu trú trong kỳ.
`;
  let dir: string | undefined;

  function copyFixture(): string {
    dir = mkdtempSync(join(tmpdir(), 'ioc-catalog-'));
    cpSync(FIXTURE_DIR, dir, { recursive: true });
    return dir;
  }

  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it('adds an IndicatorCode value for an indicator appended to a sector file', () => {
    const copy = copyFixture();
    const file = join(copy, '17-tourism.yaml');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, `${text.endsWith('\n') ? text : `${text}\n`}${NEW_INDICATOR}`);

    const schema = buildSchema(compile(copy));
    expect(enumValues(schema, 'IndicatorCode')).toEqual([...FIXTURE_CODES, 'TOU_NIGHTS']);
    expect(typedFields(schema, 'TourismValues')).toContain('touNights');
    expect(printSchema(schema)).toContain('Số đêm lưu trú (đêm)');
  });

  it('removes the IndicatorCode value of an indicator deleted from a sector file', () => {
    const copy = copyFixture();
    const file = join(copy, '17-tourism.yaml');
    const text = readFileSync(file, 'utf8');
    // Cut the whole list item, from its `- code:` line to the next item (nothing reads this indicator).
    const start = text.indexOf('  - code: TOU_VISITORS_GROWTH\n');
    const end = text.indexOf('  - code: ', start + 1);
    expect(start).toBeGreaterThan(0);
    expect(end).toBeGreaterThan(start);
    writeFileSync(file, text.slice(0, start) + text.slice(end));

    const schema = buildSchema(compile(copy));
    const codes = enumValues(schema, 'IndicatorCode');
    expect(codes).toEqual(FIXTURE_CODES.filter((c) => c !== 'TOU_VISITORS_GROWTH'));
    expect(codes).toHaveLength(7);
    expect(typedFields(schema, 'TourismValues')).not.toContain('touVisitorsGrowth');
    expect(typedFields(schema, 'TourismValues')).toHaveLength(5);
  });
});
