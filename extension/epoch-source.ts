/**
 * An Epoch AI CSV added as a pack URL (e.g. https://epoch.ai/data/gpu_clusters.csv): recognised by
 * its content type, its .csv path or its header row, converted by the same importer as the bundled
 * facts (engine/facts/epoch.ts) and validated like any pack. Anything else is parsed as a JSON pack.
 */
import { EpochError, convertEpoch, epochPackMeta, looksLikeEpochCsv } from '../engine/facts/epoch';
import type { FactPack } from '../engine/facts/schema';
import { readFactSource, type FactSource } from '../engine/claimreview';
import { PackError, validatePack } from '../engine/facts/validate';
import { referenceBase } from './fact-source';

export function isEpochCsv(url: string, contentType: string | undefined, text: string): boolean {
  const head = text.replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('{') || head.startsWith('[')) return false;
  let path = '';
  try {
    path = new URL(url).pathname.toLowerCase();
  } catch {
    path = '';
  }
  return /\btext\/csv\b/i.test(contentType ?? '') || path.endsWith('.csv') || looksLikeEpochCsv(text);
}

/** The downloaded text as a validated pack: an Epoch AI CSV is converted first. Throws PackError. */
export function packFromDownload(url: string, text: string, contentType?: string, today = new Date().toISOString().slice(0, 10)): FactPack {
  return sourceFromDownload(url, text, contentType, today).pack;
}

/** The same, saying what a ClaimReview download left out (a JSON pack, a ClaimReview feed or page, an Epoch CSV). */
export function sourceFromDownload(url: string, text: string, contentType?: string, today = new Date().toISOString().slice(0, 10)): FactSource {
  if (!isEpochCsv(url, contentType, text)) {
    let name = '';
    try {
      name = new URL(url).pathname;
    } catch {
      name = '';
    }
    if (/\bapplication\/ld\+json\b/i.test(contentType ?? '')) name = `${name}.jsonld`;
    return readFactSource(text, { name, reference: referenceBase, now: new Date(`${today}T12:00:00Z`) });
  }
  return { pack: epochPack(text, today) };
}

function epochPack(text: string, today: string): FactPack {
  let result;
  try {
    result = convertEpoch(text, null, { today, retrieved: today });
  } catch (e) {
    if (e instanceof EpochError) throw new PackError(e.message);
    throw e;
  }
  if (!result.facts.length) {
    throw new PackError(`no fact could be imported from this Epoch AI CSV (${result.rows} rows, ${result.skipped.length} left out: no reported figure with a source URL)`);
  }
  return validatePack({ ...epochPackMeta(result.kind, today), facts: result.facts });
}
