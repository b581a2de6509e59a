// @vitest-environment happy-dom
/**
 * The content script's lifecycle on happy-dom with the fake browser: a settings change stops the
 * old scanner (its observer included) and starts a new one, so content added afterwards is read
 * once, with the new settings, and reported to the background.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from '../../extension/background-app';
import { runContentApp } from '../../extension/content-app';
import { saveSettings } from '../../extension/storage';

const BADGE = 'infracheck-badge';

function fakeCtx() {
  const callbacks: (() => void)[] = [];
  const controller = new AbortController();
  return {
    signal: controller.signal,
    onInvalidated(cb: () => void) {
      callbacks.push(cb);
    },
    addEventListener(target: EventTarget, type: string, cb: EventListener) {
      target.addEventListener(type, cb, { signal: controller.signal });
    },
    invalidate() {
      controller.abort();
      for (const cb of callbacks.splice(0)) cb();
    },
  };
}

const until = async (what: () => boolean, ms = 10_000) => {
  const t0 = Date.now();
  while (!what() && Date.now() - t0 < ms) await new Promise((r) => setTimeout(r, 20));
};
const settle = (ms = 400) => new Promise((r) => setTimeout(r, ms));

describe('content app lifecycle (happy-dom, fake browser)', () => {
  let ctx: ReturnType<typeof fakeCtx>;
  const reports: { results: { text: string; verdict: string }[] }[] = [];

  beforeEach(() => {
    fakeBrowser.reset();
    reports.length = 0;
    // The fake browser has no i18n: French, as the user's browser would say.
    fakeBrowser.i18n.getMessage = ((k: string) => (k === '@@ui_locale' ? 'fr' : '')) as never;
    fakeBrowser.i18n.getUILanguage = () => 'fr';
    // The background's handler, answering as a real one does (the fake browser wants sendResponse).
    fakeBrowser.runtime.onMessage.addListener(((m: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
      const msg = m as { type: string; results: { text: string; verdict: string }[] };
      if (msg.type === 'page-results') reports.push(msg);
      const out = handleMessage(m, { tab: { id: 1 } });
      if (!out) return undefined;
      void out.then(sendResponse);
      return true;
    }) as never);
    (window as { __infracheckForce?: boolean }).__infracheckForce = true;
    document.documentElement.lang = 'fr';
    ctx = fakeCtx();
  });
  afterEach(() => {
    ctx.invalidate();
    delete (window as { __infracheck?: unknown }).__infracheck;
    document.body.innerHTML = '';
  });

  it('on a settings change, stops the old scanner and watches the page with the new one', async () => {
    document.body.innerHTML = '<main><p>Mistral prévoit un data center de 40 MW dans l’Essonne.</p></main>';
    await runContentApp(ctx as never);
    await until(() => document.querySelectorAll(BADGE).length === 1);
    expect(document.querySelectorAll(BADGE)).toHaveLength(1);

    // Compact badges and unverified figures from now on.
    await saveSettings({ showUnverified: true, badgeStyle: 'compact' });
    await settle();

    // Content added after the change: one badge per figure, written with the new settings.
    const p = document.createElement('p');
    p.textContent = 'La commune a voté 12 millions d’euros pour sa nouvelle piscine.';
    document.querySelector('main')!.appendChild(p);
    await until(() => document.querySelectorAll(`${BADGE}[data-claim="12 millions d’euros"]`).length > 0);
    await settle();
    const added = document.querySelectorAll(`${BADGE}[data-claim="12 millions d’euros"]`);
    expect(added).toHaveLength(1);
    expect(added[0].getAttribute('data-verdict')).toBe('unverified');
    // Drawn by a scanner that has the new settings.
    await until(() => !!added[0].shadowRoot?.querySelector('button'));
    expect(added[0].shadowRoot!.querySelector('button')!.className).toMatch(/compact/);
    expect(document.querySelectorAll(`${BADGE}[data-claim="40 MW"]`)).toHaveLength(1);
    // The popup's report has the new figure.
    const last = reports.at(-1)!;
    expect(last.results.map((r) => r.text)).toContain('12 millions d’euros');
  });

  it('leaves no badge and no observer once invalidated', async () => {
    document.body.innerHTML = '<main><p>Mistral prévoit un data center de 40 MW dans l’Essonne.</p></main>';
    await runContentApp(ctx as never);
    await until(() => document.querySelectorAll(BADGE).length === 1);
    ctx.invalidate();
    expect(document.querySelectorAll(BADGE)).toHaveLength(0);
    document.querySelector('main')!.insertAdjacentHTML('beforeend', '<p>Mistral investit 1,2 milliard d’euros à Borlänge, en Suède.</p>');
    await settle();
    expect(document.querySelectorAll(BADGE)).toHaveLength(0);
  });
});
