// The national feed's mapping: the shipped file loads against the shipped catalog, and each broken variant is refused
// with the exact located problem.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../src/catalog';
import { DEFAULT_CATALOG_DIR } from '../src/catalogDir';
import { loadFeedMapping, NATIONAL_766_MAPPING, readPath } from '../src/feedMapping';
import { formatProblem } from '../src/problem';

const loaded = loadCatalog(DEFAULT_CATALOG_DIR);
if (!loaded.ok) throw new Error('the shipped catalog is invalid');
const catalog = loaded.catalog;
const shipped = readFileSync(NATIONAL_766_MAPPING, 'utf8');

function problemsOf(text: string): string[] {
  const result = loadFeedMapping('feed.yaml', catalog, text);
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe('the national-766 feed mapping', () => {
  it('loads and maps the five 766 component indices, by day', () => {
    const result = loadFeedMapping(NATIONAL_766_MAPPING, catalog);
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    expect(result.mapping.frequency).toBe('day');
    expect(Object.keys(result.mapping.record.values).sort()).toEqual([
      'PSV_766_DIGITISATION',
      'PSV_766_ONLINE',
      'PSV_766_SATISFACTION',
      'PSV_766_TIMELINESS',
      'PSV_766_TRANSPARENCY',
    ]);
  });

  it('reads dotted paths and nothing through arrays or missing steps', () => {
    expect(readPath({ a: { b: 3 } }, 'a.b')).toBe(3);
    expect(readPath({ a: [{ b: 3 }] }, 'a.b')).toBeUndefined();
    expect(readPath({ a: null }, 'a.b')).toBeUndefined();
  });

  const line = (needle: string) => shipped.split('\n').findIndex((l) => l.includes(needle)) + 1;
  const broken: Array<[string, string, string[]]> = [
    [
      'an indicator not in the catalog',
      shipped.replace('PSV_766_ONLINE:', 'PSV_766_ONLYNE:'),
      [
        `feed.yaml:${line('PSV_766_ONLINE:')}:5: record.values.PSV_766_ONLYNE: no indicator PSV_766_ONLYNE in the catalog`,
      ],
    ],
    [
      'an indicator entered by people, not fed',
      shipped.replace('PSV_766_ONLINE:', 'PSV_DOSSIERS_RECEIVED:'),
      [
        `feed.yaml:${line('PSV_766_ONLINE:')}:5: record.values.PSV_DOSSIERS_RECEIVED: PSV_DOSSIERS_RECEIVED has source import; a feed writes only indicators with source national-feed`,
      ],
    ],
    [
      'one field mapped twice',
      shipped.replace('PSV_766_ONLINE: dichVuTrucTuyen', 'PSV_766_ONLINE: soHoaHoSo'),
      [
        `feed.yaml:${line('PSV_766_ONLINE:')}:21: record.values.PSV_766_ONLINE: field "soHoaHoSo" is already mapped to PSV_766_DIGITISATION`,
      ],
    ],
    [
      'a misspelt field',
      shipped.replace('  hasMore: conTiep', '  hasMore: conTiep\n  hasMoar: x'),
      [`feed.yaml:${line('hasMore:') + 1}:3: response.hasMoar: unknown field`],
    ],
    [
      'a missing field',
      shipped.replace('  sequence: soThuTu\n', ''),
      [`feed.yaml:${line('generatedAt:') - 1}:3: payload.sequence: required field is missing`],
    ],
    [
      'a path that is not a field path',
      shipped.replace('records: duLieu', 'records: du-lieu'),
      [
        `feed.yaml:${line('records: duLieu')}:12: payload.records: a field path is field names joined by dots, e.g. data.items`,
      ],
    ],
    [
      'YAML syntax',
      shipped.replace('  limit: 100', '  limit: [100'),
      [expect.stringMatching(/^feed\.yaml:\d+:\d+: YAML syntax: /) as unknown as string],
    ],
  ];

  it.each(broken)('refuses %s with a located problem', (_, text, expected) => {
    expect(problemsOf(text)).toEqual(expected);
  });
});
