/** End-to-end harness: a static server on 127.0.0.1 and Chromium with the built extension loaded. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const EXTENSION = join(ROOT, '.output', 'chrome-mv3-e2e');
export const ARTIFACTS = join(ROOT, 'tests', 'artifacts');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Why the Chromium tests cannot run here, if they cannot. Under `npm test` (INFRACHECK_REQUIRE_E2E,
 * set by scripts/test-all.mjs) nothing is skipped: the reason is printed and the tests run, and fail.
 */
export function chromiumMissing(): string | undefined {
  let why: string | undefined;
  if (!existsSync(CHROMIUM)) why = `${CHROMIUM} not found (apt-get install -y chromium)`;
  else if (!existsSync(join(EXTENSION, 'manifest.json'))) why = `${EXTENSION} not built (npx wxt build --mode e2e)`;
  if (why) console.warn(`Chromium e2e ${process.env.INFRACHECK_REQUIRE_E2E ? 'FAILS' : 'skipped'}: ${why}`);
  return process.env.INFRACHECK_REQUIRE_E2E ? undefined : why;
}

/** Serves files under `root`, plus pages registered at run time. */
export class StaticServer {
  private server?: Server;
  readonly pages = new Map<string, string>();
  /** Every request received, as "METHOD /path?query" (the privacy tests read it). */
  readonly requests: string[] = [];
  port = 0;
  constructor(private readonly root: string) {}

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      this.requests.push(`${req.method} ${req.url}`);
      const path = decodeURIComponent((req.url ?? '/').split('?')[0]);
      const page = this.pages.get(path);
      if (page !== undefined) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(page);
        return;
      }
      const file = normalize(join(this.root, path));
      if (!file.startsWith(this.root) || !existsSync(file)) {
        res.writeHead(404);
        res.end('not found');
        return;
      }
      const type = file.endsWith('.json') ? 'application/json' : 'text/html; charset=utf-8';
      res.writeHead(200, { 'content-type': type });
      res.end(readFileSync(file));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server!.address() as { port: number }).port;
  }

  url(path: string): string {
    return `http://127.0.0.1:${this.port}${path}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}

export async function launch(): Promise<{ context: BrowserContext; extensionId: string }> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'infracheck-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1200, height: 900 },
    locale: 'fr-FR',
    args: [
      `--disable-extensions-except=${EXTENSION}`,
      `--load-extension=${EXTENSION}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--lang=fr-FR',
    ],
  });
  let [worker] = context.serviceWorkers();
  if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 30_000 });
  const extensionId = new URL(worker.url()).host;
  // Headless Chromium picks English _locales whatever --lang says: the tests read the French
  // interface, chosen the way a user does (options → language), before any page is opened.
  await worker.evaluate(async () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const c = (globalThis as any).chrome;
    const got = await c.storage.sync.get('settings');
    await c.storage.sync.set({ settings: { ...(got.settings ?? {}), language: 'fr' } });
  });
  return { context, extensionId };
}

/** Waits until the number of badges stops changing (the scanner works in idle slices). */
export async function settledBadges(page: Page, atLeast = 1, timeout = 30_000): Promise<number> {
  const start = Date.now();
  let last = -1;
  let stableSince = Date.now();
  for (;;) {
    const n = await page.locator('infracheck-badge').count();
    if (n !== last) {
      last = n;
      stableSince = Date.now();
    } else if (n >= atLeast && Date.now() - stableSince > 800) {
      return n;
    }
    if (Date.now() - start > timeout) return n;
    await page.waitForTimeout(100);
  }
}

export function ensureArtifacts(): void {
  mkdirSync(ARTIFACTS, { recursive: true });
}

export function buildIfNeeded(): void {
  if (!existsSync(join(EXTENSION, 'manifest.json'))) {
    execFileSync('npx', ['wxt', 'build', '--mode', 'e2e'], { cwd: ROOT, stdio: 'inherit' });
  }
}

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  server: StaticServer;
}

/** One Chromium with the extension and one fixture server per test file, set up and torn down with it. */
export function useExtension(): ExtensionSession {
  const session = { server: new StaticServer(join(ROOT, 'tests')) } as ExtensionSession;
  beforeAll(async () => {
    ensureArtifacts();
    await session.server.start();
    Object.assign(session, await launch());
    session.worker = session.context.serviceWorkers()[0];
  });
  afterAll(async () => {
    await session.context?.close();
    await session.server.stop();
  });
  return session;
}
