// Stateless hashed randomness for the demo data: every draw is a pure function of integer keys, so a value depends on
// (seed, indicator, unit, period) only and never on the order or range of generation.

const TWO_32 = 4_294_967_296;

export function mix32(x: number): number {
  let h = x | 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

export function hash2(a: number, b: number): number {
  return mix32(a ^ mix32(b + 0x9e3779b9));
}

export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return mix32(h);
}

export function uniform(h: number): number {
  return h / TWO_32;
}

/** A standard normal deviate (Irwin-Hall of four uniforms): cheap, bounded by ±3.5. */
export function gauss(h: number): number {
  return ((h + mix32(h + 1) + mix32(h + 2) + mix32(h + 3)) / TWO_32 - 2) * 1.7320508075688772;
}

/** Value noise: standard normal at integer knots, smoothly interpolated; slow changes for stocks and averages. */
export function smoothNoise(key: number, x: number): number {
  const i = Math.floor(x);
  const f = x - i;
  const s = f * f * (3 - 2 * f);
  const a = gauss(hash2(key, i));
  return a + (gauss(hash2(key, i + 1)) - a) * s;
}

/** Mean-one lognormal factor. */
export function lognormal(sigma: number, h: number): number {
  return sigma === 0 ? 1 : Math.exp(sigma * gauss(h) - (sigma * sigma) / 2);
}

export function poisson(lambda: number, u: number): number {
  if (!(lambda > 0)) return 0;
  let k = 0;
  let p = Math.exp(-lambda);
  let cdf = p;
  while (u > cdf && k < 200) {
    k++;
    p *= lambda / k;
    cdf += p;
  }
  return k;
}

// Salts keep the streams of one key independent: a new stream takes a new number, and an existing one never changes
// (that would change every value drawn from it).
export const SALT = {
  tier: 11,
  place: 12,
  side: 13,
  spread: 14,
  noise: 15,
  smooth: 16,
  jitter: 17,
  round: 18,
  drop: 19,
  flaky: 20,
  window: 21,
  year: 22,
  common: 23,
  newRural: 24,
} as const;
