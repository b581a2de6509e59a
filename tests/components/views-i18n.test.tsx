// @vitest-environment happy-dom
/** The views speak the chosen language: the options' language list, counted phrases, the popover's words. */
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Popover, badgeLabel } from '../../components/Badge';
import { Options } from '../../components/Options';
import { summaryLine } from '../../components/Popup';
import type { PageResult } from '../../dom/page-scanner';
import type { CheckedClaim } from '../../engine/match/check';
import type { Reason } from '../../engine/verdict/reasons';
import type { OptionsController } from '../../extension/options-controller';
import { DEFAULT_SETTINGS, type Settings } from '../../extension/settings';

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

function optionsController(language: Settings['language']): OptionsController {
  const settings = { ...DEFAULT_SETTINGS, language };
  return {
    i18n: { getMessage: () => '', getUILanguage: () => 'fr-FR' },
    pack: { version: '7', facts: 1234, updated: '2026-11-25' },
    defaultSites: ['lemonde.fr'],
    normaliseHost: (h) => h,
    loadSettings: async () => settings,
    saveSettings: async (patch) => ({ ...settings, ...patch }),
    hiddenPages: async () => 0,
    clearHiddenVerdicts: async () => undefined,
    loadPacks: async () => [],
    updatePack: async () => [],
    addPackUrl: async () => ({ ok: false, error: 'x' }),
    refreshPacks: async () => {},
    importPackFile: async () => {
      throw new Error('x');
    },
    exportSettings: () => '{}',
    importSettings: async () => settings,
  } as OptionsController;
}

const fact = { id: 'f', statement: 'Le campus de Mistral en Essonne vise 40 MW.', value: 40e6, unit: 'W', asOf: '2026-02-11', pack: 'bundled',
  sources: [{ publisher: 'W.Media', title: 'Mistral AI en Essonne', url: 'https://example.org/a', date: '2026-02-11' }] };

describe('views in five languages', () => {
  it('the options list "Automatic" and the five languages, each in its own name, and count facts in the chosen language', async () => {
    const el = mount(<Options controller={optionsController('de')} />);
    await tick();
    await tick();
    const select = [...el.querySelectorAll('select')].find((s) => [...s.options].some((o) => o.value === 'auto'))!;
    expect([...select.options].map((o) => [o.value, o.textContent])).toEqual([
      ['auto', 'Automatisch'], ['fr', 'Français'], ['en', 'English'], ['de', 'Deutsch'], ['es', 'Español'], ['it', 'Italiano'],
    ]);
    expect(el.textContent).toContain('1.234 Fakten');
    expect(el.textContent).toContain('25. November 2026');
  });

  it('the popup summary agrees in number (French: 0 and 1 singular)', () => {
    const r = (verdict: PageResult['verdict']) => ({ verdict }) as PageResult;
    expect(summaryLine([], 'fr')).toBe('0 chiffre vérifié');
    expect(summaryLine([r('supported')], 'fr')).toBe('1 chiffre vérifié');
    expect(summaryLine([r('supported'), r('outdated'), r('contradicted')], 'fr')).toBe('3 chiffres vérifiés · 1 contredit · 1 dépassé');
    expect(summaryLine([r('supported'), r('outdated')], 'en')).toBe('2 figures checked · 1 outdated');
    expect(summaryLine([r('contradicted')], 'es')).toBe('1 cifra verificada · 1 contradicha');
    expect(summaryLine([r('supported'), r('supported')], 'it')).toBe('2 dati verificati');
  });

  it('the popover words the verdict and renders the reasons in the reader’s language', () => {
    const reasons: Reason[] = [{ kind: 'matches', fact }];
    const claim = { text: '40 MW', start: 0, end: 5, value: 40e6, unit: 'W', approx: 'exact', sentence: '', lang: 'fr', verdict: 'supported',
      fact, explanation: 'matches', reasons } as unknown as CheckedClaim;
    const el = mount(<Popover claim={claim} lang="es" onClose={() => {}} />);
    expect(el.querySelector('h2')!.textContent).toBe('✓ Coincide con las fuentes');
    expect(el.textContent).toContain('Coincide con la fuente: 40 MW (W.Media, 11 de febrero de 2026).');
    expect(el.querySelector('button.close')!.getAttribute('aria-label')).toBe('Cerrar');
    expect(badgeLabel(claim, 'fr')).toBe('Vérifié\u00a0: 40 MW — source W.Media');
    expect(badgeLabel(claim, 'it')).toBe('Verificato: 40 MW — fonte: W.Media');
  });
});
