/**
 * Explanations: a structured reason of the verdict pipeline (engine/verdict/reasons.ts) in the
 * reader's language, for the popover, the popup and the CLI alike. Each says which fact, which
 * source (publisher, date) and which condition made the verdict: "Conforme à la source : 40 MW
 * (W.Media, 11 février 2026).", "The sentence does not name the company: no verdict. Source: …".
 */
import type { Lang } from '../engine/types';
import type { FactRef, Reason } from '../engine/verdict/reasons';
import { figure, formatDate, formatList } from './format';
import { dictionary, fill } from './index';

/** What a reason needs of a fact to be worded (a FactRef has all of it). */
export type CitedFact = Pick<FactRef, 'value' | 'unit' | 'approx' | 'low' | 'high' | 'per' | 'asOf' | 'sources' | 'estimate'>;

/** Months that begin with a vowel take an elided preposition where the language has one ("d’avril"). */
const VOWEL_START = /^[aeiouàâäéèêëîïôöûü]/i;

/** "40 MW (W.Media, 11 février 2026)": the figure, its first source and the date it was stated. */
export function cite(f: CitedFact, lang: Lang): string {
  const src = f.sources[0];
  if (!src) return figure(f, lang);
  const e = dictionary(lang).explain;
  return fill(f.estimate ? e.citeEstimate : e.cite, { figure: figure(f, lang), publisher: src.publisher, date: formatDate(f.asOf, lang) });
}

/** "40 MW selon W.Media (11 février 2026)". */
function according(f: CitedFact, lang: Lang): string {
  const src = f.sources[0];
  if (!src) return figure(f, lang);
  return fill(dictionary(lang).explain.according, { figure: figure(f, lang), publisher: src.publisher, date: formatDate(f.asOf, lang) });
}

/** "du 31 mars 2025", "de juin 2025", "d’avril 2025". */
function since(date: string, lang: Lang): string {
  const e = dictionary(lang).explain;
  const d = formatDate(date, lang);
  const hasDay = /^\d{4}-\d{2}-\d{2}$/.test(date);
  const template = hasDay ? e.sinceDay : (VOWEL_START.test(d) && e.sinceMonthVowel) || e.sinceMonth;
  return fill(template, { date: d });
}

function capitalize(s: string, lang: Lang): string {
  return s ? s[0].toLocaleUpperCase(dictionary(lang).format.locale) + s.slice(1) : s;
}

/** One reason in words. */
export function explain(reason: Reason, lang: Lang): string {
  const e = dictionary(lang).explain;
  const sep = dictionary(lang).format.listSeparator;
  switch (reason.kind) {
    case 'matches':
      return fill(e.matches, { cite: cite(reason.fact, lang) });
    case 'matches-total': {
      const parts = formatList(reason.parts.map((p) => cite(p, lang)), lang);
      return reason.total
        ? fill(e.matchesTotalOf, { total: cite(reason.total, lang), parts })
        : fill(e.matchesTotal, { parts });
    }
    case 'matches-disputed':
      return fill(e.matchesDisputed, { list: [reason.fact, ...reason.others].map((f) => according(f, lang)).join(sep) });
    case 'matches-past':
      return reason.newer
        ? fill(e.matchesPastNewer, { cite: cite(reason.fact, lang), newer: cite(reason.newer, lang) })
        : fill(e.matchesPast, { cite: cite(reason.fact, lang) });
    case 'superseded':
      return fill(e.superseded, { old: figure(reason.fact, lang), since: since(reason.fact.asOf, lang), newer: cite(reason.newer, lang) });
    case 'differs':
      return fill(e.differs, { list: reason.facts.map((f) => cite(f, lang)).join(sep), claim: reason.claimText });
    case 'rated-false':
      return fill(e.ratedFalse, { cite: cite(reason.fact, lang) });
    case 'no-fact':
      return e.noFact;
    case 'no-metric':
      return e.noMetric;
    case 'ambiguous':
      return reason.facts.length
        ? fill(e.ambiguousAmong, { list: reason.facts.map((f) => according(f, lang)).join(sep) })
        : e.ambiguous;
    case 'held-back': {
      // A contradiction held back by nothing named cannot be explained better than "no clear fact".
      if (!reason.blocked.length) return e.noFact;
      const conditions = capitalize(formatList(reason.blocked.map((g) => e.gate[g]), lang), lang);
      return fill(e.heldBack, { conditions, cite: cite(reason.fact, lang) });
    }
    case 'other-project':
      return fill(e.otherProject, { cite: cite(reason.fact, lang) });
    case 'not-checked':
      return e.notChecked;
    default: {
      const never: never = reason;
      return (never as { kind: string }).kind;
    }
  }
}

/** Several reasons, one sentence each, in order. */
export function explainAll(reasons: readonly Reason[], lang: Lang): string {
  return reasons.map((r) => explain(r, lang)).join(' ');
}

/**
 * A checked claim's explanation in `lang`: its reasons worded here when the pipeline gave them,
 * else the text it carries (claims checked before reasons existed, results from an older build).
 */
export function explanationOf(claim: { reasons?: readonly Reason[]; explanation?: string }, lang: Lang): string {
  return claim.reasons?.length ? explainAll(claim.reasons, lang) : (claim.explanation ?? '');
}
