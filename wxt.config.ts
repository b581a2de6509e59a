import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'fr',
    // storage: settings and packs; activeTab + scripting: "Check this page" on a site not in the list;
    // alarms: scheduled pack refresh. No host permission is needed beyond the news sites the content
    // script matches; a pack URL's origin is asked for (optional) when the user adds it.
    permissions: ['storage', 'activeTab', 'scripting', 'alarms'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: 'InfraCheck' },
  },
  hooks: {
    // `wxt build --mode e2e`: the end-to-end tests serve fixture pages from 127.0.0.1.
    'build:manifestGenerated': (wxt, manifest) => {
      // Firefox MV2 has no optional_host_permissions: origins go in optional_permissions there.
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
