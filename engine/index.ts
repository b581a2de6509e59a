/**
 * One way in: `createEngine({packs, rates, explain})` returns the extractor and the checker over
 * one prepared fact base. The content script, the background, the CLI, the bench and the tests
 * all go through it.
 */
import type { FuseIndex } from 'fuse.js';
import { extractClaims, type ExtractOptions } from './extract/extract';
import type { FactPack } from './facts/schema';
import type { RateTable } from './facts/rates';
import { prepareFactBase, type AliasRecord, type FactBase } from './match/fact-base';
import { Checker } from './verdict/checker';
import type { CheckContext, CheckedClaim, Explain } from './verdict/types';
import type { Claim, Lang } from './types';

export interface EngineOptions {
  /** Packs in priority order (the first wins on duplicate ids). */
  packs: FactPack[];
  rates: RateTable;
  /** Renders a verdict's reasons in the reader's language (i18n/explain.ts's `explainAll`). */
  explain?: Explain;
  /** The bundled pack's prebuilt Fuse index (build time), when `packs` is exactly that pack. */
  fuseIndex?: ReturnType<FuseIndex<AliasRecord>['toJSON']>;
}

export interface Engine {
  base: FactBase;
  checker: Checker;
  extract(text: string, options?: ExtractOptions): Claim[];
  check(text: string, claims: Claim[], ctx?: CheckContext): CheckedClaim[];
  /** Extract then check, in one call. */
  checkText(text: string, ctx?: CheckContext & { pageLang?: Lang }): CheckedClaim[];
  topicOf(text: string, title?: string): string | undefined;
}

export function createEngine(o: EngineOptions): Engine {
  const base = prepareFactBase(o.packs, o.rates, o.fuseIndex);
  return engineOver(base, o.explain);
}

/** An engine over a fact base prepared elsewhere (kept in memory by the background, say). */
export function engineOver(base: FactBase, explain?: Explain): Engine {
  const checker = new Checker(base, explain);
  return {
    base,
    checker,
    extract: (text, options) => extractClaims(text, options),
    check: (text, claims, ctx) => checker.check(text, claims, ctx),
    checkText: (text, ctx = {}) => checker.check(text, extractClaims(text, { lang: ctx.pageLang }), ctx),
    topicOf: (text, title) => checker.topicOf(text, title),
  };
}

export * from './types';
export * from './units';
export { extractClaims, type ExtractOptions } from './extract/extract';
export { Checker } from './verdict/checker';
export type { CheckContext, CheckedClaim, Explain, FactRef, Reason, GateCondition } from './verdict/types';
export { prepareFactBase, type FactBase } from './match/fact-base';
export { parsePack, validatePack, PackError, MAX_PACK_BYTES } from './facts/validate';
export type { Fact, FactPack, Source } from './facts/schema';
export type { RateTable } from './facts/rates';
