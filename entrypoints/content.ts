import { DEFAULT_SITES } from '../engine/settings';
import { runContentApp } from '../extension/content-app';

/** Default news sites, with and without subdomains. */
const MATCHES = DEFAULT_SITES.flatMap((site) => [`*://${site}/*`, `*://*.${site}/*`]);

export default defineContentScript({
  matches: MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    return runContentApp(ctx);
  },
});
