import type { Unit } from './types';

/** What a unit measures: claims are only ever compared with facts of the same dimension. */
export type Dimension = 'money' | 'power' | 'energy' | 'chips' | 'year' | 'percent' | 'count' | 'duration';

export const CURRENCIES = ['EUR', 'USD', 'GBP', 'CHF', 'SEK', 'JPY', 'CNY', 'CAD'] as const;
export type Currency = (typeof CURRENCIES)[number];

export const UNITS: readonly Unit[] = [...CURRENCIES, 'W', 'Wh', 'GPU', 'year', 'percent', 'count', 'month'];

export function isCurrency(unit: string): unit is Currency {
  return (CURRENCIES as readonly string[]).includes(unit);
}

export function dimensionOf(unit: Unit): Dimension {
  if (isCurrency(unit)) return 'money';
  switch (unit) {
    case 'W': return 'power';
    case 'Wh': return 'energy';
    case 'GPU': return 'chips';
    case 'year': return 'year';
    case 'percent': return 'percent';
    case 'month': return 'duration';
    default: return 'count';
  }
}
