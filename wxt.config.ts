import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { noUnsafeSinks } from './scripts/vite-no-unsafe-sinks';

/** The Firefox add-on id: fixed, so storage survives updates and tests can pin the moz-extension:// address. */
export const GECKO_ID = 'infracheck@infracheck.dev';

const ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // MV3 for Firefox too (README, "Load the extension"): one manifest shape for both browsers.
  manifestVersion: 3,
  // `npm run zip:firefox` also writes the sources zip AMO reviewers rebuild from: the project minus
  // tests, bench, build output and local files (tests/sources-zip.test.ts checks it rebuilds the same).
  zip: {
    excludeSources: ['tests/**', 'bench/**', 'facts/generated/**', 'stats.html', '**/*.log', 'vitest*.config.ts'],
  },
  vite: () => ({
    plugins: [preact(), noUnsafeSinks()],
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'fr',
    icons: ICONS,
    // storage: settings and packs; activeTab + scripting: "Check this page" on a site not in the list;
    // alarms: scheduled pack refresh. No host permission is needed beyond the news sites the content
    // script matches; a pack URL's origin is asked for (optional) when the user adds it.
    permissions: ['storage', 'activeTab', 'scripting', 'alarms'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: 'InfraCheck', default_icon: ICONS },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // MV3 and data_collection_permissions (140); Android reads the same manifest.
              strict_min_version: '140.0',
              // Nothing is collected or sent: no page text, URL, claim or telemetry leaves the browser.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    // `wxt build --mode e2e`: the end-to-end tests serve fixture pages from 127.0.0.1.
    'build:manifestGenerated': (wxt, manifest) => {
      // Firefox MV2 (`--mv2`, not the default) has no optional_host_permissions: origins go in
      // optional_permissions there.
      if (wxt.config.manifestVersion === 2) {
        const m = manifest as { optional_permissions?: string[]; optional_host_permissions?: string[] };
        m.optional_permissions = [...(m.optional_permissions ?? []), 'https://*/*', 'http://*/*'];
        delete m.optional_host_permissions;
      }
      if (wxt.config.mode !== 'e2e') return;
      for (const cs of manifest.content_scripts ?? []) cs.matches = [...(cs.matches ?? []), 'http://127.0.0.1/*'];
      // Granted at install, so adding a pack served from 127.0.0.1 needs no permission prompt.
      // localhost is granted but not matched: the "Check this page" test injects the script there.
      manifest.host_permissions = [...(manifest.host_permissions ?? []), 'http://127.0.0.1/*', 'http://localhost/*'];
    },
  },
});
