/**
 * The fact-pack schema: one zod schema gives the TypeScript types, the validation used at build
 * time, in the options page and in `scan --facts`, and the JSON Schema file for pack authors.
 */
import { z } from 'zod';
import { UNITS } from '../units';

// No JIT-compiled parsers (no `new Function`): extension pages and content scripts run under CSPs that
// forbid eval; the build also strips zod's eval probe (scripts/vite-no-unsafe-sinks.ts).
z.config({ jitless: true });

export const METRICS = [
  'investment', 'valuation', 'valuation-pre-money', 'funding-round', 'funding-total', 'power-capacity',
  'gpu-count', 'h100-equivalents', 'opening-year', 'founding-year', 'commitment', 'compute-deal', 'revenue',
  'annualized-revenue', 'count', 'capex', 'energy', 'compute', 'storage', 'area', 'water', 'employees',
  'cost', 'debt',
] as const;

/** Languages a fact's statement and keywords may be written in (a record keyed by language). */
export const FACT_LANGS = ['fr', 'en', 'de', 'es', 'it'] as const;

/** Markup in a pack string is refused: pack strings are shown as text, and HTML there is a red flag. */
const MARKUP = /<\s*[a-z!/?]|&#|javascript:/i;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .refine((s) => !MARKUP.test(s), 'must be plain text (no HTML, no javascript: URL)')
    .refine((s) => !CONTROL.test(s), 'must not contain control characters');

const date = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, 'must be a date YYYY-MM-DD (or YYYY-MM)');

export const httpUrl = z
  .string()
  .max(2000, 'must be at most 2000 characters')
  .refine((s) => {
    try {
      const u = new URL(s);
      return (u.protocol === 'https:' || u.protocol === 'http:') && !!u.hostname;
    } catch {
      return false;
    }
  }, 'must be an http(s) URL');

export const SourceSchema = z.object({
  publisher: text(200),
  title: text(500),
  url: httpUrl,
  date,
});

const finite = z.number().refine(Number.isFinite, 'must be a finite number');

export const FactSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9._-]{0,119}$/, 'must be lowercase letters, digits, ".", "_" or "-"'),
    subject: z.object({
      name: text(200),
      aliases: z.array(text(200)).max(100, 'at most 100 aliases').default([]),
    }),
    metric: z.enum(METRICS),
    keywords: z.partialRecord(z.enum(FACT_LANGS), z.array(text(100)).max(100)).default({}),
    value: finite,
    unit: z.enum(UNITS as [string, ...string[]]),
    approx: z.enum(['exact', 'about', 'at-least', 'at-most']).optional(),
    low: finite.optional(),
    high: finite.optional(),
    asOf: date,
    supersededBy: z.string().max(120).optional(),
    statement: z
      .partialRecord(z.enum(FACT_LANGS), text(600))
      .refine((s) => Object.keys(s).length > 0, 'needs a statement in at least one language'),
    sources: z.array(SourceSchema).min(1, 'needs at least one source').max(20),
    note: text(600).optional(),
    /** An estimate (not a figure a publisher stated): it may support a claim, never contradict one. */
    estimate: z.boolean().optional(),
    /** Facts reporting a different figure for the same quantity at the same time (sources disagree). */
    disputes: z.array(z.string().max(120)).max(20).optional(),
    /** This fact is a part (phase, tranche, building) of the total named here (a fact id or a label). */
    partOf: z.string().max(120).optional(),
    /** A per-unit figure: what it is counted per ("rack", "building", "year"). Never compared with totals. */
    per: text(40).optional(),
    /** Planned, under construction or operational: different quantities, never one chain. */
    status: z.enum(['planned', 'under-construction', 'operational']).optional(),
    /**
     * A figure a fact-checker rated false (imported from ClaimReview): a known wrong figure, not a
     * fact. It never supports a claim; a page printing it may be contradicted, citing the checker.
     */
    rating: z.literal('false').optional(),
  })
  .refine((f) => f.low === undefined || f.high === undefined || f.low <= f.high, {
    message: 'low must not exceed high',
    path: ['low'],
  });

export const PackSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9._-]{0,79}$/, 'must be lowercase letters, digits, ".", "_" or "-"'),
  title: text(200),
  version: text(40),
  updated: date,
  facts: z.array(FactSchema).max(200_000, 'at most 200,000 facts'),
});

export type Source = z.infer<typeof SourceSchema>;
export type Fact = z.infer<typeof FactSchema> & { unit: (typeof UNITS)[number] };
export type FactPack = Omit<z.infer<typeof PackSchema>, 'facts'> & { facts: Fact[] };
export type Metric = (typeof METRICS)[number];

/** A fact's statement in `lang`, else English, else French, else the first one written. */
export function statementIn(statement: Partial<Record<string, string>>, lang: string): string {
  return statement[lang] ?? statement.en ?? statement.fr ?? Object.values(statement).find((s) => !!s) ?? '';
}
