/**
 * The fact-base audit (scripts/facts-audit.ts, `npm run facts:audit`): the bundled base passes it,
 * and each rule of the classifier fails the citations it is meant to fail.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditFacts, auditPack, classifySource, formatAudit, loadLists, MIN_SHARE } from '../scripts/facts-audit';
import type { Fact } from '../engine/facts/schema';

const lists = loadLists();

function fact(id: string, sources: { url: string; publisher?: string; date?: string }[]): Fact {
  return {
    id, subject: { name: 'X', aliases: [] }, metric: 'investment', keywords: {}, value: 1, unit: 'EUR',
    asOf: '2025-01-01', statement: { en: 'x' },
    sources: sources.map((s) => ({ publisher: s.publisher ?? 'P', title: 't', url: s.url, date: s.date ?? '2025-01-01' })),
  } as Fact;
}

function handWritten(): Fact[] {
  const dir = join(__dirname, '..', 'facts', 'src');
  return readdirSync(dir).filter((f) => f.endsWith('.json')).flatMap((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Fact[]);
}

describe('facts audit: the bundled base', () => {
  it('the hand-written facts (facts/src) pass on their own, with at least 200 facts', () => {
    const facts = handWritten();
    const r = auditFacts(facts, lists);
    expect(r.failures, formatAudit(r)).toEqual([]);
    expect(facts.length).toBeGreaterThanOrEqual(200);
  });

  it('passes: no denylisted or non-article citation, no "via" publisher, every fact has a primary or newsroom source', () => {
    const r = auditPack();
    expect(r.failures, formatAudit(r)).toEqual([]);
    expect(r.totals.share).toBeGreaterThanOrEqual(MIN_SHARE);
    expect(r.totals.facts).toBeGreaterThan(100);
  });
});

describe('facts audit: classifier', () => {
  it('primary, newsroom and other domains (subdomains included)', () => {
    expect(classifySource('https://openai.com/index/announcing-the-stargate-project/', lists).kind).toBe('primary');
    expect(classifySource('https://digital-strategy.ec.europa.eu/en/news/x', lists).kind).toBe('primary');
    expect(classifySource('https://www.reuters.com/technology/x-2025-01-21/', lists).kind).toBe('newsroom');
    expect(classifySource('https://investir.lesechos.fr/x', lists).kind).toBe('newsroom');
    expect(classifySource('https://example-blog.net/story', lists).kind).toBe('other');
    for (const u of ['https://openai.com/x', 'https://www.reuters.com/x']) {
      expect(classifySource(u, lists, 'Reuters').problems).toEqual([]);
    }
  });

  it('denylisted domains fail, with their subdomains and wildcard suffixes', () => {
    for (const u of [
      'https://news-you-need.com/a', 'https://wpnews.pro/news/a', 'https://vuink.com/post/x', 'https://nextweb.blog/x',
      'https://unn.ua/en/news/x', 'https://www.republicworld.com/x', 'https://creatiai-nuxt.pages.dev/post/x',
      'https://wjn5.blogspot.com/2025/09/x.html', 'https://www.mexc.in/news/1', 'https://cryptoblog.tv/x',
    ]) {
      const c = classifySource(u, lists);
      expect(c.problems.some((p) => p.startsWith('denylisted domain')), u).toBe(true);
    }
  });

  it('URL shapes that are not articles fail: API endpoints, feeds, staging/testing hosts, proxies, home pages', () => {
    const cases: [string, RegExp][] = [
      ['https://www.lemonde.fr/wp-json/wp/v2/posts/123', /API endpoint/],
      ['https://www.lemonde.fr/api/v1/article/1', /API endpoint/],
      ['https://www.lemonde.fr/economie/rss_full.xml', /API endpoint or feed/],
      ['https://www.lemonde.fr/?feed=rss2', /query-string feed/],
      ['https://testing.reuters.com/x/y', /staging\/testing/],
      ['https://staging.lemonde.fr/x', /staging\/testing/],
      ['https://www-reuters-com.translate.goog/x', /proxy or cache host/],
      ['https://proxy.example.org/https/reuters.com/x', /staging\/testing\/proxy host/],
      ['https://www.reuters.com/', /home page/],
      ['http://93.184.216.34/article', /bare IP/],
    ];
    for (const [u, re] of cases) {
      const c = classifySource(u, lists);
      expect(c.problems.join(' | '), u).toMatch(re);
    }
  });

  it('"via" publishers fail', () => {
    const c = classifySource('https://www.euronews.com/x/y', lists, 'Euronews (via news-you-need.com)');
    expect(c.problems.join(' | ')).toMatch(/"via" publisher/);
    expect(classifySource('https://www.euronews.com/x/y', lists, 'Euronews').problems).toEqual([]);
  });

  it('an archive copy counts as the original it archives', () => {
    const a = classifySource('https://web.archive.org/web/20250122000000/https://openai.com/index/announcing-the-stargate-project/', lists);
    expect(a).toMatchObject({ kind: 'primary', archived: true, problems: [] });
    const b = classifySource('https://archive.ph/2025.01.21-120000/https://www.reuters.com/technology/x/', lists);
    expect(b).toMatchObject({ kind: 'newsroom', archived: true });
    const c = classifySource('https://web.archive.org/web/2025/https://wpnews.pro/news/x', lists);
    expect(c.problems.join(' | ')).toMatch(/archived original: denylisted/);
    const d = classifySource('https://archive.ph/AbCdE', lists);
    expect(d).toMatchObject({ kind: 'archive', archived: true });
  });

  it('a fact without a primary or newsroom source fails; single-source facts are flagged; below 90% fails', () => {
    const facts = [
      fact('good', [{ url: 'https://openai.com/x' }, { url: 'https://www.reuters.com/x' }]),
      fact('weak', [{ url: 'https://example-blog.net/x' }]),
    ];
    const r = auditFacts(facts, lists, new Date('2025-01-11'));
    expect(r.rows.find((x) => x.id === 'good')).toMatchObject({ singleSource: false, strong: true, ageDays: 10 });
    expect(r.rows.find((x) => x.id === 'weak')).toMatchObject({ singleSource: true, strong: false });
    expect(r.failures).toContain('weak: no primary or newsroom source');
    expect(r.failures.some((f) => /only 50\.0% of facts/.test(f))).toBe(true);
    expect(r.totals).toMatchObject({ facts: 2, citations: 3, primary: 1, newsroom: 1, other: 1, singleSource: 1 });
  });

  it('an archive copy of a weak page does not make a fact strong', () => {
    const r = auditFacts([fact('arch', [{ url: 'https://archive.ph/AbCdE' }])], lists);
    expect(r.failures).toContain('arch: no primary or newsroom source');
    expect(r.totals.archive).toBe(1);
  });
});
