// Reviewing a catalog change: a fixture change set (a formula changed, a threshold changed, an input's bounds
// changed, a derived indicator removed, one added) gives the exact lines a reviewer reads, stale values followed
// through formulas; GraphQL changes are judged by GraphQL Inspector, a breaking one fails unless marked intended;
// and the whole review runs against a real git ref.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type Catalog, loadCatalog } from '../src/catalog';
import { diffCatalogs, formatCatalogDiff } from '../src/catalogDiff';
import { diffSchemas, formatSchemaChanges, readIntendedBreaking, unintendedBreaking } from '../src/graphqlDiff';
import { reviewCatalogChange } from '../src/reviewCatalog';

const FIXTURE = join(import.meta.dirname, 'fixtures', 'valid');
const scratch = mkdtempSync(join(tmpdir(), 'ioc-diff-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function load(dir: string): Catalog {
  const result = loadCatalog(dir);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.catalog;
}

/** The fixture catalog with the change set applied, in a directory of its own. */
function changedCatalog(into: string): void {
  cpSync(FIXTURE, into, { recursive: true });
  const tourism = join(into, '17-tourism.yaml');
  let text = readFileSync(tourism, 'utf8');
  text = text
    .replace('formula: TOU_VISITORS_INTL / TOU_VISITORS * 100', 'formula: TOU_VISITORS_INTL / (TOU_VISITORS + 1) * 100')
    .replace(
      'threshold: { direction: higher, target: 500000, warning: 50000 }',
      'threshold: { direction: higher, target: 600000, warning: 50000 }',
    )
    .replace('bounds: [0, 200000]', 'bounds: [0, 150000]');
  text += `  - code: TOU_NIGHTS
    name: Số đêm lưu trú
    nameEn: Guest nights
    unit: đêm
    frequency: month
    level: commune
    source: import
    bounds: [0, 5000000]
    aggregation: { units: sum, time: sum }
    agency: Sở Văn hóa, Thể thao và Du lịch
    description: Tổng số đêm khách lưu trú trong kỳ.
`;
  writeFileSync(tourism, text);
  const population = join(into, '01-population.yaml');
  const pop = readFileSync(population, 'utf8');
  writeFileSync(population, pop.slice(0, pop.indexOf('  - code: POP_VISITORS_PER_1000')));
}

describe('the catalog part', () => {
  it('lists what was added, removed and changed, and the values made stale, through formulas', () => {
    const after = join(scratch, 'after');
    changedCatalog(after);
    const diff = diffCatalogs(load(FIXTURE), load(after));
    expect(formatCatalogDiff(diff)).toEqual([
      'added: 1',
      '  + TOU_NIGHTS (Số đêm lưu trú; month, commune, input)',
      'removed: 1',
      '  - POP_VISITORS_PER_1000 (Lượt khách trên 1.000 dân)',
      'changed: 3',
      '  ~ TOU_VISITORS',
      '    threshold: {"direction":"higher","target":500000,"warning":50000} -> {"direction":"higher","target":600000,"warning":50000}',
      '  ~ TOU_VISITORS_INTL',
      '    bounds: [0, 200000] -> [0, 150000]',
      '  ~ TOU_INTL_SHARE',
      '    formula: TOU_VISITORS_INTL / TOU_VISITORS * 100 -> TOU_VISITORS_INTL / (TOU_VISITORS + 1) * 100',
      'stale values: 4',
      '  ! TOU_VISITORS: its statuses and alerts are judged again',
      '  ! TOU_VISITORS_INTL: stored observations outside the new bounds would now be refused',
      '  ! TOU_INTL_SHARE: its computed values change',
      '  ! POP_VISITORS_PER_1000: removed: its values are no longer computed',
    ]);
  });

  it('follows a changed formula to every indicator that reads it, once each', () => {
    const before = join(scratch, 'chain-before');
    const after = join(scratch, 'chain-after');
    cpSync(FIXTURE, before, { recursive: true });
    const extra = `  - code: TOU_INTL_SHARE_GAP
    name: Chênh lệch tỷ lệ khách quốc tế so với mục tiêu
    nameEn: International share gap
    unit: điểm %
    frequency: month
    level: commune
    formula: 10 - TOU_INTL_SHARE
    agency: Sở Văn hóa, Thể thao và Du lịch
    description: Mục tiêu 10% trừ tỷ lệ khách quốc tế.
`;
    writeFileSync(join(before, '17-tourism.yaml'), readFileSync(join(before, '17-tourism.yaml'), 'utf8') + extra);
    cpSync(before, after, { recursive: true });
    const file = join(after, '17-tourism.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        'aggregation: { units: sum, time: sum }\n    agency: Sở Văn hóa, Thể thao và Du lịch\n    description: Lượt khách quốc tế',
        'aggregation: { units: sum, time: last }\n    agency: Sở Văn hóa, Thể thao và Du lịch\n    description: Lượt khách quốc tế',
      ),
    );
    const diff = diffCatalogs(load(before), load(after));
    expect(diff.changed.map((c) => c.code)).toEqual(['TOU_VISITORS_INTL']);
    expect(diff.stale).toEqual([
      { code: 'TOU_VISITORS_INTL', reason: 'its computed values change' },
      { code: 'TOU_INTL_SHARE', reason: 'computed values are recomputed: it reads TOU_VISITORS_INTL, which changed' },
      {
        code: 'TOU_INTL_SHARE_GAP',
        reason: 'computed values are recomputed: it reads TOU_VISITORS_INTL, which changed',
      },
    ]);
  });
});

const SDL_BEFORE = `
enum IndicatorCode { TOU_VISITORS TOU_INTL_SHARE POP_VISITORS_PER_1000 }
type Tourism { visitors: Float intlShare: Float }
type Population { visitorsPer1000: Float }
type Query { tourism: Tourism population: Population }
`;
const SDL_AFTER = `
enum IndicatorCode { TOU_VISITORS TOU_INTL_SHARE TOU_NIGHTS }
type Tourism { visitors: Float intlShare: Float nights: Float }
type Population { total: Float }
type Query { tourism: Tourism population: Population }
`;

describe('the GraphQL part', () => {
  it('judges each change with GraphQL Inspector: removals break clients, additions do not', async () => {
    const changes = await diffSchemas(SDL_BEFORE, SDL_AFTER);
    expect(formatSchemaChanges(changes)).toEqual([
      'GraphQL changes: 5',
      "  BREAKING: Enum value 'POP_VISITORS_PER_1000' was removed from enum 'IndicatorCode'",
      "  BREAKING: Field 'visitorsPer1000' was removed from object type 'Population'",
      "  dangerous: Enum value 'TOU_NIGHTS' was added to enum 'IndicatorCode'",
      "  safe: Field 'total' was added to object type 'Population'",
      "  safe: Field 'nights' was added to object type 'Tourism'",
    ]);
    expect(unintendedBreaking(changes).map((c) => c.path)).toEqual([
      'IndicatorCode.POP_VISITORS_PER_1000',
      'Population.visitorsPer1000',
    ]);
  });

  it('a breaking change listed as intended, with its reason, no longer fails', async () => {
    const file = join(scratch, 'intended.yaml');
    writeFileSync(
      file,
      'intended:\n  - path: IndicatorCode.POP_VISITORS_PER_1000\n    reason: merged into TOU_VISITORS_PER_1000\n  - path: Population.visitorsPer1000\n    reason: merged into Tourism\n',
    );
    const changes = await diffSchemas(SDL_BEFORE, SDL_AFTER, readIntendedBreaking(file));
    expect(unintendedBreaking(changes)).toEqual([]);
    expect(formatSchemaChanges(changes)[1]).toBe(
      "  breaking (intended): Enum value 'POP_VISITORS_PER_1000' was removed from enum 'IndicatorCode' (merged into TOU_VISITORS_PER_1000)",
    );
  });

  it('a malformed intended file says where', () => {
    const file = join(scratch, 'bad-intended.yaml');
    writeFileSync(file, 'intended:\n  - path: IndicatorCode.X\n');
    expect(() => readIntendedBreaking(file)).toThrow(`${file}: intended.0.reason:`);
  });
});

describe('the review against a git ref', () => {
  const git = (repo: string, ...args: string[]) =>
    execFileSync('git', args, {
      cwd: repo,
      stdio: 'pipe',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@t',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@t',
      },
    });

  it('fails on an unintended breaking change, and passes once it is marked intended', async () => {
    const repo = join(scratch, 'repo');
    mkdirSync(join(repo, 'schema'), { recursive: true });
    cpSync(FIXTURE, join(repo, 'schema', 'catalog'), { recursive: true });
    writeFileSync(join(repo, 'schema', 'schema.graphql'), SDL_BEFORE);
    writeFileSync(join(repo, 'schema', 'intended-breaking.yaml'), 'intended: []\n');
    git(repo, 'init', '-q');
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'before');

    rmSync(join(repo, 'schema', 'catalog'), { recursive: true });
    changedCatalog(join(repo, 'schema', 'catalog'));
    writeFileSync(join(repo, 'schema', 'schema.graphql'), SDL_AFTER);
    const review = await reviewCatalogChange({ ref: 'HEAD', cwd: repo });
    expect(review.ok).toBe(false);
    expect(review.lines[0]).toMatch(/^catalog schema\/catalog: HEAD \([0-9a-f]{12}\) -> working tree$/);
    expect(review.lines).toContain('  - POP_VISITORS_PER_1000 (Lượt khách trên 1.000 dân)');
    expect(review.lines.at(-1)).toBe(
      '2 breaking GraphQL change(s) would break clients. If that is intended, list each path in schema/intended-breaking.yaml with a reason: IndicatorCode.POP_VISITORS_PER_1000, Population.visitorsPer1000',
    );

    writeFileSync(
      join(repo, 'schema', 'intended-breaking.yaml'),
      'intended:\n  - path: IndicatorCode.POP_VISITORS_PER_1000\n    reason: merged\n  - path: Population.visitorsPer1000\n    reason: merged\n',
    );
    expect((await reviewCatalogChange({ ref: 'HEAD', cwd: repo })).ok).toBe(true);
    await expect(reviewCatalogChange({ ref: 'no-such-branch', cwd: repo })).rejects.toThrow(
      'unknown git ref "no-such-branch"',
    );
  });
});
