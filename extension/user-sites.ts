/**
 * Sites the user added: the content script is registered for them at run time, for the origins
 * the user granted (the permission is asked from the popup or the options page, on a click).
 */
import { browser } from 'wxt/browser';
import type { Settings } from './settings';

const SCRIPT_ID = 'infracheck-user-sites';

export function sitePatterns(host: string): string[] {
  return [`*://${host}/*`, `*://*.${host}/*`];
}

/** Asks for the host permission of a site (must run in a click handler). */
export async function requestSite(host: string): Promise<boolean> {
  try {
    return await browser.permissions.request({ origins: sitePatterns(host) });
  } catch {
    return false;
  }
}

export async function syncUserSites(settings: Settings): Promise<void> {
  const scripting = (browser as unknown as { scripting?: typeof browser.scripting }).scripting;
  if (!scripting?.registerContentScripts) return; // Firefox MV2: sites need the popup's "check this page"
  const granted: string[] = [];
  for (const host of settings.sitesAdded) {
    const origins = sitePatterns(host);
    if (await browser.permissions.contains({ origins }).catch(() => false)) granted.push(...origins);
  }
  try {
    await scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  } catch {
    // not registered yet
  }
  if (!granted.length || !settings.enabled) return;
  await scripting.registerContentScripts([
    { id: SCRIPT_ID, matches: granted, js: ['content-scripts/content.js'], runAt: 'document_start', persistAcrossSessions: true },
  ]);
}
