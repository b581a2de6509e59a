/**
 * The page side of InfraCheck: read → extract → check → write, as one pipeline that runs in time
 * slices (~8 ms, like darkreader's async queue), then a MutationObserver that only records and a
 * scheduled pass for what was added (like uBlock's observerHandler). Every listener, observer and
 * timer stops when `signal` aborts.
 */
import type { CheckedClaim } from '../engine/match/check';
import type { Claim } from '../engine/types';
import { badgeAfter, insertBadgeAfter, type BadgeRenderer } from './badges';
import { BADGE_TAG, positionAt, snapshotSteps, type TextSnapshot } from './text-snapshot';

/** Work per slice before yielding to the page. */
const SLICE_MS = 8;
/** Text extracted per step (split at line breaks). */
const EXTRACT_CHUNK = 8 * 1024;
const CHECK_BATCH = 16;
const WRITE_BATCH = 8;
/** Past this many queued roots, rescan the whole page instead. */
const MAX_QUEUED_ROOTS = 1000;

export interface ScannerEngine {
  /** Optional work on the whole text before checking (e.g. finding the page's main subject). */
  prepare?(text: string): void;
  extract(text: string): Claim[];
  check(text: string, claims: Claim[]): CheckedClaim[];
}

export interface PageResult extends CheckedClaim {
  /** Id of the badge showing it (absent for figures shown without a badge). */
  badgeId?: string;
}

export interface ScannerOptions {
  engine: ScannerEngine;
  /** Draws each badge (the extension hands the UI's renderer in). */
  badges: BadgeRenderer;
  /** Which verdicts get a badge. */
  shouldBadge(c: CheckedClaim): boolean;
  /** Called after each pass with every result on the page so far. */
  onResults(results: PageResult[]): void;
  /** The owner's signal (WXT's ctx.signal): aborting it stops the scanner too. */
  signal?: AbortSignal;
  /** Long-task accounting for tests and benchmarks. */
  onSlice?(ms: number): void;
}

type Step = Generator<void, void, void>;

export class PageScanner {
  private readonly queue: Node[] = [];
  private fullRescan = false;
  private running = false;
  private readonly results: PageResult[] = [];
  private observer?: MutationObserver;
  /** Everything the scanner starts (observer, timers, passes) hangs off this one signal. */
  private readonly life = new AbortController();
  private started = false;

  constructor(
    private readonly doc: Document,
    private readonly opts: ScannerOptions,
  ) {
    opts.signal?.addEventListener('abort', () => this.stop(), { once: true });
    if (opts.signal?.aborted) this.stop();
  }

  private get signal(): AbortSignal {
    return this.life.signal;
  }

  /** Scans the whole page, then watches for added content. Once; a stopped scanner stays stopped. */
  start(): void {
    if (this.started || this.signal.aborted) return;
    this.started = true;
    this.fullRescan = true;
    this.schedule();
    this.observe();
  }

  /** Stops watching and working; the badges stay until the owner removes them. */
  stop(): void {
    this.life.abort();
  }

  get stopped(): boolean {
    return this.signal.aborted;
  }

  /** Forgets results and rescans (single-page navigation, settings change). */
  rescan(): void {
    this.results.length = 0;
    this.fullRescan = true;
    this.schedule();
  }

  getResults(): PageResult[] {
    return this.results;
  }

  private observe(): void {
    const view = this.doc.defaultView as (Window & typeof globalThis) | null;
    if (!view?.MutationObserver) return;
    this.observer = new view.MutationObserver((records) => this.record(records));
    this.observer.observe(this.doc.documentElement, { childList: true, subtree: true, characterData: true });
    this.signal.addEventListener('abort', () => this.observer?.disconnect(), { once: true });
  }

  /** The observer only records; the scheduled pass does the work. */
  private record(records: MutationRecord[]): void {
    if (this.fullRescan) return;
    for (const r of records) {
      if (r.type === 'characterData') {
        if (r.target.parentNode) this.enqueue(r.target.parentNode);
        continue;
      }
      for (const n of Array.from(r.addedNodes)) {
        if (n.nodeType === 1 && (n as Element).localName === BADGE_TAG) continue;
        if (n.nodeType === 3 || n.nodeType === 1) this.enqueue(n.nodeType === 3 ? (n.parentNode ?? n) : n);
      }
    }
    if (this.queue.length) this.schedule();
  }

  private enqueue(node: Node): void {
    if (this.queue.length >= MAX_QUEUED_ROOTS) {
      this.queue.length = 0;
      this.fullRescan = true;
      return;
    }
    this.queue.push(node);
  }

  private schedule(): void {
    if (this.running || this.signal.aborted) return;
    this.running = true;
    const steps = this.passes();
    const view = this.doc.defaultView as (Window & typeof globalThis) | null;
    const next = (cb: () => void) => {
      if (view && 'requestIdleCallback' in view) view.requestIdleCallback(cb, { timeout: 100 });
      else setTimeout(cb, 0);
    };
    const slice = () => {
      if (this.signal.aborted) return;
      const t0 = performance.now();
      let done = false;
      while (performance.now() - t0 < SLICE_MS) {
        if (steps.next().done) {
          done = true;
          break;
        }
      }
      this.opts.onSlice?.(performance.now() - t0);
      if (done) {
        this.running = false;
        if (this.fullRescan || this.queue.length) this.schedule();
      } else next(slice);
    };
    next(slice);
  }

  /** Drains the work: a full scan, or the queued roots (deduplicated). */
  private *passes(): Step {
    while (this.fullRescan || this.queue.length) {
      let roots: Node[];
      if (this.fullRescan) {
        this.fullRescan = false;
        this.queue.length = 0;
        roots = this.doc.body ? [this.doc.body] : [];
      } else {
        const queued = new Set(this.queue.splice(0));
        // Drop roots inside another queued root, and roots no longer in the page.
        roots = [...queued].filter((n) => {
          if (!n.isConnected) return false;
          for (let p = n.parentNode; p; p = p.parentNode) if (queued.has(p)) return false;
          return true;
        });
      }
      for (const root of roots) yield* this.scanRoot(root);
      this.opts.onResults(this.results);
    }
  }

  private *scanRoot(root: Node): Step {
    const snapshot: TextSnapshot = yield* snapshotSteps(root);
    const { text } = snapshot;
    if (!/\d/.test(text) && !/milliard|million|billion/i.test(text)) return;
    yield;

    // Extract in chunks cut at line breaks (claims never span them).
    const claims: Claim[] = [];
    for (let from = 0; from < text.length; ) {
      let to = Math.min(text.length, from + EXTRACT_CHUNK);
      if (to < text.length) {
        const nl = text.indexOf('\n', to);
        to = nl === -1 ? text.length : nl;
      }
      const chunk = text.slice(from, to);
      for (const c of this.opts.engine.extract(chunk)) claims.push({ ...c, start: c.start + from, end: c.end + from });
      from = to;
      yield;
    }

    if (this.opts.engine.prepare) {
      this.opts.engine.prepare(text);
      yield;
    }
    const checked: CheckedClaim[] = [];
    for (let i = 0; i < claims.length; i += CHECK_BATCH) {
      checked.push(...this.opts.engine.check(text, claims.slice(i, i + CHECK_BATCH)));
      yield;
    }

    // Write, last figure first, so splitting a text node never moves a figure still to come.
    const toWrite = checked.filter((c) => this.opts.shouldBadge(c));
    const written = new Map<CheckedClaim, string>();
    for (let i = toWrite.length - 1; i >= 0; i -= WRITE_BATCH) {
      const pending = this.observer?.takeRecords() ?? [];
      if (pending.length) this.record(pending);
      for (let j = i; j > i - WRITE_BATCH && j >= 0; j--) {
        const id = this.write(snapshot, toWrite[j]);
        if (id) written.set(toWrite[j], id);
      }
      // Our own insertions are not page changes.
      this.observer?.takeRecords();
      yield;
    }
    const known = new Set(this.results.map((r) => r.badgeId ?? `${r.text}\u0000${r.sentence}`));
    for (const c of checked) {
      const badgeId = written.get(c);
      if (!badgeId && this.opts.shouldBadge(c)) continue; // the figure moved before we could write
      const key = badgeId ?? `${c.text}\u0000${c.sentence}`;
      if (known.has(key)) continue;
      known.add(key);
      this.results.push(badgeId ? { ...c, badgeId } : c);
    }
  }

  private write(snapshot: TextSnapshot, claim: CheckedClaim): string | undefined {
    const pos = positionAt(snapshot, claim.end, true);
    if (!pos || !pos.node.isConnected) return undefined;
    const { node, offset } = pos;
    // The page may have changed since we read it: the figure must still end here.
    const k = Math.min(offset, claim.text.length);
    if (node.data.slice(offset - k, offset) !== claim.text.slice(claim.text.length - k)) return undefined;
    if (offset === node.data.length) {
      const existing = badgeAfter(node, claim.text);
      if (existing) return existing;
    }
    if (offset < node.data.length) {
      node.splitText(offset);
    }
    return insertBadgeAfter(node, claim, this.opts.badges);
  }
}
