/**
 * Matching in the background (MV3 service worker, MV2 background page): the fact base is prepared
 * once — on the first request after the worker starts, and again only when the packs or the
 * bundled-pack setting change — and kept in memory while the worker lives. A cold worker rebuilds
 * it from the bundled JSON (its Fuse index prebuilt) and the stored user packs, which were
 * validated when they were added; `npm run bench` measures that cold start. Pages send claims,
 * never their whole text: each request carries the sentences and a window around its figures.
 */
import { engineOver, type Engine } from '../engine';
import type { Claim, Lang } from '../engine/types';
import type { CheckedClaim } from '../engine/verdict/types';
import { buildFactBase } from './fact-source';
import { loadPacks, loadSettings } from './storage';
import { explainAll } from '../i18n/explain';

/** What a page may send in one request (a batch is ~50 claims and a few kB of text). */
const MAX_TEXT = 2 * 1024 * 1024;
const MAX_CLAIMS = 1000;

export class CheckService {
  private engine?: Promise<Engine>;
  /** How long the last preparation took (ms), for the bench and the e2e report. */
  lastPrepareMs = 0;

  constructor(private readonly load: () => Promise<Engine> = defaultLoad) {}

  /** The packs or settings changed: the next request prepares the base again. */
  invalidate(): void {
    this.engine = undefined;
    this.topics.clear();
  }

  private get(): Promise<Engine> {
    if (!this.engine) {
      const t0 = performance.now();
      this.engine = this.load().then((c) => {
        this.lastPrepareMs = performance.now() - t0;
        return c;
      });
      this.engine.catch(() => (this.engine = undefined));
    }
    return this.engine;
  }

  /** Prepares the base and compiles the extractor's regexes before the first page asks (a cold worker). */
  async warm(): Promise<void> {
    const engine = await this.get();
    engine.extract('Mistral AI investit 1,2 milliard d’euros ; 40 MW, 18 000 GPU, $500 billion, up to 1.5 GW in 2027.', {});
  }

  /** The topic of the last few page heads (requests in flight carry the same head). */
  private readonly topics = new Map<string, string | null>();

  async topic(text: string, title: string): Promise<string | null> {
    const engine = await this.get();
    const head = String(text).slice(0, 20_000);
    const key = `${String(title).slice(0, 300)}\u0000${head}`;
    const known = this.topics.get(key);
    if (known !== undefined) return known;
    const topic = engine.topicOf(head, String(title).slice(0, 300)) ?? null;
    if (this.topics.size > 16) this.topics.clear();
    this.topics.set(key, topic);
    return topic;
  }

  async checkText(text: string, from: number, to: number, ctx: { pageLang?: Lang; title: string; topic: string | null; lang: Lang }): Promise<CheckedClaim[]> {
    if (typeof text !== 'string' || text.length > MAX_TEXT) throw new Error('text too large');
    const f = Math.max(0, Math.min(text.length, Number(from) || 0));
    const t = Math.max(f, Math.min(text.length, Number(to) || 0));
    const engine = await this.get();
    return this.check(text, extractIn(engine, text, f, t, ctx.pageLang), ctx);
  }

  async check(text: string, claims: Claim[], ctx: { title: string; topic: string | null; lang: Lang }): Promise<CheckedClaim[]> {
    if (typeof text !== 'string' || text.length > MAX_TEXT) throw new Error('text too large');
    if (!Array.isArray(claims) || claims.length > MAX_CLAIMS) throw new Error('too many claims');
    const engine = await this.get();
    return engine.check(text, claims, { title: String(ctx.title ?? '').slice(0, 300), topic: ctx.topic ?? null, lang: ctx.lang });
  }
}

/** Extracts the claims of `text.slice(from, to)` (offsets into `text`) and checks them. */
export function extractIn(engine: Pick<Engine, 'extract'>, text: string, from: number, to: number, pageLang?: Lang): Claim[] {
  const out = engine.extract(text.slice(from, to), { lang: pageLang });
  if (!from) return out;
  return out.map((c) => {
    const moved = { ...c, start: c.start + from, end: c.end + from };
    if (c.sentenceStart !== undefined) moved.sentenceStart = c.sentenceStart + from;
    return moved;
  });
}

async function defaultLoad(): Promise<Engine> {
  const [settings, packs] = await Promise.all([loadSettings(), loadPacks()]);
  return engineOver(buildFactBase(settings, packs), explainAll);
}
