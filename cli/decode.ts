/**
 * Bytes → text for the `scan` command: UTF-8 (with or without a BOM), UTF-16 with a BOM, a page's
 * declared charset, and Latin-1 (Windows-1252) when a file is not UTF-8 — said on stderr, never
 * silently turned into mojibake. Binary data is refused.
 */

export class DecodeError extends Error {}

export interface Decoded {
  text: string;
  /** The encoding used, when it was not UTF-8 (for a note on stderr). */
  encoding?: string;
  /** Why that encoding was chosen. */
  because?: string;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Windows-1252 at 0x80–0x9F (WHATWG's "latin1"); Node's TextDecoder maps those bytes to C1 controls. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Latin-1 as browsers read it (Windows-1252). */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const part = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...Array.from(part, (b) => (b >= 0x80 && b < 0xa0 ? CP1252_HIGH.charCodeAt(b - 0x80) : b)));
  }
  return out;
}

/** A `<meta charset>` or `http-equiv` content-type in the first 2 KB of a page (as browsers look for it). */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m?.[1].toLowerCase();
}

/** Control characters that text never has (NUL excepted: checked apart, it means binary at once). */
function controlRatio(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, 65536);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) bad++;
  }
  return n ? bad / n : 0;
}

export function decodeBytes(bytes: Uint8Array, opts: { html?: boolean } = {}): Decoded {
  // Byte-order marks say it all.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16LE', because: 'byte-order mark' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16BE', because: 'byte-order mark' };
  if (bytes.subarray(0, 65536).includes(0)) throw new DecodeError('binary file (contains NUL bytes), not text');
  if (controlRatio(bytes) > 0.01) throw new DecodeError('binary file (control characters), not text');
  try {
    return { text: UTF8.decode(bytes) }; // strips a UTF-8 BOM
  } catch {
    // Not UTF-8: a page may say what it is; otherwise Latin-1, the usual older encoding of French text.
  }
  if (opts.html) {
    const label = declaredCharset(bytes);
    if (label && !/^utf-?8$/.test(label)) {
      try {
        const text = /^(iso-?8859-1|latin-?1|l1|windows-1252|cp1252|us-ascii|ascii)$/.test(label) ? decodeWindows1252(bytes) : new TextDecoder(label).decode(bytes);
        return { text, encoding: label, because: 'declared by the page' };
      } catch {
        // An unknown label: fall through.
      }
    }
  }
  return { text: decodeWindows1252(bytes), encoding: 'Latin-1 (Windows-1252)', because: 'not valid UTF-8' };
}

/** UTF-8 only (JSON and JSONL are UTF-8 by definition): a clear error otherwise. */
export function decodeUtf8Strict(bytes: Uint8Array): string {
  try {
    return UTF8.decode(bytes);
  } catch {
    throw new DecodeError('not UTF-8 (JSON must be UTF-8)');
  }
}

/** Does this text look like an HTML page (for stdin, which has no file name to go by)? */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]/i.test(text.slice(0, 4096));
}
