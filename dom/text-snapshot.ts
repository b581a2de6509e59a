/**
 * The page's visible text as one string plus an offset → text-node map (like mark.js's
 * getTextNodes), so claims that span inline markup (`1,2 <b>milliard</b> d’euros`) are found by
 * the pure extractor and mapped back to DOM ranges. Works on any DOM (browser, happy-dom).
 */

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
const COLLAPSIBLE = /[\t\n\r\f]/g;

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

/** Snapshots the visible text under `root`. */
export function snapshotText(root: Node): TextSnapshot {
  const steps = snapshotSteps(root);
  let r = steps.next();
  while (!r.done) r = steps.next();
  return r.value;
}

/**
 * The same walk as a generator that pauses every `every` nodes, so a huge page is read in time
 * slices (no long task on the page's main thread).
 */
export function* snapshotSteps(root: Node, every = 200): Generator<void, TextSnapshot, void> {
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument!;
  const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode(node: Node) {
      if (node.nodeType === 1) {
        // FILTER_REJECT prunes the whole subtree; FILTER_SKIP still visits the children.
        return isSkipped(node as Element) ? 2 : 3;
      }
      return 1;
    },
  });
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  let lastBlock: Node | undefined;
  let lastBr = false;
  let seen = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (++seen % every === 0) yield;
    if (n.nodeType === 1) {
      if ((n as Element).tagName === 'BR') lastBr = true;
      continue;
    }
    const data = (n as Text).data;
    if (!data) continue;
    const block = blockOf(n, root);
    if (length > 0 && (block !== lastBlock || lastBr)) {
      parts.push('\n');
      length += 1;
    }
    lastBlock = block;
    lastBr = false;
    nodes.push(n as Text);
    starts.push(length);
    parts.push(data.replace(COLLAPSIBLE, ' '));
    length += data.length;
  }
  yield; // joining megabytes of text is a step of its own
  return { text: parts.join(''), nodes, starts };
}

export interface NodePosition {
  node: Text;
  offset: number;
}

/** Maps an offset of `snapshot.text` to a text node and an offset in it (binary search). */
export function positionAt(snapshot: TextSnapshot, offset: number, preferEnd = false): NodePosition | undefined {
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
  if (inNode < 0 || inNode > node.data.length) return undefined;
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
