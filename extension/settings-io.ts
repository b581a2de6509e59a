/**
 * Settings export and import as JSON. An import is all or nothing: a file that is not ours, not
 * JSON, too large or carrying bad values changes nothing that is stored.
 */
import { parseSettingsStrict, SettingsError, type Settings } from './settings';
import { saveSettings } from './storage';

const FORMAT = 'infracheck-settings';
const MAX_SETTINGS_BYTES = 256 * 1024;

export function exportSettings(settings: Settings): string {
  return `${JSON.stringify({ format: FORMAT, version: 1, settings }, null, 2)}\n`;
}

export class SettingsImportError extends Error {}

/** Parses and validates a settings file without storing anything. */
export function parseSettingsFile(text: string): Settings {
  if (text.length > MAX_SETTINGS_BYTES) throw new SettingsImportError(`file too large (${Math.round(text.length / 1024)} KB)`);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new SettingsImportError('not JSON');
  }
  const r = raw as { format?: unknown; settings?: unknown };
  if (!r || typeof r !== 'object' || r.format !== FORMAT || typeof r.settings !== 'object' || r.settings === null) {
    throw new SettingsImportError('not an InfraCheck settings file');
  }
  try {
    return parseSettingsStrict(r.settings);
  } catch (e) {
    if (e instanceof SettingsError) throw new SettingsImportError(e.message);
    throw e;
  }
}

/** Validates, then stores; throws SettingsImportError (storing nothing) when the file is bad. */
export async function importSettings(text: string): Promise<Settings> {
  return saveSettings(parseSettingsFile(text));
}
