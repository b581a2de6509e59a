/**
 * The page side of InfraCheck: read → extract → check → write. The text near the viewport is read
 * first, then the whole page in segments, in time slices (~8 ms, like darkreader's async queue);
 * checking is asynchronous (the extension sends the claims to its background, where the fact base
 * lives), badges are written per frame by the BadgeWriter. A MutationObserver only records and a
 * scheduled pass handles what was added (like uBlock's observerHandler). The scanner owns its
 * lifecycle: `start()` and `stop()` on one AbortSignal, which every observer, timer and pass hangs off.
 */
import type { CheckedClaim } from '../engine/verdict/types';
import type { Claim } from '../engine/types';
import { BadgeWriter } from './badge-writer';
import type { BadgeRenderer } from './badges';
import { captureNatives } from './natives';
import { BADGE_TAG, insideSkipped, segmentSteps, type TextSnapshot } from './text-snapshot';
import { visibleRoots } from './viewport';

/** Work per slice before yielding to the page. */
const SLICE_MS = 8;
/** Text extracted per step: cut at a line break, else a sentence end, else a space. */
const EXTRACT_CHUNK = 4 * 1024;
/** A segment (one snapshot) ends at the first block boundary past this many characters. */
const SEGMENT_CHARS = 16 * 1024;
/** Claims per check request, and requests in flight at once. */
const CHECK_BATCH = 48;
const MAX_IN_FLIGHT = 4;
/** Text sent around a batch of claims: what the checker reads before a sentence, and after. */
const CONTEXT_BEFORE = 400;
const CONTEXT_AFTER = 200;
/** The page's head, for its main subject. */
const HEAD_CHARS = 20_000;
/** Past this many queued roots, rescan the whole page instead. */
const MAX_QUEUED_ROOTS = 2000;
/** A page that deletes our badges gets them back this many times per element, then no more. */
const MAX_REINSERTS_PER_ELEMENT = 2;
const MAX_REINSERTS = 500;
/** Results reported at most this often while a pass runs. */
const REPORT_MS = 150;
/** Below this many elements a page is read in one go, without looking for the viewport first. */
const SMALL_PAGE_ELEMENTS = 1500;
/** Sentence ends and spaces where a long text may be cut for extraction. */
const SENTENCE_END_RE = /[.!?;:]\s/g;

/**
 * The engine as the scanner sees it: either `extract` + `check` here (Node tools, tests), or
 * `checkText`, which extracts and checks elsewhere (the extension's background, where the
 * extractor's regexes stay compiled from page to page).
 */
export interface ScannerEngine {
  /** Called once per full scan with the page's first characters (its main subject, say). */
  begin?(head: string): Promise<void> | void;
  extract?(text: string): Claim[];
  /** Checks claims whose offsets point into `text` (a window of the page). */
  check?(text: string, claims: Claim[]): Promise<CheckedClaim[]> | CheckedClaim[];
  /** Extracts the claims of `text.slice(from, to)` and checks them (offsets into `text`). */
  checkText?(text: string, from: number, to: number): Promise<CheckedClaim[]>;
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
  /** Called after each pass (and now and then during one) with every result on the page so far. */
  onResults(results: PageResult[], done: boolean): void;
  /** The owner's signal (WXT's ctx.signal): aborting it stops the scanner too. */
  signal?: AbortSignal;
  /** Long-task accounting for tests and benchmarks: each slice of ours, reading or writing. */
  onSlice?(ms: number, what?: string): void;
  /** Read the viewport first (needs layout; off in Node tools). Default true. */
  visibleFirst?: boolean;
}

/** A generator step: pause (undefined) or wait until a check comes back. */
const WAIT = 1;
type Step = Generator<typeof WAIT | undefined, void, void>;

export class PageScanner {
  private readonly queue: Node[] = [];
  private fullRescan = false;
  private running = false;
  private waiting = false;
  private work?: Step;
  private readonly results: PageResult[] = [];
  private readonly known = new Set<string>();
  private observer?: MutationObserver;
  private readonly watchedRoots = new WeakSet<Node>();
  private readonly reinserts = new WeakMap<Node, number>();
  private reinsertTotal = 0;
  private inFlight = 0;
  private ready: Promise<void> = Promise.resolve();
  private reportTimer = 0;
  private lastReport = 0;
  /** Everything the scanner starts (observer, timers, passes) hangs off this one signal. */
  private readonly life = new AbortController();
  private started = false;
  private readonly writer: BadgeWriter;
  /** What the running step does (named in the long-slice accounting). */
  private step = '';
  /** Badges of the work now running go straight to the next frame (viewport, small page). */
  private priority = false;

  constructor(
    private readonly doc: Document,
    private readonly opts: ScannerOptions,
  ) {
    opts.signal?.addEventListener('abort', () => this.stop(), { once: true });
    if (opts.signal?.aborted) this.stop();
    this.writer = new BadgeWriter(doc, opts.badges, {
      signal: this.life.signal,
      around: (write) => this.quietly(write),
      onSlice: opts.onSlice,
    });
  }

  private get signal(): AbortSignal {
    return this.life.signal;
  }

  /** Scans the page (viewport first), then watches for added content. Once; a stopped scanner stays stopped. */
  start(): void {
    if (this.started || this.signal.aborted) return;
    this.started = true;
    this.fullRescan = true;
    this.observe(this.doc.documentElement);
    // The first slice runs now (at DOMContentLoaded): the first request leaves before the
    // browser's first layout of the page, and its answer is ready when that layout ends.
    this.schedule(true);
  }

  /** Stops watching and working; the badges stay until the owner removes them. */
  stop(): void {
    this.life.abort();
  }

  get stopped(): boolean {
    return this.signal.aborted;
  }

  /** Forgets results and rescans (single-page navigation). */
  rescan(): void {
    this.results.length = 0;
    this.known.clear();
    this.fullRescan = true;
    this.schedule();
  }

  getResults(): PageResult[] {
    return this.results;
  }

  private observe(root: Node): void {
    if (this.watchedRoots.has(root)) return;
    this.watchedRoots.add(root);
    const MO = captureNatives(this.doc.defaultView as Window & typeof globalThis).MutationObserver;
    if (!MO) return;
    if (!this.observer) {
      this.observer = new MO((records) => this.record(records));
      this.signal.addEventListener('abort', () => this.observer?.disconnect(), { once: true });
    }
    this.observer.observe(root, { childList: true, subtree: true, characterData: true });
  }

  /** Runs our own DOM writes so the observer does not take them for page changes. */
  private quietly(write: () => void): void {
    const pending = this.observer?.takeRecords() ?? [];
    if (pending.length) this.record(pending);
    try {
      write();
    } finally {
      this.observer?.takeRecords();
    }
  }

  /** The observer only records; the scheduled pass does the work. */
  private record(records: MutationRecord[]): void {
    if (this.signal.aborted || this.fullRescan) return;
    for (const r of records) {
      if (r.type === 'characterData') {
        if (r.target.parentNode) this.enqueue(r.target.parentNode);
        continue;
      }
      for (const n of Array.from(r.removedNodes)) {
        // The page deleted one of our badges: put it back, a bounded number of times.
        if (n.nodeType === 1 && (n as Element).localName === BADGE_TAG) {
          const count = this.reinserts.get(r.target) ?? 0;
          if (count < MAX_REINSERTS_PER_ELEMENT && this.reinsertTotal < MAX_REINSERTS) {
            this.reinserts.set(r.target, count + 1);
            this.reinsertTotal++;
            this.enqueue(r.target);
          }
        }
      }
      for (const n of Array.from(r.addedNodes)) {
        if (n.nodeType === 1 && (n as Element).localName === BADGE_TAG) continue;
        if (n.nodeType === 3 || n.nodeType === 1) this.enqueue(n.nodeType === 3 ? (n.parentNode ?? n) : n);
      }
    }
    if (this.queue.length) this.schedule();
  }

  private enqueue(node: Node): void {
    if ((this.reinserts.get(node) ?? 0) >= MAX_REINSERTS_PER_ELEMENT && node.nodeType === 1) {
      // An element that keeps deleting our badges is read no more.
      return;
    }
    if (this.queue.length >= MAX_QUEUED_ROOTS) {
      this.queue.length = 0;
      this.fullRescan = true;
      return;
    }
    this.queue.push(node);
  }

  private schedule(now = false): void {
    if (this.running || this.signal.aborted) return;
    this.running = true;
    this.work = this.passes();
    if (now) this.slice();
    else this.next(true);
  }

  /** The next slice: soon for the first (visible) work, in idle time for the rest. */
  private next(soon: boolean): void {
    const n = captureNatives(this.doc.defaultView as Window & typeof globalThis);
    if (!soon && n.requestIdleCallback) n.requestIdleCallback(() => this.slice(), { timeout: 200 });
    else n.setTimeout(() => this.slice(), 0);
  }

  private wake = (): void => {
    if (!this.waiting || this.signal.aborted) return;
    this.waiting = false;
    this.next(true);
  };

  private slice(): void {
    if (this.signal.aborted || !this.work) return;
    const t0 = performance.now();
    let done = false;
    let longest = 0;
    let what = '';
    while (performance.now() - t0 < SLICE_MS) {
      const s0 = performance.now();
      this.step = '';
      const r = this.work.next();
      const ms = performance.now() - s0;
      if (ms > longest) {
        longest = ms;
        what = this.step;
      }
      if (r.done) {
        done = true;
        break;
      }
      if (r.value === WAIT) {
        this.waiting = true;
        break;
      }
    }
    this.opts.onSlice?.(performance.now() - t0, what);
    if (done) {
      this.work = undefined;
      this.running = false;
      if (this.fullRescan || this.queue.length) this.schedule();
    } else if (!this.waiting) this.next(this.results.length === 0);
  }

  /** Drains the work: a full scan (viewport first), or the queued roots (deduplicated). */
  private *passes(): Step {
    while (this.fullRescan || this.queue.length) {
      if (this.fullRescan) {
        this.fullRescan = false;
        this.queue.length = 0;
        const body = this.doc.body;
        if (!body) break;
        yield* this.begin(body);
        const small = body.getElementsByTagName('*').length < SMALL_PAGE_ELEMENTS;
        const first = this.opts.visibleFirst === false || small ? [] : yield* this.visible();
        const done = new Set<Node>();
        this.priority = true;
        for (const root of first) {
          yield* this.scanRoot(root);
          done.add(root);
        }
        this.priority = small;
        yield* this.scanRoot(body, done);
        this.priority = false;
      } else {
        const queued = new Set(this.queue.splice(0));
        // Drop roots inside another queued root, and roots no longer in the page.
        const roots = [...queued].filter((n) => {
          if (!n.isConnected) return false;
          for (let p = n.parentNode; p; p = p.parentNode) if (queued.has(p)) return false;
          return true;
        });
        for (const root of roots) yield* this.scanRoot(root);
      }
      while (this.inFlight) yield WAIT;
      this.report(true);
    }
  }

  /** The page's head (its first characters, in document order) for the engine's page-wide step. */
  private *begin(body: Node): Step {
    if (!this.opts.engine.begin) return;
    let head = '';
    for (const seg of segmentSteps(body, { limit: HEAD_CHARS })) {
      if (seg) head += seg.text;
      else yield;
    }
    this.ready = Promise.resolve(this.opts.engine.begin(head.slice(0, HEAD_CHARS))).catch(() => undefined);
  }

  /** The elements in and near the viewport, read after a frame (layout is clean then). */
  private *visible(): Generator<typeof WAIT | undefined, Element[], void> {
    const n = captureNatives(this.doc.defaultView as Window & typeof globalThis);
    if (!n.requestAnimationFrame) return [];
    let roots: Element[] | undefined;
    let fired = false;
    const run = () => {
      if (fired) return;
      fired = true;
      // After the frame's rendering, in a task of its own.
      n.setTimeout(() => {
        try {
          roots = visibleRoots(this.doc);
        } catch {
          roots = [];
        }
        this.wake();
      }, 0);
    };
    n.requestAnimationFrame(run);
    n.setTimeout(run, 100); // hidden tabs get no frames
    while (!roots) yield WAIT;
    return roots.filter((r) => r !== this.doc.body && !insideSkipped(r));
  }

  private *scanRoot(root: Node, skip?: ReadonlySet<Node>): Step {
    if (insideSkipped(root.nodeType === 3 ? root.parentNode ?? root : root)) return;
    const segments = segmentSteps(root, { maxChars: SEGMENT_CHARS, skip, onShadowRoot: (r) => this.observe(r) });
    for (let s = segments.next(); !s.done; s = segments.next()) {
      if (!s.value) {
        this.step = 'read';
        yield;
        continue;
      }
      yield* this.scanSegment(s.value);
    }
  }

  private *scanSegment(snapshot: TextSnapshot): Step {
    const { text } = snapshot;
    if (!/\d/.test(text) && !/milliard|million|billion/i.test(text)) return;
    const { engine } = this.opts;
    if (engine.checkText) {
      // Extraction happens with the check: send the chunk with the text around it.
      for (let from = 0; from < text.length; ) {
        const to = cutAt(text, from, EXTRACT_CHUNK * 2);
        while (this.inFlight >= MAX_IN_FLIGHT) yield WAIT;
        const a = Math.max(0, from - CONTEXT_BEFORE);
        const b = Math.min(text.length, to + CONTEXT_AFTER);
        const window = a === 0 && b === text.length ? text : text.slice(a, b);
        const f = from - a;
        const t = to - a;
        this.dispatch(snapshot, a, () => engine.checkText!(window, f, t));
        from = to;
        this.step = 'send';
        yield;
      }
      return;
    }
    const claims: Claim[] = [];
    for (let from = 0; from < text.length; ) {
      const to = cutAt(text, from, EXTRACT_CHUNK);
      const chunk = text.slice(from, to);
      this.step = `extract ${chunk.length}`;
      for (const c of engine.extract!(chunk)) claims.push(from ? shift(c, from) : c);
      from = to;
      yield;
    }
    for (let i = 0; i < claims.length; i += CHECK_BATCH) {
      while (this.inFlight >= MAX_IN_FLIGHT) yield WAIT;
      this.send(snapshot, claims.slice(i, i + CHECK_BATCH));
      yield;
    }
  }

  /** Sends a batch with the text around it; badges are queued when the verdicts come back. */
  private send(snapshot: TextSnapshot, claims: Claim[]): void {
    const { text } = snapshot;
    let a = text.length;
    let b = 0;
    for (const c of claims) {
      a = Math.min(a, (c.sentenceStart ?? c.start - c.sentence.length) - CONTEXT_BEFORE);
      b = Math.max(b, c.end + c.sentence.length + CONTEXT_AFTER);
    }
    a = Math.max(0, a);
    b = Math.min(text.length, b);
    const window = a === 0 && b === text.length ? text : text.slice(a, b);
    const shifted = a ? claims.map((c) => shift(c, -a)) : claims;
    this.dispatch(snapshot, a, async () => this.opts.engine.check!(window, shifted));
  }

  /** Runs one check request (after the page-wide step); results are moved back by `a`. */
  private dispatch(snapshot: TextSnapshot, a: number, run: () => Promise<CheckedClaim[]>): void {
    this.inFlight++;
    const priority = this.priority;
    this.ready
      .then(run)
      .then(
        (checked) => {
          if (this.signal.aborted) return;
          this.accept(snapshot, a ? checked.map((c) => shift(c, a)) : checked, priority);
        },
        () => undefined, // the background was restarting: this batch is skipped, the next pass retries
      )
      .finally(() => {
        this.inFlight--;
        this.wake();
      });
  }

  private accept(snapshot: TextSnapshot, checked: CheckedClaim[], priority: boolean): void {
    const items = [];
    for (const c of checked) {
      if (!this.opts.shouldBadge(c)) {
        this.remember(c, undefined);
        continue;
      }
      items.push({ snapshot, claim: c, done: (id: string | undefined) => id && this.remember(c, id) });
    }
    this.writer.add(items, priority);
    this.report(false);
  }

  private remember(c: CheckedClaim, badgeId: string | undefined): void {
    const key = badgeId ?? `${c.text}\u0000${c.sentence}`;
    if (this.known.has(key)) return;
    this.known.add(key);
    this.results.push(badgeId ? { ...c, badgeId } : c);
    this.report(false);
  }

  /** Reports results: at once when a pass ends, at most every REPORT_MS while it runs. */
  private report(done: boolean): void {
    if (this.signal.aborted) return;
    const n = captureNatives(this.doc.defaultView as Window & typeof globalThis);
    const now = performance.now();
    if (done) {
      this.lastReport = now;
      this.opts.onResults(this.results, !this.running && this.writer.idle);
      return;
    }
    // Never from inside a write or a read slice: in a task of its own, at most every REPORT_MS.
    if (this.reportTimer) return;
    this.reportTimer = n.setTimeout(() => {
      this.reportTimer = 0;
      this.lastReport = performance.now();
      this.opts.onResults(this.results, !this.running && this.writer.idle);
    }, Math.max(0, REPORT_MS - (now - this.lastReport)));
  }
}

/** A claim with its offsets moved by `d` (into a longer or a shorter text). */
function shift<C extends Claim>(c: C, d: number): C {
  const out = { ...c, start: c.start + d, end: c.end + d };
  if (c.sentenceStart !== undefined) out.sentenceStart = c.sentenceStart + d;
  return out;
}

/** Where the extraction chunk starting at `from` ends: a line break, a sentence end, a space. */
export function cutAt(text: string, from: number, size: number): number {
  const limit = from + size;
  if (limit >= text.length) return text.length;
  const nl = text.indexOf('\n', limit);
  if (nl !== -1 && nl - from <= 2 * size) return nl;
  // No line break near: the last sentence end in the second half of the chunk…
  SENTENCE_END_RE.lastIndex = from + (size >> 1);
  let cut = -1;
  for (let m = SENTENCE_END_RE.exec(text); m && m.index < limit; m = SENTENCE_END_RE.exec(text)) cut = m.index + m[0].length;
  if (cut > from) return cut;
  // …else the last space (a figure is never cut: "1,2 milliard" has no break inside a word run we split).
  const sp = text.lastIndexOf(' ', limit);
  return sp > from ? sp + 1 : limit;
}
