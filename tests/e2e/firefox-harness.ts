/**
 * Firefox end-to-end harness: Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi,
 * with the built Firefox extension (`wxt build -b firefox --mode e2e`) installed as a temporary
 * add-on (BiDi webExtension.install).
 *
 * - A shipped news host (www.lemonde.fr, from the content script's match list) resolves to
 *   127.0.0.1 through `network.dns.localDomains`, so the real match patterns apply; the fixture
 *   server listens there on a free port.
 * - The add-on's gecko id plus `extensions.webextensions.uuids` pins its moz-extension:// address.
 * - Firefox's own outside traffic is switched off by prefs; a PAC file sends every request that is
 *   not for the fixture host to a local "trap" proxy, which records it and answers 403. So a test
 *   can assert that nothing — Firefox's or ours — went anywhere but the fixture server.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import { ARTIFACTS, ROOT, StaticServer } from './harness';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION = join(ROOT, '.output', 'firefox-mv3-e2e');
/** A host from the shipped match list (engine/settings.ts DEFAULT_SITES → content script matches). */
export const NEWS_HOST = 'www.lemonde.fr';
export const EXTENSION_UUID = '6c1f2a8e-3b7d-4e59-9a0c-1d2e3f405162';

export function firefoxMissing(): string | undefined {
  if (!existsSync(FIREFOX)) return `${FIREFOX} not found (apt-get install -y firefox-esr)`;
  if (!existsSync(join(FIREFOX_EXTENSION, 'manifest.json'))) return `${FIREFOX_EXTENSION} not built (npx wxt build -b firefox --mode e2e)`;
  return undefined;
}

function geckoId(): string {
  const m = JSON.parse(readFileSync(join(FIREFOX_EXTENSION, 'manifest.json'), 'utf8'));
  const id = m.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error('the Firefox build has no browser_specific_settings.gecko.id');
  return id;
}

/** Answers every request with 403 and remembers what was asked for (CONNECT host:port, or the URL). */
export class TrapProxy {
  private server?: Server;
  readonly seen: string[] = [];
  port = 0;

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      this.seen.push(`${req.method} ${req.url}`);
      res.writeHead(403);
      res.end();
    });
    this.server.on('connect', (req, socket) => {
      this.seen.push(`CONNECT ${req.url}`);
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server!.address() as { port: number }).port;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections?.();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}

/** Prefs that stop Firefox's own outside requests (puppeteer sets some; these are spelled out). */
export function quietPrefs(trapPort: number): Record<string, unknown> {
  const nowhere = `http://127.0.0.1:${trapPort}/`;
  const pac = `function FindProxyForURL(url, host) { return host === ${JSON.stringify(NEWS_HOST)} ? 'DIRECT' : 'PROXY 127.0.0.1:${trapPort}'; }`;
  return {
    // Everything not for the fixture host goes to the trap proxy (127.0.0.1 itself is never proxied).
    'network.proxy.type': 2,
    'network.proxy.autoconfig_url': `data:application/x-ns-proxy-autoconfig,${encodeURIComponent(pac)}`,
    'network.proxy.socks_remote_dns': true,
    'network.trr.mode': 5, // no DNS over HTTPS
    // Remote settings, blocklist, telemetry, studies, health report.
    'services.settings.server': 'data:,#remote-settings-dummy/v1',
    'extensions.blocklist.enabled': false,
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.unified': false,
    'toolkit.telemetry.archive.enabled': false,
    'toolkit.telemetry.server': nowhere,
    'datareporting.healthreport.uploadEnabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'app.normandy.enabled': false,
    'app.normandy.api_url': '',
    'app.shield.optoutstudies.enabled': false,
    'browser.ping-centre.telemetry': false,
    'browser.newtabpage.activity-stream.telemetry': false,
    'browser.newtabpage.activity-stream.feeds.telemetry': false,
    // Captive portal and connectivity checks.
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'captivedetect.canonicalURL': nowhere,
    // Updates: the browser, add-ons, media plugins, search engines, region.
    'app.update.enabled': false,
    'app.update.auto': false,
    'app.update.disabledForTesting': true,
    'extensions.update.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    'extensions.systemAddon.update.enabled': false,
    'media.gmp-manager.updateEnabled': false,
    'media.gmp-manager.url': nowhere,
    'media.gmp-gmpopenh264.enabled': false,
    'media.gmp-widevinecdm.enabled': false,
    'browser.search.update': false,
    'browser.region.update.enabled': false,
    'browser.region.network.url': '',
    'geo.provider.network.url': '',
    // Safe browsing and its list updates.
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'browser.safebrowsing.downloads.enabled': false,
    'browser.safebrowsing.downloads.remote.enabled': false,
    'browser.safebrowsing.blockedURIs.enabled': false,
    'browser.safebrowsing.provider.google4.updateURL': '',
    'browser.safebrowsing.provider.google.updateURL': '',
    'browser.safebrowsing.provider.mozilla.updateURL': '',
    // Push, prefetching, speculative connections, certificate checks.
    'dom.push.connection.enabled': false,
    'network.prefetch-next': false,
    'network.dns.disablePrefetch': true,
    'network.http.speculative-parallel-limit': 0,
    'browser.urlbar.speculativeConnect.enabled': false,
    'security.OCSP.enabled': 0,
    'security.remote_settings.crlite_filters.enabled': false,
    'security.remote_settings.intermediates.enabled': false,
    // New tab page content, recommendations.
    'browser.newtabpage.enabled': false,
    'browser.newtabpage.activity-stream.feeds.section.topstories': false,
    'browser.newtabpage.activity-stream.feeds.system.topstories': false,
    'extensions.htmlaboutaddons.recommendations.enabled': false,
    'browser.discovery.enabled': false,
    'browser.contentblocking.report.lockwise.enabled': false,
    'browser.topsites.contile.enabled': false,
  };
}

export interface FirefoxSession {
  browser: Browser;
  server: StaticServer;
  trap: TrapProxy;
  /** moz-extension://<uuid> */
  base: string;
  /** A URL on the news host, served by the fixture server. */
  url(path: string): string;
}

/** One firefox-esr with the extension, a fixture server and a trap proxy per test file. */
export function useFirefox(): FirefoxSession {
  const session = { server: new StaticServer(join(ROOT, 'tests')), trap: new TrapProxy() } as FirefoxSession;
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    await session.server.start();
    await session.trap.start();
    session.url = (path: string) => `http://${NEWS_HOST}:${session.server.port}${path}`;
    session.browser = await puppeteer.launch({
      browser: 'firefox',
      // Release builds ignore a remote-settings server override unless this is set; the override
      // (a data: URL, below) keeps remote settings off the network.
      env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
      executablePath: FIREFOX,
      headless: true,
      // BiDi refuses to navigate to moz-extension:// pages ("not allowed in this context") unless
      // the remote agent may open privileged URLs.
      args: ['--remote-allow-system-access'],
      defaultViewport: { width: 1200, height: 900 },
      extraPrefsFirefox: {
        ...quietPrefs(session.trap.port),
        'network.dns.localDomains': NEWS_HOST,
        'extensions.webextensions.uuids': JSON.stringify({ [geckoId()]: EXTENSION_UUID }),
        'intl.locale.requested': 'fr-FR',
        'intl.accept_languages': 'fr-FR, fr',
      },
    });
    const id = await session.browser.installExtension(FIREFOX_EXTENSION);
    if (id !== geckoId()) throw new Error(`installed as ${id}, expected ${geckoId()}`);
    session.base = `moz-extension://${EXTENSION_UUID}`;
    // The tests read the French interface, chosen as a user does (options → language).
    const page = await openExtensionPage(session, '/options.html');
    await page.evaluate(async () => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const b = (globalThis as any).browser;
      const got = await b.storage.sync.get('settings');
      await b.storage.sync.set({ settings: { ...(got.settings ?? {}), language: 'fr' } });
    });
    await page.close();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.trap.stop();
    await session.server.stop();
  });
  return session;
}

/**
 * Opens an extension page. `page.goto` to moz-extension:// does not resolve reliably over BiDi
 * (the navigation's load event is not always reported), so: start it, then poll `location`.
 */
export async function openExtensionPage(session: FirefoxSession, path: string): Promise<Page> {
  const page = await session.browser.newPage();
  const url = `${session.base}${path}`;
  void page.goto(url, { timeout: 15_000 }).catch(() => undefined);
  const start = Date.now();
  for (;;) {
    const href = await page.evaluate(() => (document.readyState === 'complete' ? location.href : '')).catch(() => '');
    if (href === url) return page;
    if (Date.now() - start > 15_000) throw new Error(`${url} did not open (at ${href || 'nothing'})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Waits until the number of badges stops changing. */
export async function settledBadgesFx(page: Page, atLeast = 1, timeout = 30_000): Promise<number> {
  const start = Date.now();
  let last = -1;
  let stableSince = Date.now();
  for (;;) {
    const n = await page.evaluate(() => document.querySelectorAll('infracheck-badge').length);
    if (n !== last) {
      last = n;
      stableSince = Date.now();
    } else if (n >= atLeast && Date.now() - stableSince > 800) {
      return n;
    }
    if (Date.now() - start > timeout) return n;
    await new Promise((r) => setTimeout(r, 100));
  }
}
