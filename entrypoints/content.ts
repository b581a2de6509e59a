import { DEFAULT_SITES } from '../extension/settings';
import { runContentApp } from '../extension/content-app';

/** Default news sites and their subdomains. */
const MATCHES = DEFAULT_SITES.map((site) => `*://*.${site}/*`); // "*." also matches the bare domain

export default defineContentScript({
  matches: MATCHES,
  // Injected before the page's scripts (natives captured, settings read while the page parses);
  // the page is read at DOMContentLoaded, the moment document_end would give, without its delay.
  runAt: 'document_start',
  main(ctx) {
    return runContentApp(ctx);
  },
});
