/** Writes public/_locales/{fr,en}/messages.json from components/strings.ts (one source for the interface text). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { localeMessages } from '../components/strings';
import { ROOT } from '../cli/node-facts';

for (const lang of ['fr', 'en'] as const) {
  const dir = join(ROOT, 'public', '_locales', lang);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'messages.json'), `${JSON.stringify(localeMessages(lang), null, 2)}\n`);
}
console.log('locales: public/_locales/{fr,en}/messages.json written');
