/** English compound adjectives: the number and its unit joined by a hyphen before a noun. */
import { describe, expect, it } from 'vitest';
import { one, valueUnit } from './helpers';

describe('compound adjectives', () => {
  it('a power figure before the noun: "a 60-megawatt campus"', () => {
    for (const [input, value, text] of [
      ['The company is building a 60-megawatt campus near Abilene.', 60e6, '60-megawatt'],
      ['It signed for a 1.2-gigawatt site in Texas.', 1.2e9, '1.2-gigawatt'],
      ['a 300-MW data center', 300e6, '300-MW'],
      ['a 5-kilowatt rack', 5e3, '5-kilowatt'],
    ] as const) {
      const c = one(input, 'en');
      expect([c.value, c.unit, c.text]).toEqual([value, 'W', text]);
    }
  });

  it('a duration before the noun: "a 12-year lease", "a 20-year lease"', () => {
    expect(valueUnit('OpenAI took a 12-year lease on the building.', 'en')).toEqual([12 * 365.25, 'duration']);
    expect(valueUnit('Oracle signed a 20-year lease for the site.', 'en')).toEqual([20 * 365.25, 'duration']);
    expect(valueUnit('a three-year contract', 'en')).toEqual([3 * 365.25, 'duration']);
    expect(valueUnit('a 90-day review', 'en')).toEqual([90, 'duration']);
  });

  it('money before the noun: "a $2-billion deal"', () => {
    for (const [input, value, unit, text] of [
      ['Nvidia announced a $2-billion deal with the startup.', 2e9, 'USD', '$2-billion'],
      ['a €500-million investment', 500e6, 'EUR', '€500-million'],
      ['a £1.5-billion programme', 1.5e9, 'GBP', '£1.5-billion'],
    ] as const) {
      const c = one(input, 'en');
      expect([c.value, c.unit, c.text]).toEqual([value, unit, text]);
    }
  });

  it('chips and percentages before the noun: "a 10,000-GPU cluster", "a 5-percent stake"', () => {
    expect(valueUnit('The lab runs a 10,000-GPU cluster.', 'en')).toEqual([10000, 'GPU']);
    expect(valueUnit('ASML bought a 5-percent stake.', 'en')).toEqual([5, 'percent']);
    expect(valueUnit('a 100,000-square-foot building', 'en')).toEqual([9290.304, 'm2']);
  });

  it('a word number with a hyphen: "a two-year delay", "a one-yen bid"', () => {
    expect(valueUnit('The project suffered a two-year delay.', 'en')).toEqual([2 * 365.25, 'duration']);
    expect(valueUnit('its controversial one-yen bid', 'en')).toEqual([1, 'JPY']);
  });

  it('a hyphen that is not a unit join stays out: "COVID-19", "Llama-3 model", "2024-2025"', () => {
    expect(one('In 2024-2025, the lab trained Llama-3 on 16,000 GPUs.', 'en').text).toBe('16,000 GPUs');
  });
});
