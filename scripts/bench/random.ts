import { type Town, washingtonTowns } from './towns';

// The benchmark data's randomness: seeded, so a size and a seed always give the same data.

/** mulberry32: small, fast and deterministic. */
export function generator(seed: number) {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
export type Random = () => number;

export const pick = <T>(r: Random, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
export const between = (r: Random, low: number, high: number) => low + Math.floor(r() * (high - low + 1));
/** Box–Muller: a normal deviate, for scattering points around a town centre. */
export const normal = (r: Random) => Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
export const dayString = (d: Date) => d.toISOString().slice(0, 10);
export function uuid(r: Random): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(r() * 16).toString(16));
  hex[12] = '4';
  hex[16] = ((Number.parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
export function someOf<T>(r: Random, list: readonly T[], low: number, high: number): T[] {
  const n = between(r, low, high);
  const out = new Set<T>();
  while (out.size < n) out.add(pick(r, list));
  return [...out];
}

export function weighted<T>(r: Random, items: [T, number][]): T {
  let x = r();
  for (const [item, w] of items) {
    x -= w;
    if (x < 0) return item;
  }
  return items[items.length - 1]![0];
}

/** The town of the next partner. */
export function townPicker(r: Random) {
  // Partners follow population, a little flattened: small towns have proportionally more of them.
  const weights = washingtonTowns.map((t) => t.population ** 0.85);
  const total = weights.reduce((a, b) => a + b, 0);
  return (): Town => {
    let x = r() * total;
    for (const [i, w] of weights.entries()) {
      x -= w;
      if (x < 0) return washingtonTowns[i]!;
    }
    return washingtonTowns[0]!;
  };
}

/** A point around the town's centre, further out for bigger towns. */
export function scatter(r: Random, town: Town): [number, number] {
  const sigmaKm = 1.2 + Math.sqrt(town.population) / 150;
  const lat = town.lat + (normal(r) * sigmaKm) / 111;
  const lng = town.lng + (normal(r) * sigmaKm) / (111 * Math.cos((town.lat * Math.PI) / 180));
  return [lat, lng];
}
