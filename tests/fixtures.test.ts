/**
 * Fixture pages: tests/fixtures/<slug>/source.html (a whole news-like page) and expected.json (every
 * figure the page prints). Each page goes through what the extension does: visible text with the
 * content script's walker (pageFromHtml), extraction and checking against the bundled pack. Adding a
 * folder adds a test.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageFromHtml } from '../cli/page';
import type { Claim } from '../engine/types';
import { checkWithBundled, compareFigures, ROOT, type ExpectedFigure } from './helpers';

const FIXTURES = join(ROOT, 'tests', 'fixtures');
const slugs = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(FIXTURES, d.name, 'source.html')))
  .map((d) => d.name)
  .sort();

/** Text inside <script>, <noscript> and <style>: never visible, so never read. */
function hiddenBlocks(html: string): string[] {
  return [...html.matchAll(/<(script|noscript|style)\b[^>]*>([\s\S]*?)<\/\1>/gi)].map((m) => m[2]);
}

/** Numbers as printed ("48213", "4 999", "0.87"), to look for in the visible text. */
function numbersIn(s: string): string[] {
  return [...s.matchAll(/\d+(?:[ \u00A0\u202F.,]\d+)*/g)].map((m) => m[0]);
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('fixture pages', () => {
  it('has at least six fixture pages, each with an expected.json', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(6);
    for (const slug of slugs) expect(existsSync(join(FIXTURES, slug, 'expected.json')), slug).toBe(true);
  });

  describe.each(slugs)('%s', (slug) => {
    const html = readFileSync(join(FIXTURES, slug, 'source.html'), 'utf8');
    const expected = JSON.parse(readFileSync(join(FIXTURES, slug, 'expected.json'), 'utf8')) as {
      figures: (ExpectedFigure & Pick<Claim, 'per' | 'period' | 'loss'>)[];
    };
    const page = pageFromHtml(html);
    const claims = checkWithBundled(page.text, { title: page.title, pageLang: page.lang });

    it('reads the page language and title', () => {
      // The page reader maps fr and en; other languages are detected from the text by the engine.
      const declared = /<html[^>]*\blang="([a-z]{2})/i.exec(html)?.[1].toLowerCase();
      if (declared === 'fr' || declared === 'en') expect(page.lang).toBe(declared);
      else expect([declared, undefined]).toContain(page.lang);
      expect(page.title.length).toBeGreaterThan(0);
    });

    it('finds every expected figure with its value, unit and verdict, and nothing else', () => {
      expect(expected.figures.length).toBeGreaterThan(0);
      expect(compareFigures(claims, expected.figures)).toEqual([]);
    });

    it('keeps what a figure is per, the period of a year and losses, where the page states them', () => {
      const used = new Set<number>();
      for (const want of expected.figures) {
        const i = claims.findIndex((c, k) => !used.has(k) && c.text === want.text);
        if (i < 0) continue; // reported by the test above
        used.add(i);
        const got = claims[i];
        expect([got.per, got.period, got.loss], want.text).toEqual([want.per, want.period, want.loss]);
      }
    });

    it('keeps claim offsets and sentences consistent with the page text', () => {
      for (const c of claims) {
        expect(page.text.slice(c.start, c.end)).toBe(c.text);
        expect(c.sentence).toContain(c.text);
        if (c.verdict !== 'unverified') expect(c.fact, c.text).not.toBeNull();
        if (c.verdict === 'outdated') expect(c.newer, c.text).toBeDefined();
        expect(c.explanation.length).toBeGreaterThan(0);
      }
    });

    it('never reads numbers from <script>, <noscript> or <style>', () => {
      const blocks = hiddenBlocks(html);
      expect(blocks.some((b) => /\d/.test(b)), 'each fixture hides numbers in a script').toBe(true);
      for (const block of blocks) {
        // The whole block is absent from the visible text…
        expect(page.text).not.toContain(block.trim().slice(0, 40));
        // …and so is every number it holds (fixtures pick script numbers the page never prints).
        for (const n of numbersIn(block)) {
          const printed = new RegExp(`(?<![\\d.,])${escapeRe(n)}(?![\\d])`);
          expect(page.text, `script number ${n}`).not.toMatch(printed);
          for (const c of claims) expect(c.text, `claim from script number ${n}`).not.toMatch(printed);
        }
      }
    });
  });
});
