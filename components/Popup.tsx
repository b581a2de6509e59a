/** The toolbar popup: the current tab's figures grouped by verdict, problems first. */
import { useEffect, useState } from 'preact/hooks';
import type { PageResult } from '../dom/page-scanner';
import type { Lang, Verdict } from '../engine/types';
import type { Settings } from '../extension/settings';
import type { TabResults } from '../extension/messages';
import type { PopupController } from '../extension/popup-controller';
import { factFigure, safeHref } from './Badge';
import { STRINGS, VERDICT_ICON, browserLanguage, count, dictionary, labelled, localize, uiLanguage, verdictLabel } from '../i18n';
import { formatDate } from '../i18n/format';
import { claimReviewFile } from './review';

const ORDER: Verdict[] = ['contradicted', 'outdated', 'supported', 'unverified'];

type State =
  | { kind: 'loading' }
  | { kind: 'restricted' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; tabId: number; host: string; results: TabResults | null };

export function summaryLine(results: PageResult[], lang: Lang): string {
  const n = (v: Verdict) => results.filter((r) => r.verdict === v).length;
  const parts = [count(lang, 'figuresChecked', results.length - n('unverified'))];
  if (n('contradicted')) parts.push(count(lang, 'contradicted', n('contradicted')));
  if (n('outdated')) parts.push(count(lang, 'outdated', n('outdated')));
  return parts.join(' · ');
}

export function Popup({ controller }: { controller: PopupController }) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [settings, setSettings] = useState<Settings | null>(null);
  const lang = uiLanguage(settings?.language ?? 'auto', browserLanguage(controller.i18n));
  const s = localize(STRINGS, '', settings?.language ?? 'auto', controller.i18n);

  const refresh = async () => {
    try {
      setState(await controller.currentTab());
    } catch (e) {
      setState({ kind: 'error', message: (e as Error).message });
    }
  };

  useEffect(() => {
    void controller.loadSettings().then(setSettings);
    void refresh();
    const timer = setInterval(() => void refresh(), 1000);
    return () => clearInterval(timer);
  }, []);

  const checkPage = async (tabId: number) => {
    try {
      await controller.checkPage(tabId);
      setState((st) => (st.kind === 'ready' ? { ...st, results: { url: '', results: [], done: false } } : st));
    } catch (e) {
      setState({ kind: 'error', message: (e as Error).message });
    }
  };

  const setSite = async (host: string, mode: 'always' | 'never') => {
    if (!settings) return;
    // "Always" needs the site's host permission, asked now (we are in the click).
    const next = await controller.setSite(settings, host, mode);
    if (next) setSettings(next);
  };

  const open = async (tabId: number, badgeId: string) => {
    await controller.openBadge(tabId, badgeId);
    window.close();
  };

  const pack = controller.pack;
  return (
    <main class="popup" aria-live="polite">
      <header>
        <h1>InfraCheck</h1>
        <span class="meta">
          {s.factBase} {pack.version} · {count(lang, 'facts', pack.facts)}
        </span>
      </header>
      {state.kind === 'loading' && <p class="notice">{s.scanning}</p>}
      {state.kind === 'restricted' && <p class="notice">{s.restricted}</p>}
      {state.kind === 'error' && (
        <p class="notice error" role="alert">
          {labelled(lang, s.error, state.message)}
        </p>
      )}
      {state.kind === 'ready' && (
        <TabView
          state={state}
          lang={lang}
          settings={settings}
          enabledHere={!!settings && controller.siteEnabled(state.host, settings)}
          onCheck={checkPage}
          onSite={setSite}
          onOpen={open}
          onExport={(results, url) => {
            const file = claimReviewFile(url || `https://${state.host}/`, results, lang);
            controller.saveFile(file.name, file.text, 'application/ld+json');
          }}
        />
      )}
      <footer>
        <span class="meta">{formatDate(pack.updated, lang)}</span>
        <button class="secondary" type="button" onClick={() => controller.openOptions()}>
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
  enabledHere: boolean;
  onCheck(tabId: number): void;
  onSite(host: string, mode: 'always' | 'never'): void;
  onOpen(tabId: number, badgeId: string): void;
  onExport(results: PageResult[], pageUrl: string): void;
}) {
  const { state, lang, enabledHere } = props;
  const s = STRINGS[lang];
  const results = state.results?.results ?? [];
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
      <div class="row">
        {results.some((r) => r.verdict !== 'unverified') && (
          <button
            class="secondary export"
            type="button"
            title={dictionary(lang).review.exportHint}
            onClick={() => props.onExport(results, state.results?.url ?? '')}
          >
            {dictionary(lang).review.exportClaimReview}
          </button>
        )}
        {enabledHere && (
          <button class="secondary" type="button" onClick={() => props.onSite(state.host, 'never')}>
            {s.neverSite}
          </button>
        )}
      </div>
    </>
  );
}

function ResultItem({ r, lang, onOpen }: { r: PageResult; lang: Lang; onOpen(): void }) {
  const s = STRINGS[lang];
  const src = r.newer ?? r.fact;
  const href = src ? safeHref(src.sources[0].url) : undefined;
  return (
    <div class="result">
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
      {r.verdict === 'outdated' && r.history && r.history.length > 1 && (
        <span class="meta src history" aria-label={s.history}>
          {r.history.map((f) => `${factFigure(f, lang)} (${formatDate(f.asOf, lang)})`).join(" → ")}
        </span>
      )}
      {src && href && (
        <span class="meta src">
          <a href={href} target="_blank" rel="noopener noreferrer">
            {src.sources[0].publisher}
          </a>
        </span>
      )}
    </div>
  );
}
