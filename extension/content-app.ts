/**
 * The content script's wiring: settings from storage, the extractor, the page scanner and badges;
 * claims go to the background for checking (the fact base lives there, prepared once), one message
 * per batch. Everything hangs off WXT's `ctx`, so reloading
 * or disabling the extension removes every badge and listener.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browserLanguage, uiLanguage } from '../i18n';
import { openBadge, removeAllBadges } from '../dom/badges';
import { captureNatives } from '../dom/natives';
import { PageScanner, type PageResult } from '../dom/page-scanner';
import type { Lang } from '../engine/types';
import { preactBadgeRenderer } from './badge-renderer';
import type { CheckReply, Message } from './messages';
import { siteEnabled, type Settings } from './settings';
import { HIDDEN_KEY, PACKS_KEY, SETTINGS_KEY, hiddenOn, hideVerdict, loadSettings, verdictKey } from './storage';

declare global {
  interface Window {
    __infracheck?: { rescan(): void };
    /** Set by the popup's "Check this page" before injecting us. */
    __infracheckForce?: boolean;
  }
}

export async function runContentApp(ctx: ContentScriptContext): Promise<void> {
  if (window.__infracheck) {
    // Injected again by "Check this page": the running instance rescans.
    window.__infracheck.rescan();
    return;
  }
  captureNatives(window);
  if (import.meta.env.MODE === 'e2e') performance.mark('infracheck-start');
  let settings = await loadSettings();
  /** Verdicts the reader hid on this page ("hide this verdict on this page"). */
  let hiddenHere = await hiddenOn(location.href).catch(() => new Set<string>());
  if (import.meta.env.MODE === 'e2e') performance.mark('infracheck-settings');
  const forced = window.__infracheckForce === true;
  if (!forced && !siteEnabledHere(settings)) return;
  // Injected at document_start: read the page once it is parsed.
  if (document.readyState === 'loading') {
    await new Promise<void>((resolve) => ctx.addEventListener(document, 'DOMContentLoaded', () => resolve(), { once: true }));
  }
  if (import.meta.env.MODE === 'e2e') performance.mark('infracheck-dom-ready');

  const controller = new AbortController();
  ctx.onInvalidated(() => {
    controller.abort();
    removeAllBadges(document);
    delete window.__infracheck;
  });

  const pageLang = (): Lang | undefined => {
    const l = document.documentElement.lang.toLowerCase();
    return l.startsWith('fr') ? 'fr' : l.startsWith('en') ? 'en' : undefined;
  };
  let lang: Lang = uiLanguage(settings.language, browserLanguage(browser.i18n));
  /** The page's main subject once the background has named it; until then each request carries the page's head. */
  let topic: string | null | undefined;
  let head = '';

  const makeScanner = () =>
    new PageScanner(document, {
      engine: {
        // The page's main subject (the title counts double), once per full scan: the head goes
        // with the first requests and the background answers with the topic (no extra round trip).
        begin: (text) => {
          head = text;
          topic = undefined;
        },
        // Extracted and checked in the background: its regexes stay compiled from page to page,
        // where a content script would compile them again on every page (100 ms and more).
        checkText: async (text, from, to) => {
          const m: Message = {
            type: 'check-text', text, from, to, pageLang: pageLang(), title: document.title, lang,
            ...(topic === undefined ? { head, topic: null } : { topic }),
          };
          const reply = (await browser.runtime.sendMessage(m)) as CheckReply | undefined;
          if (!reply?.ok) throw new Error(reply?.error ?? 'no reply');
          if (reply.topic !== undefined) topic = reply.topic;
          return reply.results;
        },
      },
      badges: preactBadgeRenderer({
        lang,
        compact: settings.badgeStyle === 'compact',
        hidden: (publisher, url) => publisherIn(settings.publishersHidden, publisher, url),
        preferred: (publisher, url) => publisherIn(settings.publishersPreferred, publisher, url),
        pageUrl: location.href,
        reportEmail: settings.reportEmail,
        onHide: (c) => void hideVerdict(location.href, verdictKey(c)),
      }),
      shouldBadge: (c) => !hiddenHere.has(verdictKey(c)) && (c.verdict !== 'unverified' || settings.showUnverified),
      onResults: (results, done) => report(results, done),
      signal: controller.signal,
      // The e2e build exposes each slice of work on the page's timeline, for the long-task check.
      onSlice:
        import.meta.env.MODE === 'e2e'
          ? (ms, what) => {
              performance.measure('infracheck-slice', { start: performance.now() - ms, duration: ms });
              if (ms > 30) performance.measure(`infracheck-long ${what}`, { start: performance.now() - ms, duration: ms });
            }
          : undefined,
    });
  let scanner = makeScanner();

  /** How many of the scanner's results the background already has (each is sent once). */
  let sent = 0;
  let sentUrl = '';
  const report = (results: PageResult[], done: boolean) => {
    const append = sent > 0 && sentUrl === location.href && results.length >= sent;
    const fresh = append ? results.slice(sent) : results;
    if (append && !fresh.length && !done) return;
    sent = results.length;
    sentUrl = location.href;
    const message: Message = { type: 'page-results', url: location.href, results: fresh, done, append };
    browser.runtime.sendMessage(message).catch(() => {
      // The background may be restarting; the next pass reports again.
    });
  };

  const rerender = async () => {
    settings = await loadSettings();
    hiddenHere = await hiddenOn(location.href).catch(() => new Set<string>());
    lang = uiLanguage(settings.language, browserLanguage(browser.i18n));
    // Stop, create, start: the old scanner's observer and passes end here, the new one watches.
    scanner.stop();
    sent = 0; // the new scanner reports everything afresh
    removeAllBadges(document);
    scanner = makeScanner();
    scanner.start();
  };

  window.__infracheck = { rescan: () => void rerender() };

  const onMessage = (message: unknown) => {
    const m = message as Message;
    if (m?.type === 'open-badge') return Promise.resolve(openBadge(m.badgeId));
    if (m?.type === 'rescan') {
      void rerender();
      return Promise.resolve(true);
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

  const onStorage = (changes: Record<string, unknown>) => {
    if (SETTINGS_KEY in changes || PACKS_KEY in changes || HIDDEN_KEY in changes) void rerender();
  };
  browser.storage.onChanged.addListener(onStorage);
  ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onStorage));

  // Single-page navigation: a new article in the same document.
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    report([], false);
    scanner.rescan();
  });

  report([], false);
  scanner.start();
}

/** The manifest's match list is the default site list; local pages are for previews and tests. */
const LOCAL_HOSTS = ['127.0.0.1', 'localhost'];

function siteEnabledHere(settings: Settings): boolean {
  return siteEnabled(location.hostname, settings, LOCAL_HOSTS);
}

/** Does a source match a publisher name or domain in the user's list? */
function publisherIn(list: string[], publisher: string, url: string): boolean {
  if (!list.length) return false;
  let host = '';
  try {
    host = new URL(url).hostname.replace(/^www\./, '');
  } catch {
    // not a URL: only the publisher name can match
  }
  const p = publisher.toLowerCase();
  return list.some((h) => {
    const x = h.toLowerCase();
    return p === x || host === x || host.endsWith(`.${x}`);
  });
}
