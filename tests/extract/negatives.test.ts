/**
 * Negative amounts and losses. A printed sign makes the value negative ("-40 €", "minus five
 * percent", "($12.50)" in a table); a loss stated in words keeps a positive value and sets `loss`.
 */
import { describe, expect, it } from 'vitest';
import { claims, one } from './helpers';

describe('negative figures', () => {
  it('a printed minus: "-40 €", "−3 %", "minus five percent"', () => {
    for (const [input, lang, value, unit, text] of [
      ['Le titre a perdu -40 € sur la séance.', 'fr', -40, 'EUR', '-40 €'],
      ['une marge de −3 %', 'fr', -3, 'percent', '−3 %'],
      ['just need minus five percent', 'en', -5, 'percent', 'five percent'],
      ['a margin of -2.5%', 'en', -2.5, 'percent', '-2.5%'],
    ] as const) {
      const c = one(input, lang);
      expect([c.value, c.unit, c.text], input).toEqual([value, unit, text]);
    }
  });

  it('a hyphen between numbers is a range, not a minus: "10-20 MW", "2024-2025"', () => {
    const c = one('a 10-20 MW site', 'en');
    expect([c.approx, c.low, c.high]).toEqual(['range', 10e6, 20e6]);
  });

  it('an amount alone in parentheses, in a table or after a label, is negative: "Net result: ($12.50)"', () => {
    const c = one('Net result: ($12.50)', 'en');
    expect([c.value, c.unit]).toEqual([-12.5, 'USD']);
    expect(one('($4.2 million)', 'en').value).toBe(-4.2e6);
    expect(claims('Revenue\t$10 million\nNet income\t($2 million)', 'en').map((c) => c.value)).toEqual([10e6, -2e6]);
  });

  it('a parenthesised amount in prose is an aside: "the round ($2bn) was led by ASML"', () => {
    expect(one('The latest round ($2bn) was led by ASML.', 'en').value).toBe(2e9);
    expect(one('La levée (1,7 milliard d’euros) a été menée par ASML.', 'fr').value).toBe(1.7e9);
  });

  it('a conversion in parentheses stays positive: "£10 ($12.50)", "1,6 milliard (2,5 milliards de $)"', () => {
    expect(claims('a fee of £10 ($12.50)', 'en').map((c) => c.value)).toEqual([10, 12.5]);
    expect(claims('un déficit de 1,6 milliard d’euros (1,8 milliard de $)', 'fr').map((c) => c.value)).toEqual([1.6e9, 1.8e9]);
  });
});

describe('losses', () => {
  it('"a loss of $5 billion": value positive, `loss` set', () => {
    for (const [input, lang, value] of [
      ['OpenAI posted a loss of $5 billion last year.', 'en', 5e9],
      ['The firm reported a net loss of about $1.2 billion.', 'en', 1.2e9],
      ['une perte nette de 40 millions d’euros', 'fr', 40e6],
      ['ein Verlust von 300 Millionen Euro', 'de', 300e6],
      ['una pérdida de 20 millones de euros', 'es', 20e6],
      ['una perdita di 15 milioni di euro', 'it', 15e6],
    ] as const) {
      const c = one(input, lang);
      expect([c.value, c.loss], input).toEqual([value, true]);
    }
  });

  it('no loss without the word: "a profit of $5 billion"', () => {
    expect(one('a profit of $5 billion', 'en').loss).toBeUndefined();
  });
});
