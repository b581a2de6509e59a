/**
 * `npm run facts:audit`: who the bundled fact base cites.
 *
 * For every fact of the bundled pack (whatever facts/node.ts's loadBundledPack() loads: the
 * hand-written facts/src/*.json and any generated pack it merges) it prints its sources' kinds —
 * primary (the original publisher: company, government, EU, filing, press-release wire), newsroom
 * (an established news organisation or trade press), archive (an archive copy, counted as the
 * original it archives), other —, whether it rests on one source, and the age of its newest source;
 * then totals. Domain lists live in facts/denylist.json.
 *
 * It exits 1 on: a denylisted domain (content farm, repost, proxy, mirror); a URL that is not an
 * article (API endpoint, feed, staging or testing host, proxy, home page); a "via" publisher
 * ("X (via Y)"); a fact with no primary or newsroom source; fewer than 90% of facts citing a
 * primary publisher or an established newsroom.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Fact, FactPack, Source } from '../engine/facts/schema';
import { ROOT, loadBundledPack } from '../facts/node';

export type SourceKind = 'primary' | 'newsroom' | 'archive' | 'other';

export interface DomainLists {
  deny: string[];
  primary: string[];
  newsroom: string[];
  archive: string[];
  nonArticle: { hostPrefixes: string[]; hostContains: string[]; pathPatterns: string[]; queryKeys: string[] };
  /** Structural rules for original publishers: government, public research and university hosts, investor-relations hosts. */
  primaryPatterns?: { hostSuffixes: string[]; hostPrefixes: string[] };
}

export interface SourceClass {
  url: string;
  host: string;
  /** What the citation counts as: an archive copy counts as the original it archives. */
  kind: SourceKind;
  /** True when the URL is an archive copy (kind is then the archived original's kind, or 'archive'). */
  archived: boolean;
  /** Problems that fail the audit (empty when the citation is acceptable). */
  problems: string[];
}

export const MIN_SHARE = 0.9;

export function loadLists(path = join(ROOT, 'facts', 'denylist.json')): DomainLists {
  return JSON.parse(readFileSync(path, 'utf8')) as DomainLists;
}

function bare(domain: string): string {
  return domain.toLowerCase().replace(/^\*\./, '').replace(/^www\./, '');
}

/** True when `host` is `domain` or one of its subdomains. */
export function hostMatches(host: string, domain: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  const d = bare(domain);
  return h === d || h.endsWith(`.${d}`);
}

function inList(host: string, list: string[]): boolean {
  return list.some((d) => hostMatches(host, d));
}

/** The archived URL inside an archive.org / archive.ph address, when it is written there. */
export function archivedOriginal(u: URL): string | undefined {
  const rest = u.pathname + u.search;
  const m = /(https?):\/\/?(.+)$/i.exec(rest);
  if (m) return `${m[1]}://${m[2]}`;
  const n = /^\/(?:web\/)?[\d.-]{4,20}[a-z_]*\/([^/]+\.[a-z]{2,}\/.*)$/i.exec(rest);
  return n ? `https://${n[1]}` : undefined;
}

function nonArticleProblems(u: URL, lists: DomainLists): string[] {
  const out: string[] = [];
  const host = u.hostname.toLowerCase();
  const na = lists.nonArticle;
  const prefix = na.hostPrefixes.find((p) => host.startsWith(p) || host.startsWith(`www.${p}`));
  if (prefix) out.push(`staging/testing/proxy host (${host})`);
  const contains = na.hostContains.find((c) => host.includes(c));
  if (contains && !prefix) out.push(`proxy or cache host (${host})`);
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.startsWith('[')) out.push(`bare IP host (${host})`);
  const path = u.pathname.toLowerCase();
  const pat = na.pathPatterns.find((p) => new RegExp(p, 'i').test(path));
  if (pat) out.push(`not an article: API endpoint or feed (${u.pathname})`);
  const keys = [...u.searchParams.keys()].map((k) => k.toLowerCase());
  const key = keys.find((k) => na.queryKeys.includes(k));
  if (key) out.push(`not an article: query-string feed, API call or proxy (?${key}=)`);
  if ((path === '/' || path === '') && !u.search) out.push(`not an article: a home page (${u.href})`);
  return out;
}

function isPrimaryByShape(host: string, lists: DomainLists): boolean {
  const p = lists.primaryPatterns;
  if (!p) return false;
  return p.hostSuffixes.some((x) => host.endsWith(x)) || p.hostPrefixes.some((x) => host.startsWith(x));
}

/** Classifies one cited URL (and its publisher field, for "via" credits). */
export function classifySource(url: string, lists: DomainLists, publisher?: string): SourceClass {
  const problems: string[] = [];
  if (publisher !== undefined && /\bvia\b/i.test(publisher)) {
    problems.push(`"via" publisher (${publisher}): name whoever published the page at that URL`);
  }
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return { url, host: '', kind: 'other', archived: false, problems: [...problems, 'not a URL'] };
  }
  const host = u.hostname.toLowerCase().replace(/^www\./, '');
  if (inList(host, lists.archive)) {
    const inner = archivedOriginal(u);
    if (!inner) return { url, host, kind: 'archive', archived: true, problems };
    const c = classifySource(inner, lists);
    return { url, host, kind: c.kind, archived: true, problems: [...problems, ...c.problems.map((p) => `archived original: ${p}`)] };
  }
  if (inList(host, lists.deny)) problems.push(`denylisted domain (${host})`);
  problems.push(...nonArticleProblems(u, lists));
  const kind: SourceKind = inList(host, lists.primary) || isPrimaryByShape(host, lists) ? 'primary' : inList(host, lists.newsroom) ? 'newsroom' : 'other';
  return { url, host, kind, archived: false, problems };
}

export interface FactRow {
  id: string;
  sources: number;
  kinds: string[];
  singleSource: boolean;
  /** Days between the newest source's date and `today`. */
  ageDays: number;
  strong: boolean;
  problems: string[];
}

export interface AuditResult {
  rows: FactRow[];
  totals: { facts: number; citations: number; primary: number; newsroom: number; archive: number; other: number; singleSource: number; strongFacts: number; share: number };
  failures: string[];
}

function days(from: string, to: Date): number {
  const d = new Date(from.length === 7 ? `${from}-01` : from);
  return Math.floor((to.getTime() - d.getTime()) / 86_400_000);
}

export function auditFacts(facts: Fact[], lists: DomainLists, today = new Date()): AuditResult {
  const rows: FactRow[] = [];
  const failures: string[] = [];
  const t = { facts: facts.length, citations: 0, primary: 0, newsroom: 0, archive: 0, other: 0, singleSource: 0, strongFacts: 0, share: 0 };
  for (const f of facts) {
    const classes = f.sources.map((s: Source) => classifySource(s.url, lists, s.publisher));
    const problems = classes.flatMap((c, i) => c.problems.map((p) => `sources[${i}] ${p}`));
    for (const c of classes) {
      t.citations++;
      if (c.archived) t.archive++;
      else t[c.kind]++;
    }
    const strong = classes.some((c) => c.kind === 'primary' || c.kind === 'newsroom');
    if (!strong) problems.push('no primary or newsroom source');
    const hosts = new Set(classes.map((c) => c.host));
    const single = hosts.size < 2;
    if (single) t.singleSource++;
    if (strong) t.strongFacts++;
    const newest = f.sources.map((s) => s.date).sort().at(-1) ?? f.asOf;
    rows.push({
      id: f.id,
      sources: f.sources.length,
      kinds: classes.map((c) => (c.archived ? `archive→${c.kind}` : c.kind)),
      singleSource: single,
      ageDays: days(newest, today),
      strong,
      problems,
    });
    for (const p of problems) failures.push(`${f.id}: ${p}`);
  }
  t.share = facts.length ? t.strongFacts / facts.length : 1;
  if (t.share < MIN_SHARE) {
    failures.push(`only ${(t.share * 100).toFixed(1)}% of facts cite a primary publisher or an established newsroom (need ≥ ${MIN_SHARE * 100}%)`);
  }
  return { rows, totals: t, failures };
}

export function auditPack(pack: FactPack = loadBundledPack(), lists = loadLists(), today = new Date()): AuditResult {
  return auditFacts(pack.facts, lists, today);
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

export function formatAudit(r: AuditResult): string {
  const lines: string[] = [];
  const w = Math.min(60, Math.max(4, ...r.rows.map((x) => x.id.length)));
  lines.push(`${pad('fact', w)}  src  single  newest(days)  kinds`);
  for (const x of r.rows) {
    lines.push(`${pad(x.id, w)}  ${pad(String(x.sources), 3)}  ${pad(x.singleSource ? 'yes' : '', 6)}  ${pad(String(x.ageDays), 12)}  ${x.kinds.join(', ')}${x.problems.length ? '  ✗' : ''}`);
  }
  const t = r.totals;
  lines.push('');
  lines.push(`facts ${t.facts} · citations ${t.citations} (primary ${t.primary}, newsroom ${t.newsroom}, archive ${t.archive}, other ${t.other})`);
  lines.push(`single-source facts ${t.singleSource} · facts citing a primary publisher or an established newsroom: ${t.strongFacts} (${(t.share * 100).toFixed(1)}%, need ≥ ${MIN_SHARE * 100}%)`);
  if (r.failures.length) {
    lines.push('');
    lines.push(`FAILED: ${r.failures.length} problem(s)`);
    for (const f of r.failures) lines.push(`  ${f}`);
  } else {
    lines.push('audit passed');
  }
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = auditPack();
  console.log(formatAudit(r));
  process.exit(r.failures.length ? 1 : 0);
}
