/**
 * "A false contradicted is the worst bug this product can have." Sentences written to tempt the
 * matcher into crying wolf, against the bundled fact base: none of them may be contradicted.
 * And the wrong figures that *are* clearly about a sourced fact must still be caught.
 */
import { describe, expect, it } from 'vitest';
import { checkText } from '../engine/check-text';
import { Checker } from '../engine/match/check';
import { prepareFactBase } from '../engine/match/fact-base';
import { loadBundledPack, loadRates } from '../facts/node';
import { explainAll } from '../i18n/explain';

const checker = new Checker(prepareFactBase([loadBundledPack()], loadRates()), explainAll);
const verdictOf = (text: string, figure: string) => checkText(checker, text).find((c) => c.text === figure)?.verdict;

describe('never cry wolf', () => {
  const tempting: [string, string][] = [
    // The name is the source of the statement, not whose figure it is.
    ['Selon Mistral, le marché européen du cloud pèse 100 milliards d’euros.', '100 milliards d’euros'],
    ['D’après OpenAI, le secteur pèsera 2 000 milliards de dollars.', '2 000 milliards de dollars'],
    // A figure between two recorded figures of a growing quantity is history, not an error.
    ['xAI’s Colossus in Memphis now runs 150,000 GPUs.', '150,000 GPUs'],
    // Someone we have no fact about is named next to the figure.
    ['Mistral et Helsing disposeront chacun de 9 000 puces Nvidia.', '9 000 puces'],
    ['Mistral a levé 1,7 milliard d’euros, et sa voisine Pigment 145 millions d’euros.', '145 millions d’euros'],
    // Two entities with facts of the same kind in one sentence.
    ['OpenAI et Anthropic ont levé respectivement 40 et 13 milliards de dollars.', '13 milliards de dollars'],
    // Vague amounts are never "wrong".
    ['Mistral a investi plusieurs milliards d’euros en Suède.', 'plusieurs milliards d’euros'],
    // The currency was not printed: we do not contradict what we had to guess.
    ['Mistral pèse 6 milliards de dollars. OpenAI, 90 milliards.', '90 milliards'],
  ];
  it.each(tempting)('%s', (text, figure) => {
    const v = verdictOf(text, figure);
    expect(v, `${figure} should have been found`).toBeDefined();
    expect(v).not.toBe('contradicted');
  });

  const wrong: [string, string][] = [
    ['Mistral AI investit 3 milliards d’euros dans son centre de données de Borlänge, en Suède.', '3 milliards d’euros'],
    ['Mistral prévoit un data center de 400 MW dans l’Essonne.', '400 MW'],
    ['Le site de Borlänge doit ouvrir en 2029, selon EcoDataCenter.', '2029'],
  ];
  it.each(wrong)('still catches: %s', (text, figure) => {
    expect(verdictOf(text, figure)).toBe('contradicted');
  });
});
