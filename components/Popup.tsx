/** The toolbar popup: the current tab's figures grouped by verdict, problems first. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { PageResult } from '../dom/page-scanner';
import type { Lang, Verdict } from '../engine/types';
import { normaliseHost, siteEnabled, type Settings } from '../engine/settings';
import { formatDate } from '../engine/match/explain';
import { bundledPack } from '../extension/fact-source';
import type { Message, TabResults } from '../extension/messages';
import { loadSettings, saveSettings } from '../extension/storage';
import { requestSite } from '../extension/user-sites';
import { factFigure, safeHref } from './Badge';
import { STRINGS, VERDICT_ICON, browserLanguage, localize, uiLanguage, verdictLabel } from './strings';

const ORDER: Verdict[] = ['contradicted', 'outdated', 'supported', 'unverified'];

type State =
  | { kind: 'loading' }
  | { kind: 'restricted' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; tabId: number; host: string; results: TabResults | null };

export function summaryLine(results: PageResult[], lang: Lang): string {
  const s = STRINGS[lang];
  const n = (v: Verdict) => results.filter((r) => r.verdict === v).length;
  const checked = results.length - n('unverified');
  const parts = [`${checked} ${checked === 1 ? s.figure : s.figures} ${s.checked}`];
  if (n('contradicted')) parts.push(`${n('contradicted')} ${s.contradictedN}`);
  if (n('outdated')) parts.push(`${n('outdated')} ${s.outdatedN}`);
  return parts.join(' · ');
}

export function Popup() {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [settings, setSettings] = useState<Settings | null>(null);
  const lang = uiLanguage(settings?.language ?? 'auto', browserLanguage(browser.i18n));
  const s = localize(STRINGS, '', settings?.language ?? 'auto', browser.i18n);

  const refresh = async () => {
    try {
      // ?tabId=N opens the popup's report for a given tab (popup.html in a tab, tests).
      const forced = Number(new URLSearchParams(location.search).get('tabId'));
      const tab = forced ? await browser.tabs.get(forced) : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
      if (!tab?.id) return setState({ kind: 'restricted' });
      // Without the "tabs" permission the URL is known only for tabs we may read (activeTab, our sites).
      const results = (await browser.runtime.sendMessage({ type: 'get-tab-results', tabId: tab.id } satisfies Message)) as TabResults | null;
      const url = tab.url ?? results?.url;
      if (url && !/^https?:/.test(url)) return setState({ kind: 'restricted' });
      const host = url ? new URL(url).hostname.replace(/^www\./, '') : '';
      if (/^(chrome|chromewebstore)\.google\.com$|^addons\.mozilla\.org$/.test(host)) return setState({ kind: 'restricted' });
      setState({ kind: 'ready', tabId: tab.id, host, results });
    } catch (e) {
      setState({ kind: 'error', message: (e as Error).message });
    }
  };

  useEffect(() => {
    void loadSettings().then(setSettings);
    void refresh();
    const timer = setInterval(() => void refresh(), 1000);
    return () => clearInterval(timer);
  }, []);

  const checkPage = async (tabId: number) => {
    try {
      await browser.scripting.executeScript({ target: { tabId }, func: () => { (window as { __infracheckForce?: boolean }).__infracheckForce = true; } });
      await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
      setState((st) => (st.kind === 'ready' ? { ...st, results: { url: '', results: [], done: false } } : st));
    } catch (e) {
      setState({ kind: 'error', message: (e as Error).message });
    }
  };

  const setSite = async (host: string, mode: 'always' | 'never') => {
    if (!settings) return;
    const h = normaliseHost(host);
    if (!h) return;
    const added = settings.sitesAdded.filter((x) => x !== h);
    const excluded = settings.sitesExcluded.filter((x) => x !== h);
    // "Always" needs the site's host permission, asked now (we are in the click).
    if (mode === 'always' && !(await requestSite(h))) return;
    if (mode === 'always') added.push(h);
    else excluded.push(h);
    setSettings(await saveSettings({ sitesAdded: added, sitesExcluded: excluded }));
  };

  const open = async (tabId: number, badgeId: string) => {
    await browser.tabs.update(tabId, { active: true }).catch(() => undefined);
    await browser.tabs.sendMessage(tabId, { type: 'open-badge', badgeId } satisfies Message).catch(() => undefined);
    window.close();
  };

  const pack = bundledPack();
  return (
    <main class="popup" aria-live="polite">
      <header>
        <h1>InfraCheck</h1>
        <span class="meta">
          {s.factBase} {pack.version} · {pack.facts.length} {s.facts}
        </span>
      </header>
      {state.kind === 'loading' && <p class="notice">{s.scanning}</p>}
      {state.kind === 'restricted' && <p class="notice">{s.restricted}</p>}
      {state.kind === 'error' && (
        <p class="notice error" role="alert">
          {s.error} : {state.message}
        </p>
      )}
      {state.kind === 'ready' && (
        <TabView state={state} lang={lang} settings={settings} onCheck={checkPage} onSite={setSite} onOpen={open} />
      )}
      <footer>
        <span class="meta">{formatDate(pack.updated, lang)}</span>
        <button class="secondary" type="button" onClick={() => browser.runtime.openOptionsPage()}>
          {s.options}
        </button>
      </footer>
    </main>
  );
}

function TabView(props: {
  state: Extract<State, { kind: 'ready' }>;
  lang: Lang;
  settings: Settings | null;
  onCheck(tabId: number): void;
  onSite(host: string, mode: 'always' | 'never'): void;
  onOpen(tabId: number, badgeId: string): void;
}) {
  const { state, lang, settings } = props;
  const s = STRINGS[lang];
  const results = state.results?.results ?? [];
  const enabledHere = settings ? siteEnabled(state.host, settings) : false;
  if (!state.results) {
    return (
      <>
        <p class="notice">{s.notRunning}</p>
        <div class="row">
          <button class="primary" type="button" onClick={() => props.onCheck(state.tabId)}>
            {s.checkPage}
          </button>
          {state.host && (
            <button class="secondary" type="button" onClick={() => props.onSite(state.host, 'always')}>
              {s.alwaysSite}
            </button>
          )}
        </div>
      </>
    );
  }
  if (!state.results.done && !results.length) return <p class="notice">{s.scanning}</p>;
  if (!results.length) return <p class="notice">{s.noFigures}</p>;
  return (
    <>
      <p class="summary">{summaryLine(results, lang)}</p>
      {ORDER.map((v) => {
        const list = results.filter((r) => r.verdict === v);
        if (!list.length) return null;
        return (
          <section class="group" key={v}>
            <h2 class={v} style="background:none">
              {VERDICT_ICON[v]} {verdictLabel(v, lang)} ({list.length})
            </h2>
            {list.map((r, i) => (
              <ResultItem key={`${v}-${i}`} r={r} lang={lang} onOpen={() => r.badgeId && props.onOpen(state.tabId, r.badgeId)} />
            ))}
          </section>
        );
      })}
      {enabledHere && (
        <div class="row">
          <button class="secondary" type="button" onClick={() => props.onSite(state.host, 'never')}>
            {s.neverSite}
          </button>
        </div>
      )}
    </>
  );
}

function ResultItem({ r, lang, onOpen }: { r: PageResult; lang: Lang; onOpen(): void }) {
  const s = STRINGS[lang];
  const src = r.newer ?? r.fact;
  const href = src ? safeHref(src.sources[0].url) : undefined;
  return (
    <div>
      <button class="item" type="button" onClick={onOpen} disabled={!r.badgeId} title={s.showOnPage}>
        <span class={`chip ${r.verdict}`}>
          {VERDICT_ICON[r.verdict]} {verdictLabel(r.verdict, lang)}
        </span>{' '}
        <span class="fig">{r.text}</span>
        {src && (
          <span class="meta">
            {' '}
            → {factFigure(src, lang)} ({formatDate(src.asOf, lang)})
          </span>
        )}
      </button>
      {src && href && (
        <span class="meta">
          <a href={href} target="_blank" rel="noopener noreferrer">
            {src.sources[0].publisher}
          </a>
        </span>
      )}
    </div>
  );
}
