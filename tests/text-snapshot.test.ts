// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { rangeFor, snapshotText } from '../dom/text-snapshot';
import { extractClaims } from '../engine/extract/extract';

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

describe('text snapshot (happy-dom)', () => {
  it('finds a figure spanning inline markup and maps it back to a DOM range', () => {
    const body = page('<p>Mistral investit 1,2 <b>milliard</b> d’<i>euros</i> en Suède.</p>');
    const snap = snapshotText(body);
    const [claim] = extractClaims(snap.text, { lang: 'fr' });
    expect(claim.text).toBe('1,2 milliard d’euros');
    expect(claim.value).toBe(1.2e9);
    const range = rangeFor(snap, claim.start, claim.end)!;
    expect(range.toString()).toBe('1,2 milliard d’euros');
  });

  it('decodes entities and keeps no-break spaces inside numbers', () => {
    const body = page('<p>Quelque 18&#8239;000 processeurs GPU et 40&nbsp;MW &amp; plus.</p>');
    const snap = snapshotText(body);
    expect(snap.text).toContain('18\u202F000');
    const claims = extractClaims(snap.text, { lang: 'fr' });
    expect(claims.map((c) => [c.text, c.value])).toEqual([
      ['18\u202F000 processeurs GPU', 18000],
      ['40\u00A0MW', 40e6],
    ]);
  });

  it('prunes script, style, hidden, editable subtrees and our own badges', () => {
    const body = page(`
      <p>Visible : 40 MW.</p>
      <script>var budget = "500 milliards de dollars";</script>
      <style>.x::after { content: "300 MW"; }</style>
      <div hidden>100 MW cachés</div>
      <div aria-hidden="true">200 MW</div>
      <div contenteditable="true">300 MW</div>
      <textarea>400 MW</textarea>
      <infracheck-badge>500 MW</infracheck-badge>
      <p>Nested <span><em><b>600 MW</b></em></span> ok.</p>`);
    const text = snapshotText(body).text;
    expect(text).toContain('40 MW');
    expect(text).toContain('600 MW');
    for (const hidden of ['500 milliards', '300 MW', '100 MW', '200 MW', '400 MW', '500 MW']) expect(text).not.toContain(hidden);
  });

  it('separates blocks so figures never run across paragraphs', () => {
    const body = page('<p>Le site fera 18</p><p>000 GPU seront livrés</p>');
    const snap = snapshotText(body);
    expect(snap.text).toBe('Le site fera 18\n000 GPU seront livrés');
    expect(extractClaims(snap.text).some((c) => c.value === 18000)).toBe(false);
  });

  it('maps offsets in every text node, including the last character', () => {
    const body = page('<p>a <b>bc</b> d</p>');
    const snap = snapshotText(body);
    expect(snap.text).toBe('a bc d');
    expect(rangeFor(snap, 2, 4)!.toString()).toBe('bc');
    expect(rangeFor(snap, 0, 6)!.toString()).toBe('a bc d');
  });
});
