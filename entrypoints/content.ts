import { DEFAULT_SITES } from '../extension/settings';
import { runContentApp } from '../extension/content-app';

/** Default news sites and their subdomains. */
const MATCHES = DEFAULT_SITES.map((site) => `*://*.${site}/*`); // "*." also matches the bare domain

export default defineContentScript({
  matches: MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    return runContentApp(ctx);
  },
});
