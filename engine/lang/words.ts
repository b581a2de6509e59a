/** Small helpers for writing word tables. */

/** Every "a b" for a in `firsts`, b in `seconds`: cross(['prévu', 'prévue'], ['pour', 'en']). */
export function cross(firsts: string[], seconds: string[]): string[] {
  const out: string[] = [];
  for (const a of firsts) for (const b of seconds) out.push(`${a} ${b}`);
  return out;
}
