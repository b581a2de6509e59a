/**
 * Cached Intl objects. Building an Intl formatter costs far more than using one (a popup lists
 * hundreds of figures, the CLI thousands): one per locale and options, reused.
 */
const cache = new Map<string, unknown>();

function cached<T>(key: string, make: () => T): T {
  let v = cache.get(key) as T | undefined;
  if (v === undefined) cache.set(key, (v = make()));
  return v;
}

export function numberFormat(locale: string, maxFrac: number, groupAlways: boolean): Intl.NumberFormat {
  return cached(`n|${locale}|${maxFrac}|${groupAlways}`, () =>
    new Intl.NumberFormat(locale, {
      maximumFractionDigits: maxFrac,
      // 'always' groups 4-digit numbers too ("1.200"); CLDR leaves them whole in Spanish and Italian.
      ...(groupAlways ? { useGrouping: 'always' as const } : {}),
    }),
  );
}

export function pluralRules(locale: string): Intl.PluralRules {
  return cached(`p|${locale}`, () => new Intl.PluralRules(locale));
}

export function dateFormat(locale: string, parts: 'day' | 'month' | 'year'): Intl.DateTimeFormat {
  return cached(`d|${locale}|${parts}`, () =>
    new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      ...(parts !== 'year' ? { month: 'long' as const } : {}),
      ...(parts === 'day' ? { day: 'numeric' as const } : {}),
      timeZone: 'UTC',
    }),
  );
}

export function listFormat(locale: string): Intl.ListFormat {
  return cached(`l|${locale}`, () => new Intl.ListFormat(locale, { type: 'conjunction', style: 'long' }));
}
