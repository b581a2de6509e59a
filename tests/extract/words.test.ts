/**
 * The word pass (`engine/extract/words.ts`) replaces whole-text regex scans and `$`-anchored
 * regexes over the slice before a figure by sticky regexes run only where a table word starts or
 * ends. These tests hold it to the regexes it stands for: on random text built from the tables'
 * own words, mixed case, every kind of space and apostrophe, the word pass finds exactly what the
 * global (or slice) regex finds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  APPROX_BEFORE, APPROX_BEFORE_RE, APPROX_LOOKBACK, FACTOR_WORD_RE, FRACTION_RE, HALF_AMOUNT_RE, LOSS_BEFORE, LOSS_BEFORE_RE, MONTH_BEFORE,
  MONTH_BEFORE_RE, OF_WHICH_BEFORE, OF_WHICH_BEFORE_RE, VAGUE_AMOUNT_RE, WORD_NUMBER_RE, WORD_SCANS, YEAR_STRONG_CUE,
  YEAR_STRONG_CUE_RE, SCALE_RE, CURRENCY_AFTER_RE, WEAK_WORD_NUMBERS,
} from '../../engine/extract/lexicon';
import { languageScores } from '../../engine/extract/lang';
import { type BeforeRegex, VOCABULARY, Vocabulary, Words, isGap, matchBefore, phraseBefore, scanWords } from '../../engine/extract/words';
import { LANGUAGE_PACKS } from '../../engine/lang';

/** Pieces random texts are made of: table words and phrases, their neighbours, and traps. */
const PIECES = [
  ...LANGUAGE_PACKS.flatMap((p) => [
    ...Object.keys(p.wordNumbers), ...p.weakWordNumbers, ...(p.halfWords ?? []), ...Object.keys(p.fractions ?? {}),
    ...Object.keys(p.factor?.words ?? {}), ...Object.values(p.vague).flat(), ...p.approx.about, ...p.approx.atLeast,
    ...p.approx.atMost, ...(p.negative?.loss ?? []), ...(p.ofWhich ?? []), ...p.years.strongCues, ...p.months.slice(0, 14),
    ...Object.keys(p.scales), ...Object.keys(p.currencies).slice(0, 6), ...p.detect.words.slice(0, 12),
  ]),
  'de', 'of', 'the', 'les', 'la', "l'", "d'", 'd’', 'un', 'une', 'a', 'x', 'mid-', 'Q3', 'H2', '2027', '40', '1,2', '$', '€',
  'milliards', 'billion', 'MW', 'GPU', 'GPUs', 'xAI', 'ſ', 'ıncrease', 'Straße', 'µs', 'e-mail',
];
const SEPARATORS = [' ', ' ', ' ', '  ', '\u00A0', '\u202F', '\n', '-', ', ', '. ', '’', "'", '(', ''];

const piece = fc.constantFrom(...PIECES).chain((w) =>
  fc.constantFrom(w, w.toUpperCase(), w.charAt(0).toUpperCase() + w.slice(1)),
);
const randomText = fc
  .array(fc.tuple(piece, fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 24 })
  .map((parts) => parts.map(([w, s]) => w + s).join(''));

function globalMatches(re: RegExp, text: string): [number, string][] {
  const out: [number, string][] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, m[0]]);
  return out;
}

describe('the word pass finds what the regexes it replaces find', () => {
  const scans: [keyof typeof WORD_SCANS, RegExp][] = [
    ['wordNumbers', WORD_NUMBER_RE], ['halfAmounts', HALF_AMOUNT_RE], ['factorWords', FACTOR_WORD_RE],
    ['fractions', FRACTION_RE], ['vagueAmounts', VAGUE_AMOUNT_RE],
  ];

  it('whole-text scans: the same matches as each global regex (weak words aside, which need a scale, currency or number after them)', () => {
    fc.assert(
      fc.property(randomText, (text) => {
        const words = new Words(text, VOCABULARY);
        const found = scanWords(scans.map(([k]) => WORD_SCANS[k]), words);
        scans.forEach(([k, re], i) => {
          const got = found[i].map((m): [number, string] => [m.index, m[0]]);
          let want = globalMatches(re, text);
          if (k === 'wordNumbers') {
            // A weak word ("un", "a") may be skipped, only where nothing that makes it a number follows.
            const kept = new Set(got.map(([at, s]) => `${at}:${s}`));
            want = want.filter(([at, s]) => kept.has(`${at}:${s}`) || !skippable(text, at, s));
          }
          expect(got).toEqual(want);
        });
      }),
      { numRuns: 600 },
    );
  });

  const all = (pick: (p: (typeof LANGUAGE_PACKS)[number]) => readonly string[] | undefined) => LANGUAGE_PACKS.flatMap((p) => pick(p) ?? []);
  const approxPhrases = all((p) => [...p.approx.about, ...p.approx.atLeast, ...p.approx.atMost]);
  const befores: [string, { sticky: RegExp }, RegExp, number, string[]][] = [
    ['approx', APPROX_BEFORE, APPROX_BEFORE_RE, 28, approxPhrases],
    ['year cue', YEAR_STRONG_CUE, YEAR_STRONG_CUE_RE, 80, all((p) => p.years.strongCues)],
    ['month', MONTH_BEFORE, MONTH_BEFORE_RE, 80, all((p) => p.months)],
  ];
  for (const [name, gated, re, span, phrases] of befores) {
    it(`before a figure (${name}): the same match as the $-anchored regex on the slice`, () => {
      // Each phrase of the table, then maybe a qualifier, right before the figure, after random text.
      const phrase = fc.constantFrom(...phrases).chain((w) => fc.constantFrom(w, w.toUpperCase(), w.charAt(0).toUpperCase() + w.slice(1)));
      const tail = fc.tuple(phrase, fc.constantFrom('', ...approxPhrases.slice(0, 30)), fc.constantFrom(' ', '  ', '\u00A0', '', '\u202F'))
        .map(([p, q, g]) => (q ? `${p} ${q}${g}` : `${p}${g}`));
      fc.assert(
        fc.property(randomText, fc.constantFrom(' ', '\n', '('), tail, (head, sep, end) => {
          const text = `${head}${sep}${end}40 MW`;
          const pos = text.length - '40 MW'.length;
          const words = new Words(text, VOCABULARY);
          const from = Math.max(0, pos - span);
          // Words cut by the slice's start are read whole by the word pass (the slice regex sees a fragment).
          if (from > 0 && /\p{L}/u.test(text.charAt(from - 1)) && /\p{L}/u.test(text.charAt(from))) return;
          const want = re.exec(text.slice(from, pos));
          const got = matchBefore(gated as never, words, from, pos);
          expect(got && [got.index, got[0]]).toEqual(want && [want.index, want[0]]);
        }),
        { numRuns: 1500 },
      );
    });
  }
});

/** A weak word the scan may skip: no scale word, currency or word number right after it. */
function skippable(text: string, at: number, s: string): boolean {
  if (!WEAK_WORD_NUMBERS.has(s.toLowerCase())) return false;
  const end = at + s.length;
  const sticky = (re: RegExp, pos: number) => {
    const y = new RegExp(re.source, re.flags.replace('g', '').replace('y', '') + 'y');
    y.lastIndex = pos;
    return y.exec(text) !== null;
  };
  if (sticky(SCALE_RE, end)) return false;
  // A currency word counts after a weak word ("one-yen"), a sign does not ("un €").
  const cur = new RegExp(CURRENCY_AFTER_RE.source, 'iuy');
  cur.lastIndex = end;
  const c = cur.exec(text);
  if (c && /\p{L}{3}/u.test(c[1])) return false;
  for (let k = 1; k <= 3; k++) if (sticky(WORD_NUMBER_RE, end + k)) return false;
  return true;
}

describe('a loss or "of which" phrase before the figure or its qualifier', () => {
  // The regex the two-step check stands for: the phrase, then maybe a qualifier, then the figure.
  const alt = (re: RegExp) => /\(\?:([^]*)\)\[\^\\S\\n\]\{1,2\}\$$/.exec(re.source.replace(/^\(\?<!\[\\p\{L\}\]\)/, ''))![1];
  const approxAlt = /^\(\?<!\[[^\]]*\]\)\(([^]*)\)\[\^\\S\\n\]\{1,2\}\$$/.exec(APPROX_BEFORE_RE.source)![1];
  const all = (pick: (p: (typeof LANGUAGE_PACKS)[number]) => readonly string[] | undefined) => LANGUAGE_PACKS.flatMap((p) => pick(p) ?? []);
  const approxPhrases = all((p) => [...p.approx.about, ...p.approx.atLeast, ...p.approx.atMost]);
  const cases: [string, BeforeRegex, RegExp, number, string[]][] = [
    ['loss', LOSS_BEFORE, LOSS_BEFORE_RE, 48, all((p) => p.negative?.loss)],
    ['of which', OF_WHICH_BEFORE, OF_WHICH_BEFORE_RE, 40, all((p) => p.ofWhich)],
  ];
  for (const [name, gated, re, span, phrases] of cases) {
    it(`${name}: the same answer as one regex holding every qualifier`, () => {
      const composite = new RegExp(`(?<![\\p{L}])(?:${alt(re)})[^\\S\\n]{1,2}(?:(?:${approxAlt})[^\\S\\n]{1,2})?$`, 'iu');
      const phrase = fc.constantFrom(...phrases).chain((w) => fc.constantFrom(w, w.toUpperCase()));
      const tail = fc.tuple(phrase, fc.constantFrom('', '', ...approxPhrases), fc.constantFrom(' ', '  ', '\u00A0', ''))
        .map(([p, q, g]) => (q ? `${p} ${q}${g}` : `${p}${g}`));
      fc.assert(
        fc.property(randomText, fc.constantFrom(' ', '\n'), tail, (head, sep, end) => {
          const text = `${head}${sep}${end}$5 billion`;
          const pos = text.length - '$5 billion'.length;
          const from = Math.max(0, pos - span);
          if (from > 0 && /\p{L}/u.test(text.charAt(from - 1)) && /\p{L}/u.test(text.charAt(from))) return;
          const words = new Words(text, VOCABULARY);
          expect(phraseBefore(gated, APPROX_BEFORE, words, pos, span, APPROX_LOOKBACK)).toBe(composite.test(text.slice(from, pos)));
        }),
        { numRuns: 1500 },
      );
    });
  }
});

describe('words', () => {
  it('finds each run of Latin letters with its vocabulary id, case folded as /i folds', () => {
    const v = new Vocabulary();
    const milliard = v.add('milliard');
    const de = v.add('de');
    const w = new Words('1,2 MILLIARD d’euros — Milliard-de', v);
    const found = Array.from({ length: w.count }, (_, i) => ['1,2 MILLIARD d’euros — Milliard-de'.slice(w.starts[i], w.ends[i]), w.ids[i]]);
    expect(found).toEqual([['MILLIARD', milliard], ['d', -1], ['euros', -1], ['Milliard', milliard], ['de', de]]);
  });

  it('refuses a vocabulary word that is not all letters', () => {
    expect(() => new Vocabulary().add('d’')).toThrow(/non-letter/);
  });

  it('inline white space is every white space but a newline, as the lexicon’s GAP', () => {
    for (let c = 0; c < 0x10000; c++) expect(isGap(c)).toBe(/[^\S\n]/.test(String.fromCharCode(c)));
  });

  it('language scores count function words, elisions and signals only when whole', () => {
    const [fr] = languageScores('les d’euros dans');
    expect(fr).toBeGreaterThanOrEqual(3);
    const scores = languageScores('lesX dansY');
    expect(scores.every((s) => s === 0)).toBe(true);
  });
});
