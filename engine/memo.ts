/**
 * A memo for a pure function of a string: pages and packs repeat their words, names and keywords,
 * so each is worked out once. Bounded: the table is emptied when it holds `limit` entries.
 */
export function memo<V>(limit: number, compute: (key: string) => V): (key: string) => V {
  const table = new Map<string, V>();
  return (key) => {
    let value = table.get(key);
    if (value === undefined && !table.has(key)) {
      value = compute(key);
      if (table.size >= limit) table.clear();
      table.set(key, value);
    }
    return value as V;
  };
}
