/**
 * Build step: validates the bundled pack (a bad fact fails the build, naming the fact and field),
 * prebuilds its Fuse index and writes the JSON Schema for pack authors.
 *   facts/generated/bundled.json  — { pack, rates, fuseIndex } imported by the extension
 *   facts/pack.schema.json        — JSON Schema of a fact pack
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Fuse from 'fuse.js';
import { z } from 'zod';
import { PackSchema } from '../engine/facts/schema';
import { PackError } from '../engine/facts/validate';
import { FUSE_KEYS, aliasVocabulary } from '../engine/match/fact-base';
import { ROOT, loadBundledPack, loadRates } from '../facts/node';

try {
  const pack = loadBundledPack();
  const rates = loadRates();
  const fuseIndex = Fuse.createIndex(FUSE_KEYS, aliasVocabulary([pack])).toJSON();
  mkdirSync(join(ROOT, 'facts', 'generated'), { recursive: true });
  writeFileSync(join(ROOT, 'facts', 'generated', 'bundled.json'), JSON.stringify({ pack, rates, fuseIndex }));
  const schema = z.toJSONSchema(PackSchema, { io: 'input', unrepresentable: 'any' });
  writeFileSync(join(ROOT, 'facts', 'pack.schema.json'), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`facts: ${pack.facts.length} facts validated, Fuse index prebuilt (${pack.version})`);
} catch (e) {
  if (e instanceof PackError) {
    console.error(`facts: ${e.problems.join('\n       ')}`);
    process.exit(1);
  }
  throw e;
}
