/**
 * Where to read first: the elements in and near the viewport. From the body down, keep the
 * children that overlap the viewport (plus a screen above and below); descend while one child
 * alone covers it and is much taller. Children are searched by bisection (normal flow puts them in
 * order), so a body of 50,000 paragraphs costs a few dozen rect reads. Call it after a frame, when
 * layout is clean: reading rects then forces nothing.
 */

const MAX_DEPTH = 12;
/** Linear scan up to this many children; bisection beyond. */
const LINEAR = 48;

export function visibleRoots(doc: Document): Element[] {
  const view = doc.defaultView;
  const body = doc.body;
  if (!view || !body) return [];
  const vh = view.innerHeight || 800;
  const top = -vh;
  const bottom = 2 * vh;
  let el: Element = body;
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    const kids = el.children;
    if (!kids.length) return [el];
    const hits = overlapping(kids, top, bottom);
    if (!hits.length) return depth === 0 ? [] : [el];
    if (hits.length === 1 && hits[0].children.length && hits[0].getBoundingClientRect().height > 3 * vh) {
      el = hits[0];
      continue;
    }
    return hits;
  }
  return [el];
}

function overlapping(kids: HTMLCollection, top: number, bottom: number): Element[] {
  const out: Element[] = [];
  const overlaps = (r: DOMRect) => r.bottom >= top && r.top <= bottom && (r.width > 0 || r.height > 0);
  if (kids.length <= LINEAR) {
    for (const k of Array.from(kids)) if (overlaps(k.getBoundingClientRect())) out.push(k);
    return out;
  }
  // First child whose bottom reaches the band…
  let lo = 0;
  let hi = kids.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (kids[mid].getBoundingClientRect().bottom < top) lo = mid + 1;
    else hi = mid;
  }
  // …then forward while children start inside it (bounded).
  for (let i = lo; i < kids.length && out.length < 200; i++) {
    const r = kids[i].getBoundingClientRect();
    if (r.top > bottom) break;
    if (overlaps(r)) out.push(kids[i]);
  }
  return out;
}
