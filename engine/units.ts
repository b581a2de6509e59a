/**
 * The unit registry: one entry per unit — what it measures (claims are only ever compared with
 * facts of the same dimension), how close an exactly printed figure must be, and how it prints.
 * A new unit is one entry here plus its words in the language packs (`engine/lang/*.ts`).
 */
import type { Unit } from './types';

export type Dimension =
  | 'money' | 'power' | 'energy' | 'chips' | 'year' | 'percent' | 'count' | 'duration'
  | 'compute' | 'data' | 'area' | 'length' | 'mass' | 'volume' | 'flow' | 'factor';

export const CURRENCIES = ['EUR', 'USD', 'GBP', 'CHF', 'SEK', 'JPY', 'CNY', 'CAD'] as const;
export type Currency = (typeof CURRENCIES)[number];

export interface UnitInfo {
  dimension: Dimension;
  /** Relative tolerance for an exactly printed figure (news pages round); 0 = must be equal. */
  tolerance: number;
  /** Symbol printed after the number (SI prefixes apply when `si` is set). */
  symbol?: string;
  si?: boolean;
}

const money: UnitInfo = { dimension: 'money', tolerance: 0.03 };

export const UNIT_INFO: Record<Unit, UnitInfo> = {
  EUR: money, USD: money, GBP: money, CHF: money, SEK: money, JPY: money, CNY: money, CAD: money,
  W: { dimension: 'power', tolerance: 0.03, symbol: 'W', si: true },
  Wh: { dimension: 'energy', tolerance: 0.03, symbol: 'Wh', si: true },
  GPU: { dimension: 'chips', tolerance: 0.03 },
  year: { dimension: 'year', tolerance: 0 },
  percent: { dimension: 'percent', tolerance: 0.03, symbol: '%' },
  count: { dimension: 'count', tolerance: 0 },
  /** Durations in days: "90 days", "six mois", "a 20-year lease" compare. */
  duration: { dimension: 'duration', tolerance: 0.02 },
  /** Floating-point operations per second ("40 exaflops"). */
  FLOPS: { dimension: 'compute', tolerance: 0.03, symbol: 'FLOPS', si: true },
  /** Bytes of memory or storage ("1,5 Po", "80 GB"). */
  B: { dimension: 'data', tolerance: 0.03, symbol: 'B', si: true },
  m2: { dimension: 'area', tolerance: 0.03, symbol: 'm²' },
  m: { dimension: 'length', tolerance: 0.03, symbol: 'm', si: true },
  t: { dimension: 'mass', tolerance: 0.03, symbol: 't' },
  L: { dimension: 'volume', tolerance: 0.03, symbol: 'L', si: true },
  'L/day': { dimension: 'flow', tolerance: 0.03, symbol: 'L/j' },
  factor: { dimension: 'factor', tolerance: 0 },
};

export const UNITS = Object.keys(UNIT_INFO) as Unit[];

export function isCurrency(unit: string): unit is Currency {
  return (CURRENCIES as readonly string[]).includes(unit);
}

export function dimensionOf(unit: Unit): Dimension {
  return UNIT_INFO[unit]?.dimension ?? 'count';
}
