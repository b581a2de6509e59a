/** Messages between the content script, the background and the popup. */
import type { PageResult } from '../dom/page-scanner';
import type { CheckedClaim } from '../engine/verdict/types';
import type { Claim, Lang } from '../engine/types';

export type Message =
  /** The page's results; with `append`, only those found since the last report (a page with thousands sends each once). */
  | { type: 'page-results'; url: string; results: PageResult[]; done: boolean; append?: boolean }
  | { type: 'get-tab-results'; tabId: number }
  | { type: 'open-badge'; badgeId: string }
  | { type: 'rescan' }
  | { type: 'add-pack-url'; url: string }
  | { type: 'refresh-packs' }
  /** The bundled pack's version, size and date (the popup and options show them without loading it). */
  | { type: 'pack-info' }
  /** The page's main subject, from its first characters and title (content → background). */
  | { type: 'page-topic'; text: string; title: string }
  /** One batch of claims with the text around them (offsets into `text`), checked in the background. */
  | { type: 'check-claims'; text: string; claims: Claim[]; title: string; topic: string | null; lang: Lang }
  /** A chunk of page text (`text.slice(from, to)`, with the text around it): extracted and checked in the background. */
  | { type: 'check-text'; text: string; from: number; to: number; pageLang?: Lang; title: string; topic: string | null; lang: Lang; head?: string };

/** `topic`: the page's subject, when the request carried the page's head. */
export type CheckReply = { ok: true; results: CheckedClaim[]; topic?: string | null } | { ok: false; error: string };

export interface TabResults {
  url: string;
  results: PageResult[];
  done: boolean;
}
