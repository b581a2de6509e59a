/**
 * Microsoft Recognizers-Text number-with-unit (a devDependency used only here) beside our
 * extractor: cold first call, warm throughput, and recall on the fixtures' money, power and chip
 * figures (tests/fixtures/<slug>/expected.json, read through the same page walker as the CLI).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Culture, recognizeCurrency, recognizeDimension } from '@microsoft/recognizers-text-number-with-unit';
import { pageFromHtml } from '../cli/page';
import { ROOT } from '../facts/node';
import { extractClaims } from '../engine/extract/extract';
import { isCurrency } from '../engine/units';

type Kind = 'money' | 'power' | 'chips';
const kindOf = (unit: string): Kind | undefined => (isCurrency(unit as never) ? 'money' : unit === 'W' ? 'power' : unit === 'GPU' ? 'chips' : undefined);

function rt(text: string, lang: 'fr' | 'en'): { text: string }[] {
  const culture = lang === 'fr' ? Culture.French : Culture.English;
  return [...recognizeCurrency(text, culture), ...recognizeDimension(text, culture)];
}

export function rtSpeed(text: string): { coldMs: number; warmMsPerMB: number; sampleChars: number } {
  const t0 = performance.now();
  rt('Mistral AI investit 1,2 milliard d’euros.', 'fr');
  const coldMs = performance.now() - t0;
  // Recognizers-Text is slow: a 20 kB sample, scaled to a megabyte.
  const sample = text.slice(0, 20_000);
  const t1 = performance.now();
  rt(sample, 'fr');
  const ms = performance.now() - t1;
  return { coldMs, warmMsPerMB: (ms * 1_000_000) / sample.length, sampleChars: sample.length };
}

export function recall(): Record<Kind, { expected: number; ours: number; rt: number }> {
  const out: Record<Kind, { expected: number; ours: number; rt: number }> = {
    money: { expected: 0, ours: 0, rt: 0 }, power: { expected: 0, ours: 0, rt: 0 }, chips: { expected: 0, ours: 0, rt: 0 },
  };
  const dir = join(ROOT, 'tests', 'fixtures');
  for (const slug of readdirSync(dir)) {
    const expected = JSON.parse(readFileSync(join(dir, slug, 'expected.json'), 'utf8')) as { figures?: { text: string; unit: string }[] };
    const list = expected.figures ?? [];
    const page = pageFromHtml(readFileSync(join(dir, slug, 'source.html'), 'utf8'));
    const lang = page.lang === 'en' ? 'en' : 'fr';
    const ours = extractClaims(page.text, { lang: page.lang });
    const theirs = rt(page.text, lang);
    for (const e of list) {
      const k = kindOf(e.unit);
      if (!k) continue;
      out[k].expected++;
      if (ours.some((c) => c.text === e.text || c.text.includes(e.text) || e.text.includes(c.text))) out[k].ours++;
      // Recognizers-Text reads "1,2 milliard d’euros" as its own span: count an overlap as found.
      const digits = e.text.match(/[\d.,  ]+/)?.[0].trim() ?? e.text;
      if (theirs.some((r) => r.text.includes(digits) || e.text.includes(r.text))) out[k].rt++;
    }
  }
  return out;
}
