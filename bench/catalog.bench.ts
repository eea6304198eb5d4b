// The catalog benchmark: load + validate the YAML catalog, build the GraphQL schema and print it, for the shipped
// catalog and generated ones of 283 to 10,000 indicators. `npm run bench [-- --write]`; see bench/README.md.
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileCatalog, loadCatalog } from '@ioc/schema/catalog';
import { DEFAULT_CATALOG_DIR } from '@ioc/schema/catalogDir';
import { type CatalogFile, listCatalogFiles, loadCatalogFile } from '@ioc/schema/loader';
import type { Problem } from '@ioc/schema/problem';
import { GraphQLEnumType, printSchema } from 'graphql';
import { buildSchema } from '../api/src/schema/buildSchema';
import { generateCatalog } from './generateCatalog';
import { RESULTS_PATH, writeResultsSection } from './resultsFile';

const SECTION_TITLE = '## Catalog: load, validate, build the GraphQL schema';
const TARGET_SHIPPED_MS = 300;
const TARGET_10K_MS = 5000;
/** How far the per-indicator cost at the largest size may drift from the shipped catalog's and still read linear. */
const LINEAR_TOLERANCE = 0.25;
const WARMUP_MS = 1000;
const MAX_WARMUPS = 15;

interface Size {
  label: string;
  /** Indicators to generate; undefined for the shipped catalog. */
  generate?: number;
  runs: number;
  /** Extra runs that time loadCatalog's stages apart, to show where load + validate spends its time. */
  stages?: number;
}

const SIZES: Size[] = [
  { label: 'shipped', runs: 7, stages: 5 },
  { label: 'generated', generate: 283, runs: 7 },
  { label: 'generated', generate: 1000, runs: 7 },
  { label: 'generated', generate: 3000, runs: 5 },
  { label: 'generated', generate: 10000, runs: 5, stages: 3 },
];

interface Run {
  load: number;
  build: number;
  print: number;
  total: number;
}

interface Result {
  label: string;
  indicators: number;
  derived: number;
  runs: Run[];
  /** The first warm-up run; for the first size, the cold first call in the process. */
  warmup: Run;
  warmups: number;
  /** Medians of loadCatalog's two stages, timed apart in extra runs (shipped and largest catalogs only). */
  stages?: { parse: number; compile: number };
  /** process.resourceUsage().maxRSS after this size, in MB: the peak of the process so far. */
  peakRssMb: number;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};
const min = (xs: number[]): number => Math.min(...xs);

function timeOnce(dir: string, expected?: number): Run & { indicators: number; derived: number } {
  const t0 = performance.now();
  const loaded = loadCatalog(dir);
  const t1 = performance.now();
  if (!loaded.ok) {
    const shown = loaded.problems.slice(0, 5).map((p) => `  ${p.file}:${p.line}:${p.col}: ${p.message}`);
    throw new Error(`catalog ${dir} is invalid (${loaded.problems.length} problems):\n${shown.join('\n')}`);
  }
  const schema = buildSchema(loaded.catalog);
  const t2 = performance.now();
  const sdl = printSchema(schema);
  const t3 = performance.now();
  const indicators = loaded.catalog.indicators.length;
  const codes = schema.getType('IndicatorCode');
  const values = codes instanceof GraphQLEnumType ? codes.getValues().length : -1;
  if (values !== indicators || sdl.length === 0 || (expected !== undefined && indicators !== expected)) {
    throw new Error(`schema of ${dir}: ${values} IndicatorCode values for ${indicators} indicators`);
  }
  const derived = loaded.catalog.indicators.filter((i) => i.kind === 'derived').length;
  return { load: t1 - t0, build: t2 - t1, print: t3 - t2, total: t3 - t0, indicators, derived };
}

/** Times loadCatalog's two stages apart: reading + YAML parsing + shape check per file, then the catalog rules. */
function timeStages(dir: string, runs: number): { parse: number; compile: number } {
  const parse: number[] = [];
  const compile: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const files: CatalogFile[] = [];
    const problems: Problem[] = [];
    for (const path of listCatalogFiles(dir)) {
      const loaded = loadCatalogFile(path);
      problems.push(...loaded.problems);
      if (loaded.file) files.push(loaded.file);
    }
    const t1 = performance.now();
    if (!compileCatalog(files, problems).ok) throw new Error(`catalog ${dir} is invalid`);
    compile.push(performance.now() - t1);
    parse.push(t1 - t0);
  }
  return { parse: median(parse), compile: median(compile) };
}

function measure(size: Size, dir: string): Result {
  // The first run also checks the catalog and its schema; more warm-up runs follow until WARMUP_MS have passed, so
  // that small catalogs are timed with optimised code too and not while V8 is still tiering up.
  const start = performance.now();
  const { indicators, derived, ...warmup } = timeOnce(dir, size.generate);
  let warmups = 1;
  while (performance.now() - start < WARMUP_MS && warmups < MAX_WARMUPS) {
    timeOnce(dir);
    warmups++;
  }
  const runs: Run[] = [];
  for (let i = 0; i < size.runs; i++) {
    const { indicators: _n, derived: _d, ...run } = timeOnce(dir);
    runs.push(run);
  }
  const stages = size.stages ? timeStages(dir, size.stages) : undefined;
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  return { label: size.label, indicators, derived, runs, warmup, warmups, stages, peakRssMb };
}

const stat = (r: Result, k: keyof Run, f: (xs: number[]) => number) => f(r.runs.map((x) => x[k]));
const ms = (x: number): string =>
  x < 10 ? x.toFixed(2) : x < 1000 ? x.toFixed(1) : Math.round(x).toLocaleString('en-US');
const cell = (r: Result, k: keyof Run) => `${ms(stat(r, k, median))} (${ms(stat(r, k, min))})`;
const perIndicatorUs = (r: Result, f: (xs: number[]) => number) => (stat(r, 'total', f) * 1000) / r.indicators;
const count = (n: number) => n.toLocaleString('en-US');

function report(results: Result[], elapsedS: number): string {
  const shipped = results[0] as Result;
  const largest = results[results.length - 1] as Result;
  const rows = results.map((r) => {
    const ratio = perIndicatorUs(r, median) / perIndicatorUs(shipped, median);
    return [
      `${r.label} (${r.runs.length} runs)`,
      `${count(r.indicators)} (${Math.round((100 * r.derived) / r.indicators)}% derived)`,
      cell(r, 'load'),
      cell(r, 'build'),
      cell(r, 'print'),
      `**${cell(r, 'total')}**`,
      perIndicatorUs(r, median).toFixed(0),
      ratio.toFixed(2),
      r.peakRssMb.toFixed(0),
    ];
  });
  const header = [
    'catalog',
    'indicators',
    'load + validate',
    'buildSchema',
    'printSchema',
    'total',
    'µs / indicator',
    'per-indicator vs shipped',
    'peak RSS MB',
  ];
  const table = [header, header.map((_h, i) => (i < 2 ? '---' : '--:')), ...rows].map((r) => `| ${r.join(' | ')} |`);

  const ratioMedian = perIndicatorUs(largest, median) / perIndicatorUs(shipped, median);
  const ratioMin = perIndicatorUs(largest, min) / perIndicatorUs(shipped, min);
  // The generated catalog of the shipped size separates the effect of size from that of the synthetic mix.
  const twin = results.find((r) => r !== shipped && r.indicators === shipped.indicators);
  const twinRatio = twin
    ? `; ${count(largest.indicators)} / generated ${count(twin.indicators)}: ` +
      `${(perIndicatorUs(largest, median) / perIndicatorUs(twin, median)).toFixed(2)}× by median`
    : '';
  const marginal = results.slice(2).map((r, i) => {
    const prev = results[i + 1] as Result;
    const us = ((stat(r, 'total', median) - stat(prev, 'total', median)) * 1000) / (r.indicators - prev.indicators);
    return `${count(prev.indicators)} → ${count(r.indicators)}: ${us.toFixed(0)} µs`;
  });
  const shippedTotal = stat(shipped, 'total', median);
  const largestTotal = stat(largest, 'total', median);
  const verdict = (value: number, target: number) =>
    value < target ? `met, ${(target / value).toFixed(1)}× under` : '**missed**';
  const stageText = (r: Result) => {
    if (!r.stages) return [];
    const { parse, compile } = r.stages;
    const share = Math.round((100 * parse) / (parse + compile));
    const per = (x: number) => ((x * 1000) / r.indicators).toFixed(0);
    return [
      `${count(r.indicators)}: files (read, YAML parse, shape check) ${ms(parse)} ms = ${per(parse)} µs/indicator ` +
        `(${share}%), catalog rules and dependency graph ${ms(compile)} ms = ${per(compile)} µs/indicator`,
    ];
  };
  const stages = results.flatMap(stageText);
  const cpu = cpus();
  const machine = `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}`;
  const [big, small] = [count(largest.indicators), count(shipped.indicators)];
  return [
    `Measured ${new Date().toISOString().slice(0, 10)} on Node ${process.version}, ${machine}, load average ` +
      `${loadavg()[0]?.toFixed(1)} at the end; the whole run took ${elapsedS.toFixed(0)} s.`,
    `Each size: warm-up runs for at least ${WARMUP_MS / 1000} s (at least one), then the timed runs, all in one ` +
      'process. Cells are **median (min)** in ms; the total is timed per run, not summed from the columns. ' +
      'µs / indicator is the median total divided by the indicator count; peak RSS is the peak of the process so ' +
      'far (sizes run smallest first).',
    '',
    ...table,
    '',
    `- Per-indicator cost, ${big} / shipped ${small}: ${ratioMedian.toFixed(2)}× by median, ` +
      `${ratioMin.toFixed(2)}× by min${twinRatio}; 1.00 is linear growth.`,
    `- Marginal cost per added indicator (median totals): ${marginal.join('; ')}.`,
    `- Cold first run of the shipped catalog (the first call in the process, before V8 optimised anything and with ` +
      `lazily initialised validators; module import excluded): ${ms(shipped.warmup.total)} ms, of which load + ` +
      `validate ${ms(shipped.warmup.load)} ms.`,
    ...(stages.length > 0 ? [`- Inside load + validate (medians of separate runs): ${stages.join('; ')}.`] : []),
    `- Targets: shipped catalog under ${TARGET_SHIPPED_MS} ms: ${verdict(shippedTotal, TARGET_SHIPPED_MS)} ` +
      `(${ms(shippedTotal)} ms median); ${big} indicators under ${TARGET_10K_MS / 1000} s: ` +
      `${verdict(largestTotal, TARGET_10K_MS)} (${ms(largestTotal)} ms median); growth ` +
      `${Math.abs(ratioMedian - 1) <= LINEAR_TOLERANCE ? 'close to linear' : '**not linear**'} ` +
      `(per-indicator cost ${ratioMedian.toFixed(2)}× the shipped catalog's; ` +
      `within ±${LINEAR_TOLERANCE * 100}% counts as linear).`,
  ].join('\n');
}

const INTRO = `# Benchmark results

Benchmarks of the platform's own code paths, run with \`npm run bench\` (see bench/README.md). The figures below come
from \`npm run bench -- --write\` on the project's 2-core machine under Node 20.20.2, on 2026-11-28. These machines are
shared and noisy (other jobs run beside the benchmark), so absolute milliseconds move between runs by tens of percent:
compare sizes and ratios within one run, not figures across runs.
`;

function main(): void {
  const write = process.argv.includes('--write');
  const started = performance.now();
  const tmp = mkdtempSync(join(tmpdir(), 'ioc-catalog-bench-'));
  const results: Result[] = [];
  try {
    for (const size of SIZES) {
      let dir = DEFAULT_CATALOG_DIR;
      if (size.generate !== undefined) {
        dir = join(tmp, String(size.generate));
        const t = performance.now();
        generateCatalog(dir, size.generate);
        console.error(`generated ${count(size.generate)} indicators in ${ms(performance.now() - t)} ms`);
      }
      const result = measure(size, dir);
      console.error(
        `${result.label} ${count(result.indicators)}: total ${ms(stat(result, 'total', median))} ms median ` +
          `over ${result.runs.length} runs (first warm-up ${ms(result.warmup.total)} ms, ` +
          `${result.warmups} warm-up runs)`,
      );
      results.push(result);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  const body = report(results, (performance.now() - started) / 1000);
  console.log(`${SECTION_TITLE}\n\n${body}`);
  if (write) {
    writeResultsSection(
      SECTION_TITLE,
      `Command: \`npm run bench -- --write\` (bench/catalog.bench.ts).\n\n${body}`,
      INTRO,
    );
    console.error(`wrote ${RESULTS_PATH}`);
  }
}

try {
  main();
} catch (e) {
  console.error(`error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  process.exitCode = 1;
}
