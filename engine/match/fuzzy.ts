/**
 * Near-miss names ("Borlange", "Mistrall") through Fuse.js. Small vocabularies (the bundled pack)
 * use the prebuilt index over every alias. Large ones (a 100k-fact pack) would cost tens of ms
 * per search, so they are split into buckets by initial and length, each with its own small Fuse
 * index built on first use: a near-miss keeps its first letter and its length within ±2 (the
 * checker only accepts those anyway).
 */
import Fuse from 'fuse.js';
import { FUSE_KEYS, FUSE_OPTIONS, type AliasRecord, type FactBase } from './fact-base';

/** Above this many aliases, search by bucket. */
export const BUCKET_THRESHOLD = 2000;
const LENGTH_SLACK = 2;

function bucketKey(initial: string, length: number): string {
  return `${initial}:${length}`;
}

/** The Fuse index of one bucket, built on first use (most buckets are never searched). */
function bucketFuse(base: FactBase, key: string): Fuse<AliasRecord> | undefined {
  if (!base.fuzzyBuckets) {
    const groups = new Map<string, AliasRecord[]>();
    for (const r of base.vocabulary) {
      const k = bucketKey(r.k[0], r.k.length);
      const list = groups.get(k);
      if (list) list.push(r);
      else groups.set(k, [r]);
    }
    base.fuzzyBuckets = { groups, built: new Map() };
  }
  const { groups, built } = base.fuzzyBuckets;
  let fuse = built.get(key);
  const records = groups.get(key);
  if (!fuse && records) {
    fuse = new Fuse(records, FUSE_OPTIONS, Fuse.createIndex(FUSE_KEYS, records));
    built.set(key, fuse);
  }
  return fuse;
}

/** Aliases close to a folded word, best first (memoised on the fact base). */
export function fuzzyNames(base: FactBase, word: string): { key: string; score: number }[] {
  const cached = base.fuzzyCache.get(word);
  if (cached) return cached;
  let hits: { key: string; score: number }[];
  if (base.vocabulary.length <= BUCKET_THRESHOLD) {
    hits = base.fuse.search(word, { limit: 3 }).map((r) => ({ key: r.item.k, score: r.score ?? 1 }));
  } else {
    hits = [];
    for (let len = word.length - LENGTH_SLACK; len <= word.length + LENGTH_SLACK; len++) {
      const fuse = bucketFuse(base, bucketKey(word[0], len));
      if (fuse) for (const r of fuse.search(word, { limit: 3 })) hits.push({ key: r.item.k, score: r.score ?? 1 });
    }
    hits.sort((a, b) => a.score - b.score);
    hits = hits.slice(0, 3);
  }
  if (base.fuzzyCache.size > 50_000) base.fuzzyCache.clear();
  base.fuzzyCache.set(word, hits);
  return hits;
}
