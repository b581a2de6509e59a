/** Dates as claims: a `year` claim that keeps its month, quarter or part of the year. A full date is no claim. */
import { describe, expect, it } from 'vitest';
import { claims, one } from './helpers';

const year = (input: string, lang: 'fr' | 'en' | 'de' | 'es' | 'it') => {
  const c = one(input, lang);
  expect(c.unit, input).toBe('year');
  return [c.value, c.period];
};

describe('dates as claims', () => {
  it('a month after a cue: "prévue en mars 2027", "expected in March 2027", "bis März 2027"', () => {
    expect(year('L’ouverture est prévue en mars 2027.', 'fr')).toEqual([2027, { month: 3 }]);
    expect(year('The campus is expected to open in March 2027.', 'en')).toEqual([2027, { month: 3 }]);
    expect(year('d’ici septembre 2028', 'fr')).toEqual([2028, { month: 9 }]);
    expect(year('Die Eröffnung ist bis März 2027 geplant.', 'de')).toEqual([2027, { month: 3 }]);
    expect(year('La apertura está prevista para febrero de 2027.', 'es')).toEqual([2027, { month: 2 }]);
    expect(year('L’apertura è prevista per il febbraio 2027.', 'it')).toEqual([2027, { month: 2 }]);
  });

  it('a part of the year: "mid-2027", "fin 2028", "early 2026", "Anfang 2027", "a finales de 2026"', () => {
    expect(year('The site should be online by mid-2027.', 'en')).toEqual([2027, { part: 'mid' }]);
    expect(year('Stargate expects the site to be complete by end-2026.', 'en')).toEqual([2026, { part: 'end' }]);
    expect(year('Le site ouvrira fin 2028.', 'fr')).toEqual([2028, { part: 'end' }]);
    expect(year('début 2026, le site sera prêt', 'fr')).toEqual([2026, { part: 'start' }]);
    expect(year('le site de Fouju sera livré courant 2026', 'fr')).toEqual([2026, undefined]);
    expect(year('deliveries start in early 2026', 'en')).toEqual([2026, { part: 'start' }]);
    expect(year('Der Start ist für Anfang 2027 geplant.', 'de')).toEqual([2027, { part: 'start' }]);
    expect(year('entrará en funcionamiento a finales de 2026', 'es')).toEqual([2026, { part: 'end' }]);
    expect(year('sarà operativo entro la fine del 2026', 'it')).toEqual([2026, { part: 'end' }]);
  });

  it('a quarter: "au troisième trimestre 2027", "Q3 2027", "in the fourth quarter of 2026"', () => {
    expect(year('La mise en service est attendue au troisième trimestre 2027.', 'fr')).toEqual([2027, { quarter: 3 }]);
    expect(year('First racks ship in Q3 2027.', 'en')).toEqual([2027, { quarter: 3 }]);
    expect(year('in the fourth quarter of 2026', 'en')).toEqual([2026, { quarter: 4 }]);
    expect(year('T1 2026', 'fr')).toEqual([2026, { quarter: 1 }]);
    expect(year('im dritten Quartal 2027', 'de')).toEqual([2027, { quarter: 3 }]);
    expect(year('en el tercer trimestre de 2027', 'es')).toEqual([2027, { quarter: 3 }]);
  });

  it('German puts the event after the year: "soll 2027 in Betrieb gehen", "wird 2026 eröffnet"', () => {
    expect(year('Die Anlage soll 2027 in Betrieb gehen.', 'de')).toEqual([2027, undefined]);
    expect(year('Das Rechenzentrum wird 2026 eröffnet.', 'de')).toEqual([2026, undefined]);
    expect(claims('Das Unternehmen wurde 2019 in Berlin von drei Gründern aufgebaut, sagt sie.', 'de')).toEqual([]);
  });

  it('a half: "au second semestre 2026", "in the second half of 2026", "H1 2027", "im zweiten Halbjahr 2026"', () => {
    expect(year('La production démarrera au second semestre 2026.', 'fr')).toEqual([2026, { half: 2 }]);
    expect(year('with the first gigawatt due in the second half of 2026', 'en')).toEqual([2026, { half: 2 }]);
    expect(year('Deliveries begin in H1 2027.', 'en')).toEqual([2027, { half: 1 }]);
    expect(year('im zweiten Halbjahr 2026', 'de')).toEqual([2026, { half: 2 }]);
    expect(year('en el primer semestre de 2027', 'es')).toEqual([2027, { half: 1 }]);
  });

  it('a bare year keeps no period: "prévue en 2027", "by 2030"', () => {
    expect(year('l’ouverture est prévue en 2027', 'fr')).toEqual([2027, undefined]);
    expect(year('by 2030', 'en')).toEqual([2030, undefined]);
  });

  it('a day, month and year is a date, not a claim: "le 12 mars 2027", "March 12, 2027"', () => {
    expect(claims('L’accord a été signé le 12 mars 2027.', 'fr')).toEqual([]);
    expect(claims('The deal was signed on March 12, 2027.', 'en')).toEqual([]);
    expect(claims('am 3. März 2027 unterzeichnet', 'de')).toEqual([]);
  });

  it('a past month after a weak cue is a date, not a claim: "bouclée en septembre 2025", "In January 2025, …"', () => {
    expect(claims('Sa série C, bouclée en septembre 2025, lui a rapporté gros.', 'fr')).toEqual([]);
    expect(claims('In January 2025, the White House hosted the launch.', 'en')).toEqual([]);
  });
});
