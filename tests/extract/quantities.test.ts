/** The AI-infrastructure quantities besides money, power and chips, in their base units. */
import { describe, expect, it } from 'vitest';
import { claims, one, valueUnit } from './helpers';

const close = ([v, u]: [number, string]): [number, string] => [+v.toPrecision(6), u];

describe('compute (FLOPS)', () => {
  it('"40 exaflops", "2 pétaflops", "10 PFLOPS", "1.4 exaFLOPS", "5 FLOP/s"', () => {
    expect(valueUnit('a supercomputer of 40 exaflops', 'en')).toEqual([40e18, 'FLOPS']);
    expect(valueUnit('une machine de 2 pétaflops', 'fr')).toEqual([2e15, 'FLOPS']);
    expect(valueUnit('10 PFLOPS of compute', 'en')).toEqual([10e15, 'FLOPS']);
    expect(valueUnit('1.4 exaFLOPS', 'en')).toEqual([1.4e18, 'FLOPS']);
    expect(valueUnit('3 zettaflops', 'en')).toEqual([3e21, 'FLOPS']);
    expect(valueUnit('200 teraflops', 'en')).toEqual([200e12, 'FLOPS']);
    expect(valueUnit('1 EFLOP/s', 'en')).toEqual([1e18, 'FLOPS']);
  });
});

describe('memory and storage (B)', () => {
  it('"80 GB", "1,5 Po", "192 Go", "30 TB", "2 petabytes", "500 Terabyte"', () => {
    expect(valueUnit('80 GB of memory', 'en')).toEqual([80e9, 'B']);
    expect(valueUnit('1,5 Po de stockage', 'fr')).toEqual([1.5e15, 'B']);
    expect(valueUnit('192 Go de mémoire', 'fr')).toEqual([192e9, 'B']);
    expect(valueUnit('30 TB', 'en')).toEqual([30e12, 'B']);
    expect(valueUnit('2 petabytes', 'en')).toEqual([2e15, 'B']);
    expect(valueUnit('500 Terabyte Speicher', 'de')).toEqual([500e12, 'B']);
  });

  it('French symbols count only as printed: "5 to" in running text is no data', () => {
    expect(claims('de 3 à 5 to', 'fr').filter((c) => c.unit === 'B')).toEqual([]);
  });
});

describe('area (m2)', () => {
  it('"20 000 m²", "10 hectares", "500 acres", "1 million square feet", "40 ha", "5 Hektar"', () => {
    expect(valueUnit('un bâtiment de 20 000 m²', 'fr')).toEqual([20000, 'm2']);
    expect(valueUnit('un terrain de 10 hectares', 'fr')).toEqual([1e5, 'm2']);
    expect(close(valueUnit('a 500 acres site', 'en'))).toEqual([2.02343e6, 'm2']);
    expect(close(valueUnit('1 million square feet', 'en'))).toEqual([92903, 'm2']);
    expect(valueUnit('sur 40 ha', 'fr')).toEqual([4e5, 'm2']);
    expect(valueUnit('5 Hektar', 'de')).toEqual([5e4, 'm2']);
    expect(valueUnit('30.000 metros cuadrados', 'es')).toEqual([30000, 'm2']);
    expect(valueUnit('12 ettari', 'it')).toEqual([12e4, 'm2']);
  });
});

describe('length (m), mass (t), water (L and L/day)', () => {
  it('distances: "5 km", "10 miles", "300 kilomètres"', () => {
    expect(valueUnit('à 5 km de Paris', 'fr')).toEqual([5000, 'm']);
    expect(close(valueUnit('10 miles away', 'en'))).toEqual([16093.4, 'm']);
    expect(valueUnit('300 kilomètres de fibre', 'fr')).toEqual([300e3, 'm']);
  });

  it('mass: "1 000 tonnes", "50,000 tonnes", "2 Mt"', () => {
    expect(valueUnit('1 000 tonnes d’acier', 'fr')).toEqual([1000, 't']);
    expect(valueUnit('50,000 tonnes of steel', 'en')).toEqual([50000, 't']);
    expect(valueUnit('2 Mt de CO2', 'fr')).toEqual([2e6, 't']);
  });

  it('water: "2 millions de litres", "1 000 m³", "5 million gallons per day"', () => {
    expect(valueUnit('2 millions de litres d’eau', 'fr')).toEqual([2e6, 'L']);
    expect(valueUnit('1 000 m³ par an', 'fr')).toEqual([1e6, 'L']);
    expect(close(valueUnit('5 million gallons per day', 'en'))).toEqual([1.89271e7, 'L/day']);
    expect(valueUnit('500 000 litres par jour', 'fr')).toEqual([5e5, 'L/day']);
  });

  it('energy stays Wh: "300 TWh", "1,2 GWh par an"', () => {
    expect(valueUnit('300 TWh', 'fr')).toEqual([300e12, 'Wh']);
    const c = one('1,2 GWh par an', 'fr');
    expect([c.value, c.unit, c.per]).toEqual([1.2e9, 'Wh', 'year']);
  });
});

describe('multipliers (factor)', () => {
  it('"multiplié par cinq", "deux fois plus", "seven times the", "10x", "a factor of 3", "tenfold" ', () => {
    expect(valueUnit('La capacité sera multipliée par cinq.', 'fr')).toEqual([5, 'factor']);
    expect(valueUnit('deux fois plus de puces', 'fr')).toEqual([2, 'factor']);
    expect(valueUnit('seven times the power of Colossus', 'en')).toEqual([7, 'factor']);
    expect(valueUnit('a 10x jump in compute', 'en')).toEqual([10, 'factor']);
    expect(claims('une capacité ×4 en deux ans', 'fr').map((c) => [c.text, c.unit])).toEqual([['×4', 'factor'], ['deux ans', 'duration']]);
    expect(claims('runs on x86 servers', 'en')).toEqual([]);
    expect(valueUnit('by a factor of 3', 'en')).toEqual([3, 'factor']);
    expect(valueUnit('a 4-fold increase', 'en')).toEqual([4, 'factor']);
    expect(valueUnit('a tenfold increase in compute', 'en')).toEqual([10, 'factor']);
    expect(valueUnit('Die Rechenleistung hat sich verzehnfacht.', 'de')).toEqual([10, 'factor']);
    expect(valueUnit('zehn mal mehr Rechenleistung', 'de')).toEqual([10, 'factor']);
    expect(valueUnit('tres veces más', 'es')).toEqual([3, 'factor']);
    expect(valueUnit('tre volte più', 'it')).toEqual([3, 'factor']);
  });

  it('"times" counting occurrences is no factor: "met seven times", "1920x1080"', () => {
    expect(claims('The board met seven times.', 'en')).toEqual([]);
    expect(claims('a 1920x1080 screen', 'en').filter((c) => c.unit === 'factor')).toEqual([]);
  });
});

describe('per-unit figures (per)', () => {
  it('"130 kW par baie", "64 GPUs per rack", "$40 billion per gigawatt", "1 MW pro Rack"', () => {
    for (const [input, lang, value, unit, per] of [
      ['Chaque salle accueille 130 kW par baie.', 'fr', 130e3, 'W', 'rack'],
      ['The NVL72 holds 64 GPUs per rack.', 'en', 64, 'GPU', 'rack'],
      ['about $40 billion per gigawatt', 'en', 40e9, 'USD', 'gigawatt'],
      ['1 MW pro Rack', 'de', 1e6, 'W', 'rack'],
      ['8 GPU por servidor', 'es', 8, 'GPU', 'server'],
      ['100 kW per rack', 'it', 100e3, 'W', 'rack'],
      ['140 kW/rack', 'en', 140e3, 'W', 'rack'],
      ['$5 billion a year', 'en', 5e9, 'USD', 'year'],
    ] as const) {
      const c = one(input, lang);
      expect([c.value, c.unit, c.per], input).toEqual([value, unit, per]);
    }
  });

  it('no per without a known noun, nor before a year: "40 MW par ailleurs", "18.000 GPUs im Jahr 2027"', () => {
    expect(one('40 MW par ailleurs', 'fr').per).toBeUndefined();
    expect(claims('Es sollen 18.000 GPUs im Jahr 2027 in Betrieb gehen.', 'de').map((c) => [c.text, c.per])).toEqual([
      ['18.000 GPUs', undefined], ['2027', undefined],
    ]);
  });

  it('a material between the figure and "per": "2 millions de litres d’eau par jour", "5 Millionen Liter Wasser im Jahr"', () => {
    expect(valueUnit('2 millions de litres d’eau par jour', 'fr')).toEqual([2e6, 'L/day']);
    const c = one('5 Millionen Liter Wasser im Jahr', 'de');
    expect([c.value, c.unit, c.per]).toEqual([5e6, 'L', 'year']);
  });
});
