import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LANGS, OPTIONS_STRINGS, STRINGS, localeMessages, localize, uiLanguage } from '../i18n';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

describe('interface text', () => {
  it.each(LANGS)('_locales/%s/messages.json is generated from i18n/ (npm run locales)', (lang) => {
    const committed = JSON.parse(readFileSync(join(ROOT, 'public', '_locales', lang, 'messages.json'), 'utf8'));
    expect(committed).toEqual(localeMessages(lang));
  });

  it('every language has the same keys in _locales', () => {
    for (const lang of LANGS) expect(Object.keys(localeMessages(lang)).sort()).toEqual(Object.keys(localeMessages('fr')).sort());
    for (const lang of LANGS) expect(Object.keys(STRINGS[lang]).sort()).toEqual(Object.keys(STRINGS.fr).sort());
    for (const lang of LANGS) expect(Object.keys(OPTIONS_STRINGS[lang]).sort()).toEqual(Object.keys(OPTIONS_STRINGS.fr).sort());
  });

  it('message keys are valid for browser.i18n and no message is empty', () => {
    for (const lang of LANGS) {
      for (const [k, v] of Object.entries(localeMessages(lang))) {
        expect(k).toMatch(/^[A-Za-z0-9_]+$/);
        expect(v.message.trim()).not.toBe('');
      }
    }
  });

  it('follows the browser through browser.i18n on "auto", and the user’s choice otherwise', () => {
    const i18n = { getUILanguage: () => 'fr-FR', getMessage: (k: string) => (k === '@@ui_locale' ? 'en_US' : k === 'opt_title' ? 'From _locales' : '') };
    expect(localize(OPTIONS_STRINGS, 'opt_', 'auto', i18n).title).toBe('From _locales');
    expect(localize(OPTIONS_STRINGS, 'opt_', 'auto', i18n).sources).toBe('Fact sources'); // fallback: English dictionary
    expect(localize(OPTIONS_STRINGS, 'opt_', 'fr', i18n).title).toBe('Réglages d’InfraCheck');
    expect(localize(OPTIONS_STRINGS, 'opt_', 'de', i18n).title).toBe('InfraCheck-Einstellungen');
  });

  it('picks one of the five languages from the browser, the user’s choice first', () => {
    expect(uiLanguage('auto', 'de-AT')).toBe('de');
    expect(uiLanguage('auto', 'es_419')).toBe('es');
    expect(uiLanguage('auto', 'it')).toBe('it');
    expect(uiLanguage('auto', 'en-US')).toBe('en');
    expect(uiLanguage('auto', 'FR')).toBe('fr');
    // A language we lack: the manifest's default_locale, as browser.i18n does.
    expect(uiLanguage('auto', 'pt-BR')).toBe('fr');
    expect(uiLanguage('auto', undefined)).toBe('fr');
    expect(uiLanguage('it', 'de-DE')).toBe('it');
  });
});
