/** Writes public/_locales/<lang>/messages.json for every language of i18n/ (one source for the interface text). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGS, localeMessages } from '../i18n';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

for (const lang of LANGS) {
  const dir = join(ROOT, 'public', '_locales', lang);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'messages.json'), `${JSON.stringify(localeMessages(lang), null, 2)}\n`);
}
console.log(`locales: public/_locales/{${LANGS.join(',')}}/messages.json written`);
