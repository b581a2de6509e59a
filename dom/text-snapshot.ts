/**
 * The page's visible text as one string plus an offset → text-node map (like mark.js's
 * getTextNodes), so claims that span inline markup (`1,2 <b>milliard</b> d’euros`) are found by
 * the pure extractor and mapped back to DOM ranges. Works on any DOM (browser, happy-dom).
 */
import { NATIVE } from './natives';

/** Elements whose whole subtree is never read. */
const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'TEMPLATE', 'IFRAME', 'OBJECT',
  'CANVAS', 'SVG', 'svg', 'MATH', 'CODE', 'PRE', 'KBD', 'SAMP', 'BUTTON', 'HEAD', 'TITLE',
]);

/** Our own badge host: never read, never re-badged. */
export const BADGE_TAG = 'infracheck-badge';

/** Elements that start a new line of text: a claim never spans two of them. */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'BR', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP',
  'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD',
  'TR', 'UL', 'HTML', 'CAPTION',
]);

/** Source-formatting whitespace that a browser renders as a space (kept 1:1 so offsets still map). */
const COLLAPSIBLE = /[\t\n\r\f]/;
const COLLAPSIBLE_ALL = /[\t\n\r\f]/g;

export interface TextSnapshot {
  /** Visible text; blocks are separated by "\n". */
  text: string;
  /** Text nodes in document order… */
  nodes: Text[];
  /** …and where each one starts in `text`. */
  starts: number[];
}

/** Is this element (and so its subtree) left out of the text? */
export function isSkipped(el: Element): boolean {
  if (SKIPPED_TAGS.has(el.tagName) || el.localName === BADGE_TAG) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  const style = el.getAttribute('style');
  if (style && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)) return true;
  return false;
}

function blockOf(node: Node, root: Node): Node {
  let n = node.parentNode;
  while (n && n !== root) {
    if (n.nodeType === 1 && BLOCK_TAGS.has((n as Element).tagName)) return n;
    n = n.parentNode;
  }
  return root;
}

/** Snapshots the visible text under `root` (open shadow roots included). */
export function snapshotText(root: Node): TextSnapshot {
  const steps = snapshotSteps(root);
  let r = steps.next();
  while (!r.done) r = steps.next();
  return r.value;
}

/**
 * The same walk as a generator that pauses every `every` nodes, so a huge page is read in time
 * slices (no long task on the page's main thread). One snapshot of the whole subtree.
 */
export function* snapshotSteps(root: Node, every = 200): Generator<void, TextSnapshot, void> {
  let whole: TextSnapshot | undefined;
  for (const seg of segmentSteps(root, { every, maxChars: Infinity })) {
    if (seg) whole = seg;
    else yield;
  }
  return whole ?? { text: '', nodes: [], starts: [] };
}

export interface SegmentOptions {
  /** Nodes visited between pauses. */
  every?: number;
  /** A segment ends at the first block boundary past this many characters. */
  maxChars?: number;
  /** Stop after this many characters (the page's head, for its topic). */
  limit?: number;
  /** Elements left out of this walk (already read by an earlier pass). */
  skip?: ReadonlySet<Node>;
  /** Called with each open shadow root met (so the caller can watch it). */
  onShadowRoot?(root: ShadowRoot): void;
}

/**
 * The walk as segments: yields `undefined` to pause and a snapshot each time a segment is complete
 * (cut at a block boundary past `maxChars`), so the first paragraphs are checked and badged while
 * the rest of the page is still being read. Open shadow roots are read where their host stands.
 */
export function* segmentSteps(root: Node, opts: SegmentOptions = {}): Generator<TextSnapshot | undefined, void, void> {
  const every = opts.every ?? 200;
  const maxChars = opts.maxChars ?? Infinity;
  const limit = opts.limit ?? Infinity;
  const skip = opts.skip;
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument!;
  const filter = {
    acceptNode(node: Node) {
      if (node.nodeType === 1) {
        // FILTER_REJECT prunes the whole subtree; an accepted element is returned (its shadow
        // root and <br> matter) and its children are still visited.
        return isSkipped(node as Element) || skip?.has(node) ? 2 : 1;
      }
      return 1;
    },
  };
  const walkers = [doc.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */, filter)];
  let parts: string[] = [];
  let nodes: Text[] = [];
  let starts: number[] = [];
  let length = 0;
  let total = 0;
  let lastBlock: Node | undefined;
  let lastBr = false;
  let seen = 0;
  while (walkers.length) {
    const n = walkers[walkers.length - 1].nextNode();
    if (!n) {
      walkers.pop();
      continue;
    }
    if (++seen % every === 0) yield undefined;
    if (n.nodeType === 1) {
      if ((n as Element).tagName === 'BR') lastBr = true;
      const shadow = NATIVE.shadowRoot(n as Element);
      if (shadow) {
        opts.onShadowRoot?.(shadow);
        walkers.push(doc.createTreeWalker(shadow, 0x1 | 0x4, filter));
      }
      continue;
    }
    const data = (n as Text).data;
    if (!data) continue;
    const block = blockOf(n, root);
    if (length > 0 && (block !== lastBlock || lastBr)) {
      if (length >= maxChars) {
        yield undefined; // joining the text is a step of its own
        yield { text: parts.join(''), nodes, starts };
        parts = [];
        nodes = [];
        starts = [];
        length = 0;
      } else {
        parts.push('\n');
        length += 1;
      }
    }
    lastBlock = block;
    lastBr = false;
    nodes.push(n as Text);
    starts.push(length);
    parts.push(COLLAPSIBLE.test(data) ? data.replace(COLLAPSIBLE_ALL, ' ') : data);
    length += data.length;
    total += data.length;
    if (total >= limit) break;
  }
  if (nodes.length) {
    yield undefined;
    yield { text: parts.join(''), nodes, starts };
  }
}

/** Is `node` inside a subtree the walk leaves out (an editable region, a form field, hidden)? */
export function insideSkipped(node: Node): boolean {
  for (let n: Node | null = node; n; ) {
    if (n.nodeType === 1 && isSkipped(n as Element)) return true;
    n = n.parentNode ?? (n.nodeType === 11 ? ((n as ShadowRoot).host ?? null) : null);
  }
  return false;
}

export interface NodePosition {
  node: Text;
  offset: number;
}

/** Maps an offset of `snapshot.text` to a text node and an offset in it (binary search). */
export function positionAt(snapshot: TextSnapshot, offset: number, preferEnd = false, lenient = false): NodePosition | undefined {
  const { starts, nodes } = snapshot;
  let lo = 0;
  let hi = starts.length - 1;
  if (hi < 0) return undefined;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] < offset || (!preferEnd && starts[mid] === offset)) lo = mid;
    else hi = mid - 1;
  }
  const node = nodes[lo];
  const inNode = offset - starts[lo];
  // `lenient`: the node may have been cut since (the badge writer follows the pieces).
  if (inNode < 0 || (!lenient && inNode > node.data.length)) return undefined;
  return { node, offset: inNode };
}

/** A DOM Range over `[start, end)` of the snapshot text (end exclusive). */
export function rangeFor(snapshot: TextSnapshot, start: number, end: number): Range | undefined {
  const a = positionAt(snapshot, start);
  const b = positionAt(snapshot, end, true);
  if (!a || !b) return undefined;
  const range = a.node.ownerDocument!.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}
