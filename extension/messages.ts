/** Messages between the content script, the background and the popup. */
import type { PageResult } from '../dom/page-scanner';

export type Message =
  | { type: 'page-results'; url: string; results: PageResult[]; done: boolean }
  | { type: 'get-tab-results'; tabId: number }
  | { type: 'open-badge'; badgeId: string }
  | { type: 'rescan' }
  | { type: 'add-pack-url'; url: string }
  | { type: 'refresh-packs' };

export interface TabResults {
  url: string;
  results: PageResult[];
  done: boolean;
}
