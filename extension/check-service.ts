/**
 * Matching in the background (MV3 service worker, MV2 background page): the fact base is prepared
 * once — on the first request after the worker starts, and again only when the packs or the
 * bundled-pack setting change — and kept in memory while the worker lives. A cold worker rebuilds
 * it from the bundled JSON (its Fuse index prebuilt) and the stored user packs, which were
 * validated when they were added; `npm run bench` measures that cold start. Pages send claims,
 * never their whole text: each request carries the sentences and a window around its figures.
 */
import { Checker, type CheckedClaim } from '../engine/match/check';
import { extractClaims } from '../engine/extract/extract';
import type { Claim, Lang } from '../engine/types';
import { buildFactBase } from './fact-source';
import { loadPacks, loadSettings } from './storage';
import { explainAll } from '../i18n/explain';

/** What a page may send in one request (a batch is ~50 claims and a few kB of text). */
const MAX_TEXT = 2 * 1024 * 1024;
const MAX_CLAIMS = 1000;

export class CheckService {
  private checker?: Promise<Checker>;
  /** How long the last preparation took (ms), for the bench and the e2e report. */
  lastPrepareMs = 0;

  constructor(private readonly load: () => Promise<Checker> = defaultLoad) {}

  /** The packs or settings changed: the next request prepares the base again. */
  invalidate(): void {
    this.checker = undefined;
  }

  private get(): Promise<Checker> {
    if (!this.checker) {
      const t0 = performance.now();
      this.checker = this.load().then((c) => {
        this.lastPrepareMs = performance.now() - t0;
        return c;
      });
      this.checker.catch(() => (this.checker = undefined));
    }
    return this.checker;
  }

  /** Prepares the base and compiles the extractor's regexes before the first page asks (a cold worker). */
  async warm(): Promise<void> {
    await this.get();
    extractClaims('Mistral AI investit 1,2 milliard d’euros ; 40 MW, 18 000 GPU, $500 billion, up to 1.5 GW in 2027.', {});
  }

  async topic(text: string, title: string): Promise<string | null> {
    const checker = await this.get();
    return checker.topicOf(String(text).slice(0, 20_000), String(title).slice(0, 300)) ?? null;
  }

  async checkText(text: string, from: number, to: number, ctx: { pageLang?: Lang; title: string; topic: string | null; lang: Lang }): Promise<CheckedClaim[]> {
    if (typeof text !== 'string' || text.length > MAX_TEXT) throw new Error('text too large');
    const f = Math.max(0, Math.min(text.length, Number(from) || 0));
    const t = Math.max(f, Math.min(text.length, Number(to) || 0));
    return this.check(text, extractIn(text, f, t, ctx.pageLang), ctx);
  }

  async check(text: string, claims: Claim[], ctx: { title: string; topic: string | null; lang: Lang }): Promise<CheckedClaim[]> {
    if (typeof text !== 'string' || text.length > MAX_TEXT) throw new Error('text too large');
    if (!Array.isArray(claims) || claims.length > MAX_CLAIMS) throw new Error('too many claims');
    const checker = await this.get();
    return checker.check(text, claims, { title: String(ctx.title ?? '').slice(0, 300), topic: ctx.topic ?? null, lang: ctx.lang });
  }
}

/** Extracts the claims of `text.slice(from, to)` (offsets into `text`) and checks them. */
export function extractIn(text: string, from: number, to: number, pageLang?: Lang): Claim[] {
  const out = extractClaims(text.slice(from, to), { lang: pageLang });
  if (!from) return out;
  return out.map((c) => {
    const moved = { ...c, start: c.start + from, end: c.end + from };
    if (c.sentenceStart !== undefined) moved.sentenceStart = c.sentenceStart + from;
    return moved;
  });
}

async function defaultLoad(): Promise<Checker> {
  const [settings, packs] = await Promise.all([loadSettings(), loadPacks()]);
  return new Checker(buildFactBase(settings, packs), explainAll);
}
