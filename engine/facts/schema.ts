/**
 * The fact-pack schema: one zod schema gives the TypeScript types, the validation used at build
 * time, in the options page and in `scan --facts`, and the JSON Schema file for pack authors.
 */
import { z } from 'zod';
import { UNITS } from '../units';

export const METRICS = [
  'investment', 'valuation', 'funding-round', 'funding-total', 'power-capacity', 'gpu-count', 'opening-year',
  'founding-year', 'commitment', 'compute-deal', 'revenue', 'count', 'capex', 'energy',
] as const;

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
    keywords: z
      .object({
        fr: z.array(text(100)).max(100).default([]),
        en: z.array(text(100)).max(100).default([]),
      })
      .default({ fr: [], en: [] }),
    value: finite,
    unit: z.enum(UNITS as [string, ...string[]]),
    approx: z.enum(['exact', 'about', 'at-least', 'at-most']).optional(),
    low: finite.optional(),
    high: finite.optional(),
    asOf: date,
    supersededBy: z.string().max(120).optional(),
    statement: z.object({ fr: text(600), en: text(600) }),
    sources: z.array(SourceSchema).min(1, 'needs at least one source').max(20),
    note: text(600).optional(),
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
