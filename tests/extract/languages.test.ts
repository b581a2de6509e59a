/** German, Spanish and Italian figures, and which language a short line is read in. */
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../engine/extract/extract';
import { one, valueUnit } from './helpers';

describe('German', () => {
  it('"1,2 Mrd. Euro", "1,2 Milliarden Euro", "500 Mio. €", "18.000 GPUs", "40 Megawatt", "rund 2 Milliarden"', () => {
    expect(valueUnit('Das Projekt kostet 1,2 Mrd. Euro.', 'de')).toEqual([1.2e9, 'EUR']);
    expect(valueUnit('1,2 Milliarden Euro', 'de')).toEqual([1.2e9, 'EUR']);
    expect(valueUnit('500 Mio. €', 'de')).toEqual([500e6, 'EUR']);
    expect(valueUnit('18.000 GPUs', 'de')).toEqual([18000, 'GPU']);
    expect(valueUnit('40 Megawatt', 'de')).toEqual([40e6, 'W']);
    expect(valueUnit('1 Billion Euro', 'de')).toEqual([1e12, 'EUR']);
    expect(valueUnit('3,5 Millionen US-Dollar', 'de')).toEqual([3.5e6, 'USD']);
    const c = one('Der Konzern investiert rund 2 Milliarden Euro.', 'de');
    expect([c.value, c.approx]).toEqual([2e9, 'about']);
  });

  it('"rund 2 Milliarden" with the currency a sentence before', () => {
    const out = extractClaims('Die erste Phase kostet 1 Milliarde Euro. Insgesamt sind es rund 2 Milliarden.', { lang: 'de' });
    expect(out.map((c) => [c.value, c.unit, c.approx])).toEqual([[1e9, 'EUR', 'exact'], [2e9, 'EUR', 'about']]);
  });
});

describe('Spanish', () => {
  it('"1.200 millones de euros", "1,2 mil millones", "40 MW", "unos 18.000 procesadores", "billón" = 10¹²', () => {
    expect(valueUnit('una inversión de 1.200 millones de euros', 'es')).toEqual([1.2e9, 'EUR']);
    expect(valueUnit('1,2 mil millones de dólares', 'es')).toEqual([1.2e9, 'USD']);
    expect(valueUnit('40 MW', 'es')).toEqual([40e6, 'W']);
    expect(valueUnit('1 billón de euros', 'es')).toEqual([1e12, 'EUR']);
    const c = one('contará con unos 18.000 procesadores', 'es');
    expect([c.value, c.unit, c.approx]).toEqual([18000, 'GPU', 'about']);
  });
});

describe('Italian', () => {
  it('"1,2 miliardi di euro", "500 milioni", "circa 18.000 GPU", "bilione" = 10¹²', () => {
    expect(valueUnit('un investimento di 1,2 miliardi di euro', 'it')).toEqual([1.2e9, 'EUR']);
    expect(valueUnit('500 milioni di dollari', 'it')).toEqual([500e6, 'USD']);
    expect(valueUnit('1 bilione di euro', 'it')).toEqual([1e12, 'EUR']);
    const c = one('circa 18.000 GPU', 'it');
    expect([c.value, c.unit, c.approx]).toEqual([18000, 'GPU', 'about']);
  });
});

describe('the language of a short line', () => {
  it('"$25,000" and "300,000 dollars" read as English when the page gives no language', () => {
    expect(valueUnit('$25,000')).toEqual([25000, 'USD']);
    expect(valueUnit('300,000 dollars')).toEqual([300000, 'USD']);
    expect(valueUnit('US$1,500')).toEqual([1500, 'USD']);
    expect(valueUnit('€2bn')).toEqual([2e9, 'EUR']);
  });

  it('the page language wins when known: "1,500 dollars" on a French page is 1.5 dollars', () => {
    expect(valueUnit('1,500 dollars', 'fr')).toEqual([1.5, 'USD']);
    expect(valueUnit('1,500 dollars')).toEqual([1500, 'USD']);
    expect(valueUnit('$25,000', 'en')).toEqual([25000, 'USD']);
  });

  it('a sentence clearly in another language than the page is read in its own', () => {
    const out = extractClaims('Le site est en Allemagne. Das Rechenzentrum bekommt 18.000 GPUs und wird im Jahr 2027 eröffnet.', { lang: 'fr' });
    expect(out[0].lang).toBe('de');
    expect(out[0].value).toBe(18000);
  });
});
