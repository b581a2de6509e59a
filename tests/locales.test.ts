import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../cli/node-facts';
import { OPTIONS_STRINGS, STRINGS, localeMessages, localize } from '../components/strings';

describe('interface text', () => {
  it.each(['fr', 'en'] as const)('_locales/%s/messages.json is generated from components/strings.ts (npm run locales)', (lang) => {
    const committed = JSON.parse(readFileSync(join(ROOT, 'public', '_locales', lang, 'messages.json'), 'utf8'));
    expect(committed).toEqual(localeMessages(lang));
  });

  it('French and English have the same keys', () => {
    expect(Object.keys(STRINGS.en).sort()).toEqual(Object.keys(STRINGS.fr).sort());
    expect(Object.keys(OPTIONS_STRINGS.en).sort()).toEqual(Object.keys(OPTIONS_STRINGS.fr).sort());
  });

  it('follows the browser through browser.i18n on "auto", and the user’s choice otherwise', () => {
    const i18n = { getUILanguage: () => 'fr-FR', getMessage: (k: string) => (k === '@@ui_locale' ? 'en_US' : k === 'opt_title' ? 'From _locales' : '') };
    expect(localize(OPTIONS_STRINGS, 'opt_', 'auto', i18n).title).toBe('From _locales');
    expect(localize(OPTIONS_STRINGS, 'opt_', 'auto', i18n).sources).toBe('Fact sources'); // fallback: English dictionary
    expect(localize(OPTIONS_STRINGS, 'opt_', 'fr', i18n).title).toBe('Réglages d’InfraCheck');
  });
});
