// Synthetic Decision 766 scores for the simulated national endpoint: a pure function of (unit, indicator, tick), so
// every payload can be served again identically. Labelled synthetic: this is demo data, not the national center's.
import { gauss, hashString, smoothNoise } from '../seed/random';

/** The five component indices, in payload field order, with their maximum points (Decision 766/QĐ-TTg). */
export const COMPONENTS = [
  { field: 'congKhaiMinhBach', max: 18 },
  { field: 'tienDoGiaiQuyet', max: 20 },
  { field: 'soHoaHoSo', max: 22 },
  { field: 'dichVuTrucTuyen', max: 22 },
  { field: 'mucDoHaiLong', max: 18 },
] as const;

export type ScoreFields = Record<(typeof COMPONENTS)[number]['field'], number>;

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * One unit's scores at a tick: a level of its own (72-97 % of the maximum), a province-wide drift shared by every
 * unit (so the province's average visibly moves from one payload to the next) and a smaller drift of its own.
 */
export function unitScores(unit: string, tick: number): ScoreFields {
  const scores = {} as ScoreFields;
  for (const { field, max } of COMPONENTS) {
    const key = hashString(`${unit}|${field}`);
    const level = 0.845 + 0.04 * gauss(key);
    const shared = 0.05 * smoothNoise(hashString(`province|${field}`), tick / 3);
    const own = 0.02 * smoothNoise(key, tick / 5);
    scores[field] = round2(Math.min(max, Math.max(0, max * (level + shared + own))));
  }
  return scores;
}

/** The mean of the communes' scores, as the center publishes a province figure beside its communes'. */
export function meanScores(all: readonly ScoreFields[]): ScoreFields {
  const mean = {} as ScoreFields;
  for (const { field } of COMPONENTS) {
    mean[field] = round2(all.reduce((s, x) => s + x[field], 0) / Math.max(1, all.length));
  }
  return mean;
}
