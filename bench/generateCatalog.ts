// Writes a deterministic synthetic indicator catalog of any size, valid under every rule of schema/CATALOG.md, so
// that the catalog benchmark can measure load, validation and schema building well beyond the shipped 283 indicators.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isRatioUnit } from '@ioc/schema/indicatorRules';
import { FREQUENCIES, type Frequency } from '@ioc/schema/period';
import { ADMIN_LEVELS, type AdminLevel } from '@ioc/schema/units';

type UnitsRule = 'sum' | 'average' | 'weightedAverage';
type TimeRule = 'sum' | 'average' | 'last';

export interface GenerateOptions {
  /** Number of sector files; default 24 (as shipped), at most `count`. */
  sectors?: number;
  /** Seed of the pseudo-random generator: the same count, sectors and seed give the same files. */
  seed?: number;
}

export interface GeneratedCatalog {
  files: string[];
  inputs: number;
  derived: number;
}

// The shipped catalog's mix: 13% daily, 4% weekly, 38% monthly, 18% quarterly, 27% yearly; 60% communal.
const FREQUENCY_WEIGHTS = [13, 4, 38, 18, 27];
const LEVEL_WEIGHTS = [34, 6, 60];

const SECTORS: ReadonlyArray<readonly [code: string, prefix: string, name: string, nameEn: string, agency: string]> = [
  ['population', 'POP', 'Đất đai và dân số', 'Land and population', 'Cục Thống kê tỉnh'],
  ['labour', 'LAB', 'Lao động, việc làm', 'Labour and employment', 'Sở Nội vụ'],
  ['enterprise', 'ENT', 'Doanh nghiệp, hợp tác xã', 'Enterprises and cooperatives', 'Sở Tài chính'],
  ['investment', 'INV', 'Đầu tư và xây dựng', 'Investment and construction', 'Sở Tài chính'],
  ['nationalAccounts', 'GRDP', 'Tài khoản quốc gia', 'National accounts', 'Cục Thống kê tỉnh'],
  ['publicFinance', 'FIN', 'Tài chính công', 'Public finance', 'Sở Tài chính'],
  ['insurance', 'INS', 'Bảo hiểm', 'Insurance', 'Bảo hiểm xã hội tỉnh'],
  ['agriculture', 'AGR', 'Nông, lâm nghiệp và thủy sản', 'Agriculture and fisheries', 'Sở Nông nghiệp và Môi trường'],
  ['industry', 'IND', 'Công nghiệp', 'Industry', 'Sở Công Thương'],
  ['trade', 'TRD', 'Thương mại, dịch vụ', 'Trade and services', 'Sở Công Thương'],
  ['prices', 'PRC', 'Chỉ số giá', 'Prices', 'Cục Thống kê tỉnh'],
  ['transport', 'TRN', 'Vận tải', 'Transport', 'Sở Xây dựng'],
  ['ict', 'ICT', 'Công nghệ thông tin và truyền thông', 'Information and communication', 'Sở Khoa học và Công nghệ'],
  ['science', 'SCI', 'Khoa học và công nghệ', 'Science and technology', 'Sở Khoa học và Công nghệ'],
  ['education', 'EDU', 'Giáo dục', 'Education', 'Sở Giáo dục và Đào tạo'],
  ['health', 'HEA', 'Y tế', 'Health', 'Sở Y tế'],
  ['tourism', 'TOU', 'Văn hóa, thể thao và du lịch', 'Culture, sport and tourism', 'Sở Văn hóa, Thể thao và Du lịch'],
  ['livingStandards', 'LIV', 'Mức sống dân cư', 'Living standards', 'Cục Thống kê tỉnh'],
  ['justice', 'JUS', 'Trật tự, an toàn xã hội và tư pháp', 'Social order and justice', 'Công an tỉnh'],
  ['environment', 'ENV', 'Môi trường', 'Environment', 'Sở Nông nghiệp và Môi trường'],
  ['publicServices', 'PSV', 'Dịch vụ công trực tuyến', 'Online public services', 'Văn phòng UBND tỉnh'],
  ['citizenFeedback', 'CFB', 'Phản ánh, kiến nghị của người dân', 'Citizen feedback', 'Trung tâm IOC'],
  ['trafficSafety', 'TRS', 'An toàn giao thông', 'Traffic safety', 'Công an tỉnh'],
  ['digitalTransformation', 'DTF', 'Chuyển đổi số', 'Digital transformation', 'Sở Khoa học và Công nghệ'],
];

const sectorDef = (s: number) => SECTORS[s % SECTORS.length] as (typeof SECTORS)[number];
/** Sectors beyond the 24 named ones repeat them with a number: population2, labour2, ... */
const sectorSuffix = (s: number) => (s < SECTORS.length ? '' : String(Math.floor(s / SECTORS.length) + 1));

function stem(...[code, name, nameEn, unit, units, time, max]: StemRow): Stem {
  return { code, name, nameEn, unit, units, time, max };
}
type StemRow = [string, string, string, string, UnitsRule, TimeRule, number];

interface Stem {
  code: string;
  name: string;
  nameEn: string;
  unit: string;
  units: UnitsRule;
  time: TimeRule;
  /** Order of magnitude of the upper bound (10^max); ratios are bounded by their scale instead. */
  max: number;
}

// Flows (summed over units and time), stocks (summed over units, last over time) and ratios (averaged).
const STEMS: readonly Stem[] = [
  stem('VISITORS', 'Lượt khách', 'Visitors', 'lượt khách', 'sum', 'sum', 6),
  stem('CASES', 'Số vụ việc phát sinh', 'Cases', 'vụ việc', 'sum', 'sum', 4),
  stem('FILES', 'Số hồ sơ tiếp nhận', 'Files received', 'hồ sơ', 'sum', 'sum', 5),
  stem('REVENUE', 'Doanh thu', 'Revenue', 'tỷ đồng', 'sum', 'sum', 5),
  stem('OUTPUT', 'Sản lượng', 'Output', 'tấn', 'sum', 'sum', 6),
  stem('NEW', 'Số đơn vị thành lập mới', 'New units', 'đơn vị', 'sum', 'sum', 4),
  stem('POWER', 'Điện năng tiêu thụ', 'Power used', 'triệu kWh', 'sum', 'sum', 4),
  stem('EXPORTS', 'Kim ngạch xuất khẩu', 'Exports', 'triệu USD', 'sum', 'sum', 4),
  stem('PEOPLE', 'Số người', 'People', 'người', 'sum', 'last', 7),
  stem('HOUSEHOLDS', 'Số hộ', 'Households', 'hộ', 'sum', 'last', 6),
  stem('AREA', 'Diện tích', 'Area', 'ha', 'sum', 'last', 6),
  stem('SITES', 'Số cơ sở hoạt động', 'Active sites', 'cơ sở', 'sum', 'last', 4),
  stem('RATE', 'Tỷ lệ đạt chuẩn', 'Compliance rate', '%', 'average', 'average', 0),
  stem('PRICE', 'Giá bình quân', 'Average price', 'đồng/kg', 'weightedAverage', 'average', 6),
  stem('SCORE', 'Điểm đánh giá', 'Score', 'điểm', 'average', 'last', 2),
  stem('PERMILLE', 'Tỷ suất', 'Rate per thousand', '‰', 'average', 'last', 0),
];

interface Generated {
  code: string;
  sector: number;
  frequency: Frequency;
  level: AdminLevel;
  afterReform?: AdminLevel;
  unit: string;
  input: boolean;
  timeRule?: TimeRule;
}

/** mulberry32: a small, fast, deterministic generator of floats in [0, 1). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A YAML scalar: plain when that is unambiguous, otherwise double-quoted (a JSON string is valid YAML). */
function scalar(s: string): string {
  return /^[\p{L}\p{N}(][^:#"'\n]*$/u.test(s) && !/\s$/.test(s) && !/^(true|false|null|yes|no|~|[\d.e+-]+)$/i.test(s)
    ? s
    : JSON.stringify(s);
}

const FREQUENCY_VI: Record<Frequency, string> = {
  day: 'ngày',
  week: 'tuần',
  month: 'tháng',
  quarter: 'quý',
  year: 'năm',
};
const LEVEL_VI: Record<AdminLevel, string> = { province: 'tỉnh', district: 'huyện', commune: 'xã' };
const SINCE: Record<Frequency, string> = {
  day: '2021-01-01',
  week: '2021-W01',
  month: '2021-01',
  quarter: '2021-Q1',
  year: '2021',
};

/**
 * Writes `count` indicators into `dir` as one YAML file per sector (existing `*.yaml` files in `dir` are removed).
 * About a third are derived; a derived indicator reads only indicators generated before it (no cycles), never more
 * frequent nor more local than itself, and summed ratios never occur. The result passes `loadCatalog(dir)`.
 */
export function generateCatalog(dir: string, count: number, options: GenerateOptions = {}): GeneratedCatalog {
  if (!Number.isInteger(count) || count < 1) throw new Error(`count must be a positive integer, got ${count}`);
  const sectorCount = Math.min(options.sectors ?? SECTORS.length, count);
  if (!Number.isInteger(sectorCount) || sectorCount < 1) throw new Error(`sectors must be a positive integer`);
  const rnd = random(options.seed ?? 20261128);
  const int = (n: number) => Math.floor(rnd() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)] as T;
  const weighted = <T>(list: readonly T[], weights: readonly number[]): T => {
    let r = rnd() * weights.reduce((s, w) => s + w, 0);
    for (let i = 0; i < list.length; i++) {
      r -= weights[i] as number;
      if (r < 0) return list[i] as T;
    }
    return list[list.length - 1] as T;
  };
  const round = (x: number) => (x >= 100 ? Math.round(x) : Math.round(x * 10) / 10);

  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(dir)) if (f.endsWith('.yaml')) rmSync(join(dir, f));

  const all: Generated[] = [];
  // Earlier indicators by [frequency][level], so that a derived one finds compatible inputs without a scan.
  const byKind: number[][][] = FREQUENCIES.map(() => ADMIN_LEVELS.map(() => []));
  const fr = (f: Frequency) => FREQUENCIES.indexOf(f);
  const lr = (l: AdminLevel) => ADMIN_LEVELS.indexOf(l);
  const after = (g: Generated): number => lr(g.level === 'district' ? (g.afterReform ?? 'province') : g.level);

  /** An earlier indicator at most as frequent and at least as local as (f, l) that passes `ok`, recent ones first. */
  const findInput = (f: number, l: number, ok: (g: Generated) => boolean, exclude: readonly Generated[]) => {
    const usable = (g: Generated | undefined): g is Generated =>
      g !== undefined && fr(g.frequency) <= f && lr(g.level) >= l && ok(g) && !exclude.includes(g);
    for (let tries = 0; tries < 8; tries++) {
      const g = all[all.length - 1 - int(Math.min(all.length, 60))];
      if (usable(g)) return g;
    }
    const lists: number[][] = [];
    for (let fi = 0; fi <= f; fi++) for (let li = l; li < ADMIN_LEVELS.length; li++) lists.push(byKind[fi]?.[li] ?? []);
    for (let tries = 0; tries < 12; tries++) {
      const list = pick(lists);
      const g = all[list[list.length - 1 - int(Math.min(list.length, 40))] ?? -1];
      if (usable(g)) return g;
    }
    return undefined;
  };

  const sectorLines: string[][] = [];
  for (let s = 0; s < sectorCount; s++) {
    const [code, , name, nameEn] = sectorDef(s);
    const suffix = sectorSuffix(s);
    sectorLines.push([
      '# Synthetic catalog written by bench/generateCatalog.ts: do not edit.',
      'sector:',
      `  code: ${code}${suffix}`,
      `  name: ${scalar(`${name}${suffix && ` ${suffix}`}`)}`,
      `  nameEn: ${scalar(`${nameEn}${suffix && ` ${suffix}`}`)}`,
      `  order: ${s + 1}`,
      'indicators:',
    ]);
  }

  let derivedCount = 0;
  for (let i = 0; i < count; i++) {
    const sector = Math.floor((i * sectorCount) / count);
    const firstOfSector = Math.floor((sector * count) / sectorCount);
    const [, prefix, , , agency] = sectorDef(sector);
    const seq = String(i + 1).padStart(5, '0');
    let frequency = weighted(FREQUENCIES, FREQUENCY_WEIGHTS);
    let level = weighted(ADMIN_LEVELS, LEVEL_WEIGHTS);
    const lines: string[] = [];
    let g: Generated | undefined;

    if (i >= 8 && rnd() < 0.35) g = derive(i, prefix, seq, sector, frequency, level, lines);
    if (g) derivedCount++;
    else {
      const stem = pick(STEMS);
      let units: UnitsRule = stem.units;
      let weight: Generated | undefined;
      if (units === 'weightedAverage') {
        weight = findInput(FREQUENCIES.length - 1, lr(level), (w) => w.input && !isRatioUnit(w.unit), []);
        if (!weight) units = 'average';
      }
      const afterReform = level === 'district' ? (rnd() < 0.73 ? 'commune' : 'province') : undefined;
      g = {
        code: `${prefix}_${stem.code}_${seq}`,
        sector,
        frequency,
        level,
        afterReform,
        unit: stem.unit,
        input: true,
      };
      g.timeRule = stem.time;
      const hi = stem.unit === '%' || stem.unit === 'điểm' ? 100 : stem.unit === '‰' ? 1000 : 10 ** (stem.max - int(2));
      lines.push(
        `  - code: ${g.code}`,
        `    name: ${scalar(`${stem.name} ${seq}`)}`,
        `    nameEn: ${scalar(`${stem.nameEn} no. ${i + 1}`)}`,
        `    unit: ${scalar(stem.unit)}`,
        `    frequency: ${frequency}`,
        `    level: ${level}`,
        ...(afterReform ? [`    afterReform: ${afterReform}`] : []),
        `    source: ${weighted(['manual', 'import', 'national-feed'], [60, 30, 10])}`,
        `    bounds: [0, ${hi}]`,
        weight
          ? `    aggregation: { units: weightedAverage, weight: ${weight.code}, time: ${stem.time} }`
          : `    aggregation: { units: ${units}, time: ${stem.time} }`,
      );
      if (rnd() < 0.4) lines.push(threshold(hi, stem.unit));
      if (rnd() < 0.15) lines.push(`    since: ${scalar(SINCE[frequency])}`);
    }
    ({ frequency, level } = g);
    const description =
      `Chỉ tiêu tổng hợp số ${i + 1} của ngành, ${g.input ? 'thu thập' : 'tính toán'} ` +
      `theo ${FREQUENCY_VI[frequency]} ở cấp ${LEVEL_VI[level]}; ` +
      'sinh tự động để đo hiệu năng nạp, kiểm tra danh mục và dựng lược đồ GraphQL.';
    lines.push(`    agency: ${scalar(agency)}`, `    description: ${scalar(description)}`);
    if (i - firstOfSector < 3) lines.push('    key: true');
    if (rnd() < 0.01) lines.push('    deprecated: Thay bằng chỉ tiêu mới từ năm 2026');
    all.push(g);
    byKind[fr(frequency)]?.[lr(level)]?.push(i);
    sectorLines[sector]?.push(...lines);
  }

  function threshold(hi: number, unit: string): string {
    const r = rnd();
    const scale = unit === '%' || unit === '‰' || unit === 'điểm' ? hi : hi / 10;
    if (r < 0.2) return `    threshold: { direction: range, range: [${round(scale * 0.3)}, ${round(scale * 0.6)}] }`;
    const target = round(scale * (0.2 + rnd() * 0.6));
    const direction = r < 0.75 ? 'higher' : 'lower';
    return `    threshold: { direction: ${direction}, target: ${target}, warning: ${round(target * 0.1)} }`;
  }

  /** A derived indicator at (frequency, level) or coarser, or undefined when no compatible inputs exist yet. */
  function derive(
    i: number,
    prefix: string,
    seq: string,
    sector: number,
    frequency: Frequency,
    level: AdminLevel,
    lines: string[],
  ): Generated | undefined {
    const f = fr(frequency);
    const l = lr(level);
    const any = () => true;
    const plain = (x: Generated) => !isRatioUnit(x.unit);
    const summedInput = (x: Generated) => x.input && x.timeRule === 'sum';
    const used: Generated[] = [];
    const take = (ok: (x: Generated) => boolean) => {
      const x = findInput(f, l, ok, used);
      if (x) used.push(x);
      return x;
    };
    let stem: string;
    let name: string;
    let nameEn: string;
    let unit = '%';
    let formula: string;
    const template = int(9);
    if (template === 0 || template === 1) {
      const [a, b] = [take(plain), take(plain)];
      if (!a || !b) return undefined;
      [stem, name, nameEn, formula] = ['SHARE', 'Tỷ trọng', 'Share', `${a.code} / ${b.code} * 100`];
    } else if (template === 2) {
      const a = take(any);
      if (!a) return undefined;
      [stem, name, nameEn] = ['YOY', 'Tăng trưởng so với cùng kỳ', 'Growth year on year'];
      formula = `(${a.code} / lastYear(${a.code}) - 1) * 100`;
    } else if (template === 3) {
      const a = take(summedInput);
      if (!a) return undefined;
      [stem, name, nameEn, unit, formula] = ['YTD', 'Lũy kế từ đầu năm', 'Year to date', a.unit, `ytd(${a.code})`];
    } else if (template === 4) {
      const [a, b] = [take(summedInput), take(plain)];
      if (!a || !b) return undefined;
      [stem, name, nameEn, formula] = [
        'YTD_PCT',
        'Lũy kế so với kế hoạch',
        'Year to date vs plan',
        `ytd(${a.code}) / ${b.code} * 100`,
      ];
    } else if (template === 5) {
      const [a, b] = [take(plain), take(plain)];
      if (!a || !b) return undefined;
      [stem, name, nameEn, unit] = ['PER10K', 'Bình quân trên 10.000 dân', 'Per 10,000 people', `${a.unit}/10.000 dân`];
      formula = `${a.code} / ${b.code} * 10000`;
    } else if (template === 6) {
      const a = take(plain);
      const b = a && take((x) => x.unit === a.unit);
      const c = b && take((x) => x.unit === a.unit);
      if (!a || !b) return undefined;
      [stem, name, nameEn, unit] = ['TOTAL', 'Tổng cộng', 'Total', a.unit];
      formula = c ? `${a.code} + ${b.code} - ${c.code}` : `${a.code} + ${b.code}`;
    } else if (template === 7) {
      const [a, b] = [take(plain), take(plain)];
      if (!a || !b) return undefined;
      [stem, name, nameEn] = ['RATIO', 'Tỷ lệ có điều kiện', 'Guarded ratio'];
      formula = `if(${b.code} > 0, ${a.code} / ${b.code} * 100, 0)`;
    } else {
      const a = take(summedInput);
      if (!a) return undefined;
      [stem, name, nameEn] = ['YTD_YOY', 'Tăng trưởng lũy kế', 'Year-to-date growth'];
      formula = `(ytd(${a.code}) / lastYear(ytd(${a.code})) - 1) * 100`;
    }
    // findInput kept every input at most as frequent and at least as local as (frequency, level); after the reform
    // a district-level indicator is collected no more locally than its most coarsely collected input.
    const afterReform = level === 'district' ? (ADMIN_LEVELS[Math.min(...used.map(after))] as AdminLevel) : undefined;
    const g: Generated = {
      code: `${prefix}_${stem}_${seq}`,
      sector,
      frequency,
      level,
      afterReform,
      unit,
      input: false,
    };
    lines.push(
      `  - code: ${g.code}`,
      `    name: ${scalar(`${name} ${seq}`)}`,
      `    nameEn: ${scalar(`${nameEn} no. ${i + 1}`)}`,
      `    unit: ${scalar(unit)}`,
      `    frequency: ${frequency}`,
      `    level: ${level}`,
      ...(afterReform ? [`    afterReform: ${afterReform}`] : []),
      `    formula: ${scalar(formula)}`,
    );
    if (rnd() < 0.5) lines.push(threshold(100, unit === '%' ? '%' : 'điểm'));
    return g;
  }

  const files: string[] = [];
  sectorLines.forEach((lines, s) => {
    const file = join(dir, `${String(s + 1).padStart(3, '0')}-${sectorDef(s)[0]}${sectorSuffix(s)}.yaml`);
    writeFileSync(file, `${lines.join('\n')}\n`);
    files.push(file);
  });
  return { files, inputs: count - derivedCount, derived: derivedCount };
}
