// @vitest-environment happy-dom
/**
 * "Signaler une erreur / Report a problem": the prefilled report in French and English, the mailto
 * only with an address, copying, "hide this verdict", keyboard and text-only rendering; the popup's
 * ClaimReview file; hidden verdicts in storage.local, bounded.
 */
import { render } from 'preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Popover } from '../../components/Badge';
import { claimReviewFile, isEmail, reportMailto, reportText } from '../../components/review';
import type { CheckedClaim } from '../../engine/match/check';
import { MAX_HIDDEN_PAGES, hiddenOn, hideVerdict, loadHiddenPages, verdictKey } from '../../extension/storage';
import { readSettings } from '../../extension/settings';

const tick = () => new Promise((r) => setTimeout(r, 0));
let root: HTMLElement;
afterEach(() => {
  if (root) render(null, root);
  document.body.innerHTML = '';
});
function mount(node: preact.ComponentChild) {
  root = document.createElement('div');
  document.body.append(root);
  render(node, root);
  return root;
}

const source = { publisher: 'LeMagIT', title: 'Mistral AI met 1,2 milliard d’euros', url: 'https://www.lemagit.fr/a', date: '2026-02-11' };
const claim = {
  text: '3 milliards d’euros', start: 30, end: 49, value: 3e9, unit: 'EUR', approx: 'exact', lang: 'fr',
  sentence: 'Selon notre confrère, Mistral AI injecterait 3 milliards d’euros à Borlänge.',
  verdict: 'contradicted',
  fact: { id: 'mistral-borlange-investment', statement: 'x', value: 1.2e9, unit: 'EUR', asOf: '2026-02-11', pack: 'b', sources: [source] },
  reasons: [{ kind: 'differs', facts: [], claimText: '3 milliards d’euros' }],
  explanation: 'Les sources donnent 1,2 milliard d’euros.',
} as unknown as CheckedClaim;
const PAGE = 'https://exemple.fr/article';

describe('the report', () => {
  it('in French', () => {
    expect(reportText(claim, PAGE, 'fr', '  Le chiffre vient d’un communiqué.  ')).toBe(
      [
        'Signalement d’un verdict InfraCheck (rien n’est envoyé automatiquement).',
        '',
        'Chiffre\u00a0: 3 milliards d’euros',
        'Phrase\u00a0: Selon notre confrère, Mistral AI injecterait 3 milliards d’euros à Borlänge.',
        'Page\u00a0: https://exemple.fr/article',
        'Verdict\u00a0: Contredit',
        'Fait\u00a0: mistral-borlange-investment',
        'Sources\u00a0:',
        '- LeMagIT, 2026-02-11: Mistral AI met 1,2 milliard d’euros <https://www.lemagit.fr/a>',
        '',
        'Commentaire\u00a0:',
        'Le chiffre vient d’un communiqué.',
      ].join('\n'),
    );
  });

  it('in English, without a comment or a fact', () => {
    const bare = { ...claim, verdict: 'unverified', fact: null } as CheckedClaim;
    expect(reportText(bare, PAGE, 'en', '')).toBe(
      [
        'Report about an InfraCheck verdict (nothing is sent automatically).',
        '',
        'Figure: 3 milliards d’euros',
        'Sentence: Selon notre confrère, Mistral AI injecterait 3 milliards d’euros à Borlänge.',
        'Page: https://exemple.fr/article',
        'Verdict: Unverified',
        'Fact: (none)',
        'Sources:',
        '- (none)',
        '',
        'Comment:',
        '(none)',
      ].join('\n'),
    );
  });

  it('a mailto only with a valid address', () => {
    expect(reportMailto('', claim, PAGE, 'en', '')).toBeUndefined();
    expect(reportMailto('not an address', claim, PAGE, 'en', '')).toBeUndefined();
    const m = reportMailto('verif@exemple.fr', claim, PAGE, 'en', 'hi')!;
    expect(m.startsWith('mailto:verif@exemple.fr?subject=')).toBe(true);
    expect(decodeURIComponent(m.split('subject=')[1].split('&')[0])).toBe('InfraCheck: verdict reported (3 milliards d’euros)');
    expect(decodeURIComponent(m.split('&body=')[1])).toContain('Comment:\nhi');
    expect(isEmail('a@b.fr')).toBe(true);
    expect(isEmail('a@b')).toBe(false);
    expect(readSettings({ reportEmail: 'x@y.org' }).reportEmail).toBe('x@y.org');
    expect(readSettings({ reportEmail: 'javascript:alert(1)' }).reportEmail).toBe('');
  });
});

describe('the popover’s report box', () => {
  it('opens from a button, prefilled; copy only without an address; text never as HTML', async () => {
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const hostile = { ...claim, sentence: '<img src=x onerror=alert(1)> Mistral AI 3 milliards d’euros' } as CheckedClaim;
    const el = mount(<Popover claim={hostile} lang="fr" onClose={() => {}} pageUrl={PAGE} />);
    await tick();
    const open = [...el.querySelectorAll('button')].find((b) => b.textContent === 'Signaler une erreur')!;
    expect(open.getAttribute('aria-expanded')).toBe('false');
    open.click();
    await tick();
    expect(open.getAttribute('aria-expanded')).toBe('true');
    const report = el.querySelector<HTMLTextAreaElement>('textarea.report-text')!;
    expect(report.value).toContain('Phrase\u00a0: <img src=x onerror=alert(1)> Mistral AI');
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelector('a[href^="mailto:"]')).toBeNull();
    expect(el.textContent).toContain('copiez le texte');
    const comment = el.querySelector<HTMLTextAreaElement>('textarea:not(.report-text)')!;
    comment.value = 'Source primaire ?';
    comment.dispatchEvent(new Event('input', { bubbles: true }));
    await tick();
    [...el.querySelectorAll('button')].find((b) => b.textContent === 'Copier le signalement')!.click();
    await tick();
    await tick();
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining('Commentaire\u00a0:\nSource primaire ?'));
    expect(el.querySelector('[role="status"]')?.textContent).toBe('Copié dans le presse-papiers.');
  });

  it('with an address, a mail link; "hide this verdict" calls back with the claim', async () => {
    const onHide = vi.fn();
    const el = mount(<Popover claim={claim} lang="en" onClose={() => {}} pageUrl={PAGE} reportEmail="verif@exemple.fr" onHide={onHide} />);
    await tick();
    [...el.querySelectorAll('button')].find((b) => b.textContent === 'Report a problem')!.click();
    await tick();
    const mail = el.querySelector<HTMLAnchorElement>('a[href^="mailto:"]')!;
    expect(mail.textContent).toBe('Open in the mail client');
    [...el.querySelectorAll('button')].find((b) => b.textContent === 'Hide this verdict on this page')!.click();
    expect(onHide).toHaveBeenCalledWith(claim);
  });
});

describe('hidden verdicts (storage.local)', () => {
  beforeEach(() => fakeBrowser.reset());
  it('per page, without the fragment, bounded', async () => {
    await hideVerdict(`${PAGE}#top`, verdictKey(claim));
    expect((await hiddenOn(PAGE)).has(verdictKey(claim))).toBe(true);
    expect((await hiddenOn('https://exemple.fr/other')).size).toBe(0);
    for (let i = 0; i < MAX_HIDDEN_PAGES + 5; i++) await hideVerdict(`https://exemple.fr/${i}`, 'k');
    const pages = await loadHiddenPages();
    expect(pages).toHaveLength(MAX_HIDDEN_PAGES);
    expect(pages.at(-1)?.url).toBe(`https://exemple.fr/${MAX_HIDDEN_PAGES + 4}`);
  });
});

describe('the popup’s ClaimReview file', () => {
  it('one .jsonld named after the host and the date, that parses', () => {
    const f = claimReviewFile(PAGE, [claim], 'fr', new Date('2026-12-01T00:00:00Z'));
    expect(f.name).toBe('infracheck-claimreview-exemple.fr-2026-12-01.jsonld');
    expect(f.count).toBe(1);
    const doc = JSON.parse(f.text);
    expect(doc['@graph'][0].reviewRating.alternateName).toBe('Contredit');
    expect(doc['@graph'][0].itemReviewed.appearance.url).toBe(PAGE);
  });
});
