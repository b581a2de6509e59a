/** The whole engine in one call: extract the claims of a text and check them against a fact base. */
import { extractClaims } from './extract/extract';
import type { Checker } from './verdict/checker';
import type { CheckContext, CheckedClaim } from './verdict/types';
import type { Lang } from './types';

export function checkText(checker: Checker, text: string, ctx: CheckContext & { pageLang?: Lang } = {}): CheckedClaim[] {
  const claims = extractClaims(text, { lang: ctx.pageLang });
  return checker.check(text, claims, ctx);
}
