/**
 * Currency conversion through yearly average reference rates (units of currency per 1 EUR),
 * bundled in facts/rates.json with their sources. Good enough to compare figures that news
 * pages round anyway; the tolerance for cross-currency comparisons is wider for that reason.
 */
import type { Unit } from '../types';

export interface RateTable {
  base: 'EUR';
  years: Record<string, Partial<Record<string, number>>>;
}

/** Rates already looked up, per table: every claim in a currency asks again. */
const RATE_CACHE = new WeakMap<RateTable, Map<string, number | undefined>>();

function rateFor(table: RateTable, currency: string, year: number): number | undefined {
  if (currency === 'EUR') return 1;
  let cache = RATE_CACHE.get(table);
  if (!cache) RATE_CACHE.set(table, (cache = new Map()));
  const key = `${currency} ${year}`;
  if (cache.has(key)) return cache.get(key);
  const rate = nearestRate(table, currency, year);
  cache.set(key, rate);
  return rate;
}

function nearestRate(table: RateTable, currency: string, year: number): number | undefined {
  // The fact's year, else the nearest year that has this currency.
  let best: number | undefined;
  for (const key of Object.keys(table.years)) {
    const y = Number(key);
    if (!table.years[key]?.[currency]) continue;
    if (best === undefined || Math.abs(y - year) < Math.abs(best - year)) best = y;
  }
  return best === undefined ? undefined : table.years[String(best)]?.[currency];
}

/** Converts `value` from one currency to another at `year`'s average rate; undefined when a rate is missing. */
export function convert(table: RateTable, value: number, from: Unit, to: Unit, year: number): number | undefined {
  if (from === to) return value;
  const a = rateFor(table, from, year);
  const b = rateFor(table, to, year);
  if (!a || !b) return undefined;
  return (value / a) * b;
}
