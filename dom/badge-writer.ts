/**
 * Badge writes, batched per frame. Figures near the viewport are written first (an
 * IntersectionObserver tells which); the rest follow in idle time, a few at a time, so the style and
 * layout after our insertions never make a long frame. A text node holding many figures is split
 * once per batch (one pass over its text), never once per figure: splitting a 2 MB node per
 * figure would copy megabytes each time.
 */
import type { CheckedClaim } from '../engine/verdict/types';
import { badgeAfter, makeBadge, type BadgeRenderer } from './badges';
import { NATIVE, captureNatives } from './natives';
import { positionAt, type TextSnapshot } from './text-snapshot';

/** Work per frame (hot figures) and per idle callback (the rest). */
const FRAME_BUDGET_MS = 6;
const IDLE_BUDGET_MS = 4;
/**
 * A text node this long is laid out again, whole, after every insertion into it: its badges are
 * drawn as they come but inserted together, at most once a second, so the browser lays it out a
 * few times instead of once per frame.
 */
const BIG_NODE = 64 * 1024;
const BIG_COMMIT_MS = 1000;
/** Written ahead of the viewport: a screen and a half above and below. */
const ROOT_MARGIN = '150% 0px';

export interface WriteItem {
  snapshot: TextSnapshot;
  claim: CheckedClaim;
  /** The badge's id (an existing badge for the same figure counts), or undefined if the figure moved. */
  done(id: string | undefined): void;
}

export interface WriterOptions {
  signal: AbortSignal;
  /** Wraps each batch of DOM writes (the scanner keeps its observer from seeing our insertions). */
  around?(write: () => void): void;
  /** Accounting of each batch's duration (marks for tests and benchmarks). */
  onSlice?(ms: number, what?: string): void;
}

/** Pieces of a text node we split: where each starts in the original node's text. */
interface Pieces {
  starts: number[];
  nodes: Text[];
}

type Win = Window & typeof globalThis;

/** A queued item; `prepared` once its badge is drawn (waiting to go into a big node). */
type Item = WriteItem & { prepared?: { host: Element; id: string } };

export class BadgeWriter {
  /** Items waiting for their element to come near the viewport, in document order. */
  private readonly cold = new Map<Element, WriteItem[]>();
  private readonly hot: Item[] = [];
  /** Drawn badges waiting to go into big text nodes, and when they last went in. */
  private staged: Item[] = [];
  private stageTimer = 0;
  private lastCommit = 0;
  private readonly pieces = new WeakMap<Text, Pieces>();
  private readonly io?: IntersectionObserver;
  private frameScheduled = false;
  private idleScheduled = false;
  private readonly view: Win;

  constructor(
    private readonly doc: Document,
    private readonly renderer: BadgeRenderer,
    private readonly opts: WriterOptions,
  ) {
    this.view = doc.defaultView as Win;
    const IO = captureNatives(this.view).IntersectionObserver;
    if (IO) {
      this.io = new IO((entries) => this.onIntersect(entries), { rootMargin: ROOT_MARGIN });
      opts.signal.addEventListener('abort', () => this.io?.disconnect(), { once: true });
    }
  }

  /**
   * Queues badges; those near the viewport are written at the next frame. `priority` items (the
   * viewport's, a small page's) skip the observer and go straight to the next frame.
   */
  add(items: WriteItem[], priority = false): void {
    if (this.opts.signal.aborted) return;
    if (priority) {
      // Written now (the reply's task), painted at the next frame.
      this.hot.push(...items);
      items = [];
      this.flush(FRAME_BUDGET_MS);
    }
    for (const item of items) {
      const pos = positionAt(item.snapshot, item.claim.end, true, true);
      const el = pos ? elementOf(pos.node) : null;
      if (!el || !this.io) {
        this.hot.push(item);
        continue;
      }
      const list = this.cold.get(el);
      if (list) list.push(item);
      else {
        this.cold.set(el, [item]);
        this.io.observe(el);
      }
    }
    if (this.hot.length) this.scheduleFrame();
    if (this.cold.size) this.scheduleIdle();
  }

  /** Nothing left to write? */
  get idle(): boolean {
    return !this.hot.length && !this.cold.size && !this.staged.length;
  }

  private onIntersect(entries: IntersectionObserverEntry[]): void {
    for (const e of entries) {
      if (!e.isIntersecting) continue;
      const list = this.cold.get(e.target);
      this.io!.unobserve(e.target);
      if (!list) continue;
      this.cold.delete(e.target);
      this.hot.push(...list);
    }
    // The observer reports after layout: write now, the next frame paints it.
    if (this.hot.length) this.flush(FRAME_BUDGET_MS);
  }

  private scheduleFrame(): void {
    if (this.frameScheduled || this.opts.signal.aborted) return;
    this.frameScheduled = true;
    const n = captureNatives(this.view);
    let fired = false;
    const run = () => {
      if (fired) return;
      fired = true;
      this.frameScheduled = false;
      this.flush(FRAME_BUDGET_MS);
    };
    if (n.requestAnimationFrame) n.requestAnimationFrame(run);
    // A hidden tab gets no frames: write anyway, a little later.
    n.setTimeout(run, 250);
  }

  private scheduleIdle(): void {
    if (this.idleScheduled || this.opts.signal.aborted) return;
    this.idleScheduled = true;
    const n = captureNatives(this.view);
    const run = (deadline?: IdleDeadline) => {
      this.idleScheduled = false;
      if (this.opts.signal.aborted) return;
      const budget = Math.min(IDLE_BUDGET_MS, deadline ? Math.max(1, deadline.timeRemaining()) : IDLE_BUDGET_MS);
      // The cold figures, in document order, as many as the budget allows.
      const t0 = performance.now();
      while (this.cold.size && performance.now() - t0 < budget) {
        const [el, list] = this.cold.entries().next().value as [Element, WriteItem[]];
        this.cold.delete(el);
        this.io?.unobserve(el);
        this.hot.push(...list);
        this.flush(budget - (performance.now() - t0));
      }
      if (this.cold.size) this.scheduleIdle();
    };
    if (n.requestIdleCallback) n.requestIdleCallback(run, { timeout: 1000 });
    else n.setTimeout(() => run(), 50);
  }

  /** Writes hot items until the budget is spent, grouped by text node, one split pass per node. */
  private flush(budgetMs: number): void {
    if (this.opts.signal.aborted || !this.hot.length) return;
    const t0 = performance.now();
    const write = () => {
      while (this.hot.length && performance.now() - t0 < budgetMs) {
        // Up to 16 figures at a time (the budget is checked between); those in one text node are written together.
        const batch = this.hot.splice(0, 16);
        const byNode = new Map<Text, { offset: number; item: Item }[]>();
        for (const item of batch) {
          const at = this.locate(item);
          if (!at) {
            item.done(undefined);
            continue;
          }
          const list = byNode.get(at.node);
          if (list) list.push({ offset: at.offset, item });
          else byNode.set(at.node, [{ offset: at.offset, item }]);
        }
        for (const [node, list] of byNode) {
          if (node.data.length < BIG_NODE) {
            this.splitAndBadge(node, list);
            continue;
          }
          for (const { item } of list) {
            item.prepared ??= makeBadge(this.doc, item.claim, this.renderer);
            this.staged.push(item);
          }
          this.scheduleCommit();
        }
      }
    };
    if (this.opts.around) this.opts.around(write);
    else write();
    this.opts.onSlice?.(performance.now() - t0, 'write');
    if (this.hot.length) this.scheduleFrame();
  }

  /** The piece of text that now holds the end of this figure, and the figure's end in it. */
  private locate(item: WriteItem): { node: Text; offset: number } | undefined {
    const pos = positionAt(item.snapshot, item.claim.end, true, true);
    if (!pos) return undefined;
    let node = pos.node;
    let offset = pos.offset;
    const pieces = this.pieces.get(pos.node);
    if (pieces) {
      // The last piece starting before the figure's end.
      let lo = 0;
      let hi = pieces.starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (pieces.starts[mid] < offset) lo = mid;
        else hi = mid - 1;
      }
      node = pieces.nodes[lo];
      offset -= pieces.starts[lo];
    }
    if (!node.isConnected || offset > node.data.length) return undefined;
    // The page may have changed since we read it: the figure must still end here.
    const text = item.claim.text;
    const k = Math.min(offset, text.length);
    if (node.data.slice(offset - k, offset) !== text.slice(text.length - k)) return undefined;
    return { node, offset };
  }

  /** Cuts `node` after each figure (one pass over its text) and puts a badge in each cut. */
  private scheduleCommit(): void {
    if (this.stageTimer || this.opts.signal.aborted) return;
    const n = captureNatives(this.view);
    // The first badges of a big node go in soon; later ones once a second.
    const wait = this.lastCommit ? Math.max(0, BIG_COMMIT_MS - (performance.now() - this.lastCommit)) : 50;
    this.stageTimer = n.setTimeout(() => this.commit(), wait);
  }

  /** Inserts the drawn badges of big nodes, one split pass per node. */
  private commit(): void {
    this.stageTimer = 0;
    if (this.opts.signal.aborted) return;
    const t0 = performance.now();
    const items = this.staged;
    this.staged = [];
    this.lastCommit = t0;
    const write = () => {
      const byNode = new Map<Text, { offset: number; item: Item }[]>();
      for (const item of items) {
        const at = this.locate(item);
        if (!at) {
          item.done(undefined);
          continue;
        }
        const list = byNode.get(at.node);
        if (list) list.push({ offset: at.offset, item });
        else byNode.set(at.node, [{ offset: at.offset, item }]);
      }
      for (const [node, list] of byNode) this.splitAndBadge(node, list);
    };
    if (this.opts.around) this.opts.around(write);
    else write();
    this.opts.onSlice?.(performance.now() - t0, 'commit');
    if (this.staged.length) this.scheduleCommit();
  }

  private splitAndBadge(node: Text, list: { offset: number; item: Item }[]): void {
    list.sort((a, b) => a.offset - b.offset);
    const data = node.data;
    const cuts: { offset: number; host: Element }[] = [];
    let last = -1;
    let lastId: string | undefined;
    for (const { offset, item } of list) {
      if (offset === last) {
        item.done(lastId); // the same figure twice (two passes over one paragraph): one badge
        continue;
      }
      last = offset;
      const existing = offset === data.length ? badgeAfter(node, item.claim.text) : undefined;
      if (existing) {
        lastId = existing;
        item.done(existing);
        continue;
      }
      const { host, id } = item.prepared ?? makeBadge(this.doc, item.claim, this.renderer);
      cuts.push({ offset, host });
      lastId = id;
      item.done(id);
    }
    if (!cuts.length) return;
    const origin = this.originalOfPiece.get(node) ?? { original: node, start: 0 };
    const frag = this.doc.createDocumentFragment();
    const added: { start: number; node: Text }[] = [];
    for (let i = 0; i < cuts.length; i++) {
      NATIVE.appendChild(frag, cuts[i].host);
      const from = cuts[i].offset;
      const to = i + 1 < cuts.length ? cuts[i + 1].offset : data.length;
      if (to > from) {
        const piece = this.doc.createTextNode(data.slice(from, to));
        NATIVE.appendChild(frag, piece);
        added.push({ start: origin.start + from, node: piece });
      }
    }
    if (cuts[0].offset < data.length) node.data = data.slice(0, cuts[0].offset);
    NATIVE.insertBefore(node.parentNode!, frag, node.nextSibling);
    this.recordPieces(origin.original, added);
  }

  private readonly originalOfPiece = new WeakMap<Text, { original: Text; start: number }>();

  private recordPieces(original: Text, added: { start: number; node: Text }[]): void {
    if (!added.length) return;
    let p = this.pieces.get(original);
    if (!p) {
      p = { starts: [0], nodes: [original] };
      this.pieces.set(original, p);
    }
    for (const a of added) {
      this.originalOfPiece.set(a.node, { original, start: a.start });
      let i = p.starts.length;
      while (i > 0 && p.starts[i - 1] > a.start) i--;
      p.starts.splice(i, 0, a.start);
      p.nodes.splice(i, 0, a.node);
    }
  }
}

/** The element a text node sits in (a shadow root's host for text directly in a shadow root). */
function elementOf(node: Node): Element | null {
  const p = node.parentNode;
  if (!p) return null;
  if (p.nodeType === 1) return p as Element;
  if (p.nodeType === 11) return (p as ShadowRoot).host ?? null;
  return null;
}
