/**
 * Badge hosts: an `<infracheck-badge>` element after each checked figure, with a Shadow DOM so page
 * CSS cannot reach in and ours cannot leak out. The host has no light-DOM text, so the page's text
 * is unchanged. (Content scripts cannot define custom elements in Chrome's isolated world, but
 * attachShadow works on any valid custom-element name.)
 */
import { h, render } from 'preact';
import { Badge, type BadgeProps } from '../components/Badge';
import { BADGE_CSS } from '../components/badge-styles';
import type { CheckedClaim } from '../engine/match/check';
import { BADGE_TAG } from './text-snapshot';

let sharedSheet: CSSStyleSheet | null | undefined;

/** One constructed stylesheet for every badge; a <style> fallback where it is not supported. */
function styleRoot(root: ShadowRoot): void {
  if (sharedSheet === undefined) {
    try {
      sharedSheet = new CSSStyleSheet();
      sharedSheet.replaceSync(BADGE_CSS);
    } catch {
      sharedSheet = null;
    }
  }
  if (sharedSheet && 'adoptedStyleSheets' in root) {
    try {
      root.adoptedStyleSheets = [sharedSheet];
      return;
    } catch {
      // Firefox content scripts may refuse a sheet built in the isolated world.
    }
  }
  const style = root.ownerDocument.createElement('style');
  style.textContent = BADGE_CSS;
  root.appendChild(style);
}

export interface BadgeOptions {
  lang: BadgeProps['lang'];
  compact: boolean;
  hidden?: BadgeProps['hidden'];
  preferred?: BadgeProps['preferred'];
}

/** Live badges: their id and how to render them (open or closed). */
const hosts = new Map<Element, { id: string; render(open: boolean): void }>();
let nextId = 1;

/** Inserts a badge right after `node` (a text node ending with the figure). Returns its id. */
export function insertBadgeAfter(node: Text, claim: CheckedClaim, opts: BadgeOptions): string {
  const doc = node.ownerDocument;
  const host = doc.createElement(BADGE_TAG);
  const id = `ic-${nextId++}`;
  host.setAttribute('data-verdict', claim.verdict);
  host.setAttribute('data-claim', claim.text);
  host.setAttribute('data-id', id);
  const root = host.attachShadow({ mode: 'open' });
  styleRoot(root);
  const mount = doc.createElement('span');
  root.appendChild(mount);
  node.parentNode!.insertBefore(host, node.nextSibling);
  const draw = (open: boolean) => {
    render(null, mount); // a fresh component, so `initiallyOpen` takes effect
    render(h(Badge, { claim, lang: opts.lang, compact: opts.compact, hidden: opts.hidden, preferred: opts.preferred, initiallyOpen: open }), mount);
  };
  hosts.set(host, { id, render: draw });
  render(h(Badge, { claim, lang: opts.lang, compact: opts.compact, hidden: opts.hidden, preferred: opts.preferred }), mount);
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
  for (const [host, info] of hosts) {
    if (info.id !== id || !host.isConnected) continue;
    host.scrollIntoView({ block: 'center', behavior: 'smooth' });
    info.render(true);
    return true;
  }
  return false;
}

/** Removes every badge and merges the text nodes we split, leaving the page as it was. */
export function removeAllBadges(doc: Document): void {
  const all = doc.querySelectorAll(BADGE_TAG);
  for (const host of Array.from(all)) {
    const parent = host.parentNode;
    host.remove();
    parent?.normalize();
  }
  hosts.clear();
}
