/**
 * The DOM methods we call, captured once per window before the page can replace them. In Chrome's
 * and Firefox's isolated worlds a page's `Node.prototype.appendChild = …` does not reach a content
 * script, but a page loaded before us in the same world (tests, happy-dom, a future main-world
 * mode) could; capturing at start costs nothing and keeps a hostile page from slowing or breaking us.
 */

type Win = Window & typeof globalThis;

export interface Natives {
  appendChild: (this: Node, child: Node) => Node;
  insertBefore: (this: Node, child: Node, ref: Node | null) => Node;
  attachShadow: (this: Element, init: ShadowRootInit) => ShadowRoot;
  shadowRoot: (this: Element) => ShadowRoot | null;
  createElement: (this: Document, tag: string) => HTMLElement;
  splitText: (this: Text, offset: number) => Text;
  MutationObserver: typeof MutationObserver;
  IntersectionObserver?: typeof IntersectionObserver;
  requestAnimationFrame?: (cb: FrameRequestCallback) => number;
  requestIdleCallback?: (cb: IdleRequestCallback, opts?: IdleRequestOptions) => number;
  setTimeout: (cb: () => void, ms?: number) => number;
}

const apply = Reflect.apply;
const byWindow = new WeakMap<object, Natives>();

function getter(proto: object, name: string): ((this: Element) => ShadowRoot | null) {
  for (let p: object | null = proto; p; p = Object.getPrototypeOf(p)) {
    const d = Object.getOwnPropertyDescriptor(p, name);
    if (d?.get) return d.get as (this: Element) => ShadowRoot | null;
  }
  return function (this: Element) {
    return (this as Element).shadowRoot;
  };
}

/** Captures (once) the natives of a window. Call it at start, before reading the page. */
export function captureNatives(win: Win): Natives {
  let n = byWindow.get(win);
  if (n) return n;
  n = {
    appendChild: win.Node.prototype.appendChild,
    insertBefore: win.Node.prototype.insertBefore,
    attachShadow: win.Element.prototype.attachShadow,
    shadowRoot: getter(win.Element.prototype, 'shadowRoot'),
    createElement: win.Document.prototype.createElement as Natives['createElement'],
    splitText: win.Text.prototype.splitText,
    MutationObserver: win.MutationObserver,
    IntersectionObserver: win.IntersectionObserver,
    requestAnimationFrame: win.requestAnimationFrame?.bind(win),
    requestIdleCallback: win.requestIdleCallback?.bind(win),
    setTimeout: win.setTimeout.bind(win) as Natives['setTimeout'],
  };
  byWindow.set(win, n);
  return n;
}

function of(node: Node): Natives {
  const doc = node.nodeType === 9 ? (node as Document) : node.ownerDocument;
  return captureNatives(doc!.defaultView as Win);
}

/** The captured natives, called on any node (its window's copies). */
export const NATIVE = {
  appendChild: <T extends Node>(parent: Node, child: T): T => apply(of(parent).appendChild, parent, [child]) as T,
  insertBefore: <T extends Node>(parent: Node, child: T, ref: Node | null): T => apply(of(parent).insertBefore, parent, [child, ref]) as T,
  attachShadow: (el: Element, init: ShadowRootInit): ShadowRoot => apply(of(el).attachShadow, el, [init]),
  /** An element's open shadow root (null for closed ones and none). */
  shadowRoot: (el: Element): ShadowRoot | null => apply(of(el).shadowRoot, el, []),
  createElement: (doc: Document, tag: string): HTMLElement => apply(of(doc).createElement, doc, [tag]),
  splitText: (t: Text, offset: number): Text => apply(of(t).splitText, t, [offset]),
};
