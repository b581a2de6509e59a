/**
 * Sentence boundaries, found once per text in one linear pass. A boundary is a newline, or
 * [.!?…] followed by whitespace (so "1.2" and "18.000" never split a sentence), or a full stop
 * glued to the next sentence by a lost space ("l’entreprise.La région"). A dot that ends a scale
 * abbreviation after a number ("1,2 Mrd. Euro", "500 Mio. €") or a qualifier ("ca. 500 MW") is no boundary.
 */
import { ABBREVIATION_DOT_RE } from './lexicon';

// The punctuation comes first in each branch so the regex rejects most positions on one character
// (a leading lookbehind would run at every position of the text).
const BOUNDARY = /\n|[.!?…](?:(?=[\s"»”’)]|$)|(?<=\p{Ll}{2}[.!?])(?=\p{Lu}\p{Ll}))/gu;

export class Sentences {
  private readonly starts: number[] = [0];
  constructor(private readonly text: string) {
    BOUNDARY.lastIndex = 0;
    for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
      if (m[0] === '.' && ABBREVIATION_DOT_RE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
      this.starts.push(m.index + 1);
    }
  }

  /** The sentence found last: the extractor asks in text order, so the next answer is often the same. */
  private last = 0;

  /** Index of the sentence that holds `offset`. */
  indexOf(offset: number): number {
    const last = this.last;
    if (this.starts[last] <= offset && (last + 1 === this.starts.length || offset < this.starts[last + 1])) return last;
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    this.last = lo;
    return lo;
  }

  /** [start, end) of sentence `i`, trimmed. */
  bounds(i: number): [number, number] {
    let s = this.starts[i];
    let e = i + 1 < this.starts.length ? this.starts[i + 1] : this.text.length;
    while (s < e && /\s/.test(this.text[s])) s++;
    while (e > s && /\s/.test(this.text[e - 1])) e--;
    return [s, e];
  }

  /** The sentence around `offset`, capped so a page without punctuation stays cheap. */
  around(offset: number, cap = 600): string {
    const [s, e] = this.spanAround(offset, cap);
    return this.text.slice(s, e);
  }

  /** [start, end) of the sentence around `offset`, capped like `around`. */
  spanAround(offset: number, cap = 600): [number, number] {
    let [s, e] = this.bounds(this.indexOf(offset));
    if (e - s > cap) {
      s = Math.max(s, offset - cap / 2);
      e = Math.min(e, offset + cap / 2);
    }
    return [s, e];
  }
}
