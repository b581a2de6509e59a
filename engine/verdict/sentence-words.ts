/**
 * The verdict pipeline's sentence patterns, derived from the language packs' `sentence` tables
 * (so each word lives once, in its pack): who a figure belongs to, who is only quoted, which
 * capitalised words are not names, and the descriptions that stand for the page's subject.
 */
import { LANGUAGE_PACKS } from '../lang';
import { alternation } from '../extract/lexicon';
import { fold } from '../match/text';

const all = (pick: (s: (typeof LANGUAGE_PACKS)[number]['sentence']) => string[]) =>
  LANGUAGE_PACKS.flatMap((p) => pick(p.sentence));
const SP = '[^\\S\\n]';
/** Articles that may sit between a link word and a name ("selon l’", "according to the"). */
const ARTICLE = `(?:l['’ʼ]|(?:le|la|les|the|der|die|das|dem|den|el|los|las|il|lo|gli|i)${SP}+)?`;

/** What sits between a figure and its owner: "d’", "de ", "de l’", "du ", "of the ", "di ", "von ". */
export const GENITIVE = new RegExp(`^${SP}*(?:${alternation(all((s) => s.genitive))})(?:${SP}+|(?<=['’ʼ]))$`, 'iu');

/**
 * A name introduced as the source of a statement is not the subject of the figure:
 * "Selon Mistral, le marché du cloud pèse 100 milliards" says nothing about Mistral's value.
 */
export const ATTRIBUTION = new RegExp(`(?:${alternation(all((s) => s.attribution))})${SP}+${ARTICLE}$`, 'iu');

/** "… 10 000 à Deutsche Telekom", "… for Acme": a beneficiary named right after the figure. */
export const FOR_SOMEONE = new RegExp(
  `^${SP}*(?:${alternation(all((s) => s.beneficiary))})${SP}+${ARTICLE}(\\p{Lu}[\\p{L}\\p{N}-]*)`,
  'u',
);

/** Units, products and chip families: capitalised in copy, never whose figure it is. */
const NOT_NAMES_ANY_LANGUAGE = ['gpu', 'gpus', 'mw', 'gw', 'kw', 'twh', 'gwh', 'blackwell', 'hopper', 'grace', 'rubin',
  'vera', 'ultra', 'superchip', 'superchips', 'tpu', 'tpus', 'cloud', 'data', 'center', 'centre', 'ai', 'ia', 'ki'];

/** Capitalised words that are not names of who a figure belongs to, folded. */
export const NOT_NAMES = new Set([
  ...NOT_NAMES_ANY_LANGUAGE,
  ...all((s) => s.notNames).map(fold),
  ...LANGUAGE_PACKS.flatMap((p) => p.months).map(fold),
  // Function words ("La", "The", "Der") capitalised after a comma or a lost line break are not names.
  ...LANGUAGE_PACKS.flatMap((p) => p.detect.words).map(fold),
]);

/** "la start-up", "l’entreprise", "the company": a description standing for the page's subject. */
export const DESCRIPTION = new RegExp(
  `(?<![\\p{L}])(?:${alternation(all((s) => s.descriptions))})(?![\\p{L}])`,
  'giu',
);

/** "à terme", "pourrait atteindre", "will expand to", "soll", "prevé": the figure is a plan or a forecast. */
export const PROSPECTIVE = new RegExp(`(?<![\\p{L}])(?:${alternation(all((s) => s.prospective))})(?![\\p{L}])`, 'iu');

/** A capitalised word after a locative preposition: a place ("en Pennsylvanie", "in Finland"). */
export const PLACE = new RegExp(`(?<![\\p{L}])(?:${alternation(all((s) => s.locative))})[^\\S\\n]+(?:l['’ʼ])?(\\p{Lu}[\\p{L}\\p{N}-]+(?:[^\\S\\n]\\p{Lu}[\\p{L}\\p{N}-]+)?)`, 'gu');
