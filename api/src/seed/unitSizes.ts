// Pseudo-sizes of communes (population, economy, crops, coast, power plants, tourism...) from their code, kind and
// place: what a value scales with, so that tea grows around Bảo Lộc and dragon fruit in Hàm Thuận.
import type { AdminUnit } from '@ioc/schema/units';
import { gauss, hash2, uniform } from './random';
import { SPECIAL, TOWN, WARD } from './unitKinds';

/**
 * How a value scales with its unit. Each kind is a pseudo-size per commune (from its code and kind), normalised so that
 * each old province's share of the total (REGION_SHARES) is the same in both editions; a district or province weighs
 * the sum of its communes. `none`: the value does not scale (rates, prices, scores).
 */
export type SizeKind =
  | 'none'
  | 'pop'
  | 'econ'
  | 'area'
  | 'forest'
  | 'farm'
  | 'coffee'
  | 'tea'
  | 'veg'
  | 'flower'
  | 'rice'
  | 'dragon'
  | 'durian'
  | 'coast'
  | 'aqua'
  | 'hydro'
  | 'wind'
  | 'solar'
  | 'alumina'
  | 'airport'
  | 'coach'
  | 'tourism'
  | 'dengue';

/** Share of each old province [68 Lâm Đồng, 67 Đắk Nông, 60 Bình Thuận] in the new province's total. */
export const REGION_SHARES: Readonly<Record<Exclude<SizeKind, 'none'>, readonly [number, number, number]>> = {
  pop: [0.405, 0.207, 0.388],
  econ: [0.43, 0.17, 0.4],
  area: [0.404, 0.269, 0.327],
  forest: [0.47, 0.22, 0.31],
  farm: [0.36, 0.34, 0.3],
  coffee: [0.555, 0.44, 0.005],
  tea: [0.97, 0.025, 0.005],
  veg: [0.75, 0.1, 0.15],
  flower: [0.97, 0.01, 0.02],
  rice: [0.15, 0.17, 0.68],
  dragon: [0.01, 0.01, 0.98],
  durian: [0.45, 0.38, 0.17],
  coast: [0.02, 0.02, 0.96],
  aqua: [0.3, 0.2, 0.5],
  hydro: [0.55, 0.3, 0.15],
  wind: [0, 0.2, 0.8],
  solar: [0.06, 0.12, 0.82],
  alumina: [0.5, 0.5, 0],
  airport: [1, 0, 0],
  coach: [0.42, 0.2, 0.38],
  tourism: [0.55, 0.06, 0.39],
  dengue: [0.2, 0.25, 0.55],
};

export type SizedKind = Exclude<SizeKind, 'none'>;

export type Region = 0 | 1 | 2; // 68 Lâm Đồng, 67 Đắk Nông, 60 Bình Thuận (old provinces)

/** The old province of a commune from its GSO code: codes are allocated in blocks and new communes keep an old one. */
export function regionOf(code: number): Region {
  if (code < 24_000) return 2;
  return code < 24_769 ? 1 : 0;
}

const within = (c: number, a: number, b: number): boolean => c >= a && c <= b;

/** Raw pseudo-sizes of one commune, before each kind is normalised to its regional shares. */
export function rawSizes(unit: AdminUnit, key: number, cls: number): Record<SizedKind, number> {
  const c = Number(unit.code);
  const region = regionOf(c);
  const ln = (sigma: number, salt: number): number => Math.exp(sigma * gauss(hash2(key, salt)));
  const site = (p: number, salt: number): boolean => uniform(hash2(key, salt)) < p;
  const byClass = (ward: number, town: number, special: number, rural: number): number =>
    cls === WARD ? ward : cls === TOWN ? town : cls === SPECIAL ? special : rural;
  // Places by old district code blocks (the same in both editions); Đà Lạt's new wards also carry it in their name.
  const daLat = within(c, 24_769, 24_811) || unit.fullName.includes('Đà Lạt');
  const muiNe = c === 22_915 || c === 22_918;
  const phanThiet = within(c, 22_915, 22_966);
  const baoLoc = within(c, 24_814, 24_844);
  const lacDuong = within(c, 24_846, 24_865);
  const vegBelt = within(c, 24_928, 24_997); // Đơn Dương, Đức Trọng
  const baoLamDiLinh = within(c, 25_000, 25_093);
  const southLamDong = within(c, 25_096, 25_192); // Đạ Huoai, Đạ Tẻh, Cát Tiên
  const phuQuy = within(c, 23_272, 23_278);
  const hamThuan = within(c, 23_059, 23_146);
  const tanhLinhDucLinh = within(c, 23_149, 23_227);
  const tuyPhongBacBinh = within(c, 22_969, 23_056);
  const dakNongCentral = within(c, 24_664, 24_730); // Đắk Mil, Krông Nô, Đắk Song
  const coastal = region === 2 && (within(c, 22_915, 22_999) || within(c, 23_230, 23_278) || site(0.15, 40));

  const pop = ln(0.45, 1) * byClass(1.7, 1.3, 0.9, 1);
  const econ = pop * ln(0.35, 2) * byClass(4, 2.2, 0.8, 0.55);
  const area = ln(0.5, 3) * byClass(0.12, 0.45, 0.3, 1.25);
  const farm = area * ln(0.4, 5) * byClass(0.2, 0.6, 0.5, 1);
  return {
    pop,
    econ,
    area,
    forest: area * ln(0.6, 4) * byClass(0.05, 0.4, 0.1, 1),
    farm,
    coffee: farm * ln(0.6, 6) * (region === 2 ? 0.02 : daLat ? 0.1 : 1),
    tea: farm * ln(0.5, 7) * (baoLoc || baoLamDiLinh ? 6 : 0.15),
    veg: farm * ln(0.6, 8) * (daLat || lacDuong || vegBelt ? 6 : 1),
    flower: farm * ln(0.6, 9) * (daLat ? 10 : lacDuong || vegBelt ? 3 : 0.1),
    rice: farm * ln(0.6, 10) * (tanhLinhDucLinh || tuyPhongBacBinh || southLamDong ? 3 : daLat ? 0.01 : 1),
    dragon: farm * ln(0.6, 11) * (hamThuan ? 8 : region === 2 ? 0.6 : 0.03),
    durian:
      farm *
      ln(0.6, 12) *
      (southLamDong ? 6 : tanhLinhDucLinh ? 4 : dakNongCentral ? 3 : baoLoc || baoLamDiLinh ? 2 : 0.3),
    coast: coastal ? pop * ln(0.6, 13) * (phanThiet ? 2 : phuQuy ? 3 : 1) : pop * 0.01,
    aqua: farm * ln(0.8, 14) * (coastal ? 3 : 1),
    hydro: cls !== WARD && site(region === 2 ? (tanhLinhDucLinh || hamThuan ? 0.15 : 0) : 0.18, 41) ? ln(0.8, 15) : 0,
    wind: site(phuQuy ? 1 : tuyPhongBacBinh ? 0.4 : dakNongCentral ? 0.15 : 0, 42) ? ln(0.7, 16) : 0,
    solar: cls !== WARD && site(region === 2 ? 0.3 : region === 1 ? 0.08 : 0.04, 43) ? ln(0.8, 17) : 0,
    // Tân Rai (Lộc Thắng / Bảo Lâm 1) and Nhân Cơ alumina plants.
    alumina: c === 24_751 || c === 25_054 ? 1 : 0,
    airport: region === 0 ? pop : 0,
    coach: pop * ln(0.5, 18) * byClass(3, 2, 1, site(0.15, 44) ? 1 : 0),
    tourism:
      Math.sqrt(econ) *
      ln(0.6, 19) *
      (muiNe ? 40 : daLat ? 30 : phanThiet ? 8 : lacDuong ? 4 : phuQuy || baoLoc ? 3 : 0.4),
    dengue: pop * ln(0.4, 20) * byClass(1.3, 1.1, 1, 1),
  };
}
