// @vitest-environment happy-dom
/**
 * A figure's history in the popover: the chain's sourced figures oldest first, each with its date
 * and publisher, the one the page's figure matches marked; for a contradicted figure, the page's
 * figure placed after them.
 */
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Popover } from '../../components/Badge';
import type { CheckedClaim, FactRef } from '../../engine/match/check';

let root: HTMLElement | undefined;
afterEach(() => {
  if (root) render(null, root);
  document.body.innerHTML = '';
});

const ref = (id: string, value: number, asOf: string, publisher: string): FactRef => ({
  id, statement: `Valorisation ${id}`, value, unit: 'EUR', asOf, pack: 'b',
  sources: [{ publisher, title: 't', url: `https://news.example/${id}`, date: asOf }],
});
const h = [ref('v1', 2e9, '2023-12-10', 'Les Échos'), ref('v2', 5.8e9, '2024-06-11', 'Reuters'), ref('v3', 11.7e9, '2025-09-09', 'AFP')];
const claimOf = (verdict: CheckedClaim['verdict'], text: string, fact: FactRef, newer?: FactRef) =>
  ({
    text, start: 0, end: text.length, value: 0, unit: 'EUR', approx: 'exact', lang: 'fr', sentence: text,
    verdict, fact, newer, history: h, reasons: [], explanation: 'x',
  }) as unknown as CheckedClaim;

function timeline(c: CheckedClaim, lang: 'fr' | 'en' = 'fr') {
  root = document.createElement('div');
  document.body.append(root);
  render(<Popover claim={c} lang={lang} onClose={() => {}} />, root);
  return root.querySelector('.timeline');
}

describe('the timeline', () => {
  it('lists the sourced figures oldest first and marks the one the page gives (outdated)', () => {
    const t = timeline(claimOf('outdated', '5,8 milliards d’euros', h[1], h[2]))!;
    expect(t).not.toBeNull();
    const items = [...t.querySelectorAll('li')];
    expect(items.map((li) => li.querySelector('strong')!.textContent)).toEqual([
      '2 milliards d’euros', '5,8 milliards d’euros', '11,7 milliards d’euros',
    ]);
    expect(items[0].textContent).toContain('Les Échos');
    expect(items[1].getAttribute('aria-current')).toBe('true');
    expect(items[1].textContent).toContain('chiffre de la page');
    expect(items.filter((li) => li.getAttribute('aria-current')).length).toBe(1);
  });

  it('places a contradicted figure after the history, in the reader’s language', () => {
    const t = timeline(claimOf('contradicted', '40 milliards d’euros', h[2]), 'en')!;
    const items = [...t.querySelectorAll('li')];
    expect(items).toHaveLength(4);
    expect(items[3].textContent).toContain('40 milliards d’euros');
    expect(items[3].textContent).toContain('the page’s figure');
    expect(t.textContent).toContain('History of this figure');
  });

  it('is left out when the fact has no history', () => {
    const c = { ...claimOf('supported', '11,7 milliards d’euros', h[2]), history: undefined } as CheckedClaim;
    expect(timeline(c)).toBeNull();
  });
});
