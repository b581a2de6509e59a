/** The text around one claim that the pipeline reads: the sentence and a window before it, tokenised once. */
import type { Claim } from '../types';
import { tokenize, type Token } from '../match/text';

/** How far before the sentence we read for names and keywords. */
export const WINDOW_BEFORE = 300;
/** Weights of evidence by where it sits relative to the figure. */
const NEAR = 80;
const MID = 200;

export interface Place {
  inSentence: boolean;
  weight: number;
  inClaim: boolean;
}

export interface ClaimWindow {
  text: string;
  tokens: Token[];
  /** Offsets relative to `text`. */
  claimAt: number;
  claimEnd: number;
  sentenceAt: number;
  /** The claim's clause within its sentence (between ";" or ":" marks), relative to `text`. */
  clauseAt: number;
  clauseEnd: number;
  /** Offset of `text` in the page text. */
  offset: number;
  sentenceStart: number;
  sentenceEnd: number;
  where(t: Token): Place;
}

/** The subject of a figure usually comes before it ("OpenAI prépare une levée de 100 milliards"). */
function proximity(distanceChars: number, inSentence: boolean, after: boolean): number {
  if (!inSentence) return 0.25;
  const side = after ? 0.5 : 1;
  if (distanceChars <= NEAR) return side;
  if (distanceChars <= MID) return 0.6 * side;
  return 0.35 * side;
}

/**
 * The tokens of a window, shared by the figures of one sentence (they have the same window): the
 * last window's tokens are kept. Callers read tokens, never change them.
 */
let lastWindow = '';
let lastTokens: Token[] = [];
function windowTokens(windowText: string): Token[] {
  if (windowText !== lastWindow) {
    lastTokens = tokenize(windowText);
    lastWindow = windowText;
  }
  return lastTokens;
}

export function claimWindow(text: string, claim: Claim): ClaimWindow {
  // The extractor gives the sentence's offset; text from elsewhere (old callers) falls back to a search.
  const sentenceStart =
    claim.sentenceStart !== undefined && text.startsWith(claim.sentence, claim.sentenceStart)
      ? claim.sentenceStart
      : Math.max(0, text.lastIndexOf(claim.sentence, claim.start));
  const sentenceEnd = sentenceStart + claim.sentence.length;
  const offset = Math.max(0, sentenceStart - WINDOW_BEFORE);
  const windowText = text.slice(offset, sentenceEnd);
  const claimAt = claim.start - offset;
  const claimEnd = claim.end - offset;
  const sentenceAt = sentenceStart - offset;
  // "… a levé 6 milliards ; l’entreprise est valorisée 40 milliards": each figure's own clause.
  const before = windowText.slice(sentenceAt, claimAt);
  const cut = Math.max(before.lastIndexOf(';'), before.lastIndexOf(':'));
  const clauseAt = cut >= 0 ? sentenceAt + cut + 1 : sentenceAt;
  const after = windowText.slice(claimEnd);
  const next = after.search(/[;:]/);
  const clauseEnd = next >= 0 ? claimEnd + next : windowText.length;
  return {
    text: windowText, tokens: windowTokens(windowText), claimAt, claimEnd, sentenceAt, clauseAt, clauseEnd, offset, sentenceStart, sentenceEnd,
    where(t: Token): Place {
      const inSentence = t.at >= sentenceAt;
      const after = t.at >= claimEnd;
      const d = after ? t.at - claimEnd : Math.max(0, claimAt - t.at);
      return { inSentence, weight: proximity(d, inSentence, after), inClaim: t.at >= claimAt && t.at < claimEnd };
    },
  };
}
