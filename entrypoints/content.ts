import { DEFAULT_SITES } from '../extension/settings';
import { runContentApp } from '../extension/content-app';

/** Default news sites and their subdomains. */
const MATCHES = DEFAULT_SITES.map((site) => `*://*.${site}/*`); // "*." also matches the bare domain

export default defineContentScript({
  matches: MATCHES,
  // As early as is safe: the DOM is parsed, subresources may still load (issue 12).
  runAt: 'document_end',
  main(ctx) {
    return runContentApp(ctx);
  },
});
