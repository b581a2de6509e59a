/**
 * Badge hosts: an `<infracheck-badge>` element after each checked figure, with a Shadow DOM so page
 * CSS cannot reach in and ours cannot leak out. The host has no light-DOM text, so the page's text
 * is unchanged. (Content scripts cannot define custom elements in Chrome's isolated world, but
 * attachShadow works on any valid custom-element name.) What is drawn inside is the renderer's
 * business: the DOM adapter is handed one and knows nothing of the UI.
 */
import type { CheckedClaim } from '../engine/verdict/types';
import { NATIVE } from './natives';
import { BADGE_TAG } from './text-snapshot';

/** Draws a badge's content into its shadow root; handed to the DOM adapter by the extension. */
export interface BadgeRenderer {
  /** The one stylesheet every badge's shadow root shares. */
  css: string;
  /** Draws `claim` into `mount` (a fresh draw when `open` changes: the popover opens as drawn). */
  draw(mount: HTMLElement, claim: CheckedClaim, open: boolean): void;
}

const sheets = new WeakMap<Document, CSSStyleSheet | null>();

/** One constructed stylesheet for every badge; a <style> fallback where it is not supported. */
function styleRoot(root: ShadowRoot, css: string): void {
  const doc = root.ownerDocument;
  let sheet = sheets.get(doc);
  if (sheet === undefined) {
    try {
      const view = doc.defaultView as (Window & typeof globalThis) | null;
      sheet = new (view?.CSSStyleSheet ?? CSSStyleSheet)();
      sheet.replaceSync(css);
    } catch {
      sheet = null;
    }
    sheets.set(doc, sheet);
  }
  if (sheet && 'adoptedStyleSheets' in root) {
    try {
      root.adoptedStyleSheets = [sheet];
      return;
    } catch {
      // Firefox content scripts may refuse a sheet built in the isolated world.
    }
  }
  const style = NATIVE.createElement(doc, 'style');
  style.textContent = css;
  NATIVE.appendChild(root, style);
}

/** Live badges: their id and how to draw them (open or closed). */
const hosts = new Map<string, { host: Element; draw(open: boolean): void }>();
let nextId = 1;

/** Builds a badge host for `claim`, drawn and ready to insert. */
export function makeBadge(doc: Document, claim: CheckedClaim, renderer: BadgeRenderer): { host: Element; id: string } {
  const host = NATIVE.createElement(doc, BADGE_TAG);
  const id = `ic-${nextId++}`;
  host.setAttribute('data-verdict', claim.verdict);
  host.setAttribute('data-claim', claim.text);
  host.setAttribute('data-id', id);
  const root = NATIVE.attachShadow(host, { mode: 'open' });
  styleRoot(root, renderer.css);
  const mount = NATIVE.createElement(doc, 'span');
  NATIVE.appendChild(root, mount);
  renderer.draw(mount, claim, false);
  hosts.set(id, { host, draw: (open) => renderer.draw(mount, claim, open) });
  return { host, id };
}

/** Inserts a badge right after `node` (a text node ending with the figure). Returns its id. */
export function insertBadgeAfter(node: Text, claim: CheckedClaim, renderer: BadgeRenderer): string {
  const { host, id } = makeBadge(node.ownerDocument, claim, renderer);
  NATIVE.insertBefore(node.parentNode!, host, node.nextSibling);
  return id;
}

/** The id of our badge for the same figure right after this node, if there is one. */
export function badgeAfter(node: Text, claimText: string): string | undefined {
  const next = node.nextSibling;
  if (next && next.nodeType === 1 && (next as Element).localName === BADGE_TAG &&
    (next as Element).getAttribute('data-claim') === claimText) {
    return (next as Element).getAttribute('data-id') ?? undefined;
  }
  return undefined;
}

/** Scrolls to a badge and opens its popover (from the popup). */
export function openBadge(id: string): boolean {
  const info = hosts.get(id);
  if (!info || !info.host.isConnected) return false;
  info.host.scrollIntoView({ block: 'center', behavior: 'smooth' });
  info.draw(true);
  return true;
}

/** Is this badge still in the page? */
export function badgeConnected(id: string): boolean {
  return !!hosts.get(id)?.host.isConnected;
}

/** Removes every badge and merges the text nodes we split, leaving the page as it was. */
export function removeAllBadges(doc: Document): void {
  const parents = new Set<Node>();
  for (const { host } of hosts.values()) {
    if (host.ownerDocument !== doc) continue;
    if (host.parentNode) parents.add(host.parentNode);
    host.remove();
  }
  // Badges the map no longer knows (a previous instance of the script).
  for (const host of Array.from(doc.querySelectorAll(BADGE_TAG))) {
    if (host.parentNode) parents.add(host.parentNode);
    host.remove();
  }
  for (const p of parents) p.normalize();
  for (const [id, { host }] of hosts) if (host.ownerDocument === doc) hosts.delete(id);
}
