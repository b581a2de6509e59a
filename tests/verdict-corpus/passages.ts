/**
 * Short passages about facts of the bundled base, written for this corpus (issue 11), each with the
 * verdict its figure must get and why. `figure` is the claim text as the extractor gives it;
 * `title` (and the opening sentences of `text`) set the page's subject where a description
 * ("la start-up", "the company") stands for it. Rules the expectations follow:
 * - a true figure is never contradicted;
 * - a clearly wrong figure (≥3× off, subject and metric named in the sentence) is contradicted;
 * - a figure merely inside a fact's bound, or about another quantity, is not "supported".
 */
import type { Verdict } from '../../engine/types';

export type Kind =
  | 'total-and-parts' | 'per-unit' | 'share' | 'disputed' | 'estimate' | 'attributed' | 'other-company'
  | 'competitor' | 'description' | 'pre-post-money' | 'revenue-valuation' | 'planned-operational'
  | 'campus-phase' | 'past-date' | 'rounded' | 'converted' | 'range' | 'bound' | 'wrong' | 'other-language';

export interface Passage {
  kind: Kind;
  text: string;
  figure: string;
  verdict: Verdict;
  /** The fact the verdict rests on, when it must be that one. */
  fact?: string;
  title?: string;
  /**
   * A known engine problem this passage shows (reported, not yet fixed): the test then checks only
   * that a true figure is not contradicted, and prints the divergence.
   */
  known?: string;
  /** The page's language when it says so (<html lang>); detected from the text otherwise. */
  lang?: 'fr' | 'en' | 'de' | 'es' | 'it';
  why: string;
}

const MISTRAL_TITLE = 'Mistral AI, la licorne française de l’IA, accélère';
const MISTRAL_OPENING = 'Mistral AI ne cesse de grandir. Fondée à Paris, Mistral AI s’impose face aux géants américains. ';

export const PASSAGES: Passage[] = [
  // ── Totals and parts ───────────────────────────────────────────────────────────────
  { kind: 'total-and-parts', text: 'Le campus IA de Fouju, en Seine-et-Marne, représente un investissement total de 50 milliards d’euros.', figure: '50 milliards d’euros', verdict: 'supported', fact: 'france-ai-campus-total', why: 'the campus total as sourced' },
  { kind: 'total-and-parts', text: 'La première tranche du campus IA de Fouju s’élève à 8,5 milliards d’euros.', figure: '8,5 milliards d’euros', verdict: 'supported', why: 'a part (first tranche) is supported as the part, never contradicted by the total' },
  { kind: 'total-and-parts', text: 'The first tranche of the Fouju AI campus amounts to €10 billion, out of a €50 billion total.', figure: '€10 billion', verdict: 'supported', why: 'the first tranche as BFM Paris gives it' },
  { kind: 'total-and-parts', text: 'The first tranche of the Fouju AI campus amounts to €10 billion, out of a €50 billion total.', figure: '€50 billion', verdict: 'supported', fact: 'france-ai-campus-total', why: 'the total next to its part' },
  { kind: 'total-and-parts', text: 'Lors du sommet Choose France 2025, 37 milliards d’euros d’investissements ont été annoncés.', figure: '37 milliards d’euros', verdict: 'supported', why: 'the summit total' },
  { kind: 'total-and-parts', text: 'Au sommet Choose France 2025, les investissements dans l’IA représentent 17 milliards d’euros.', figure: '17 milliards d’euros', verdict: 'supported', why: 'a part of the summit total, not a contradiction of it' },
  { kind: 'total-and-parts', text: 'Sesterce investira au total environ 1,8 milliard d’euros dans son site de Valence.', figure: '1,8 milliard d’euros', verdict: 'supported', fact: 'sesterce-valence-total', why: 'the Valence total' },
  { kind: 'total-and-parts', text: 'Brookfield investira 20 milliards d’euros en France d’ici 2030.', figure: '20 milliards d’euros', verdict: 'supported', fact: 'brookfield-france-2025', why: 'Brookfield’s French total' },
  { kind: 'total-and-parts', text: 'Stargate prévoit d’investir jusqu’à 500 milliards de dollars, dont 100 milliards immédiatement.', figure: '500 milliards de dollars', verdict: 'supported', why: 'the programme’s bound, stated as a bound' },
  { kind: 'total-and-parts', text: 'Le campus IA de Fouju représente un investissement total de 200 milliards d’euros.', figure: '200 milliards d’euros', verdict: 'contradicted', why: 'four times the sourced total, subject and metric named' },
  { kind: 'total-and-parts', text: 'Le financement du campus Hyperion de Meta atteint environ 27 milliards de dollars.', figure: '27 milliards de dollars', verdict: 'supported', why: 'the Hyperion financing total' },
  { kind: 'total-and-parts', text: 'Le sommet Choose France 2025 a permis d’annoncer 20 milliards d’euros d’investissements nouveaux.', figure: '20 milliards d’euros', verdict: 'supported', why: 'the new-projects part of the summit total' },

  // ── Per-unit figures ───────────────────────────────────────────────────────────────
  { kind: 'per-unit', text: 'Microsoft’s Fairwater racks have a power draw of about 140 kW per rack.', lang: 'en', figure: '140 kW per rack', verdict: 'supported', fact: 'microsoft-fairwater-rack-power', why: 'per-rack power against the per-rack fact' },
  { kind: 'per-unit', text: 'Chez Microsoft, chaque baie Fairwater consomme environ 140 kW par baie.', figure: '140 kW par baie', verdict: 'supported', why: 'the same per-rack figure in French' },
  { kind: 'per-unit', text: 'Mistral AI installera 64 GPU par baie dans son centre de données de l’Essonne.', figure: '64 GPU par baie', verdict: 'unverified', why: 'a per-rack count is never compared with the site’s 18,000 GPUs' },
  { kind: 'per-unit', text: 'Stargate Norway will house 2,000 GPUs per building.', figure: '2,000 GPUs per building', verdict: 'unverified', why: 'per building, not the site total of 100,000' },
  { kind: 'per-unit', text: 'Pour OpenAI, le coût d’un gigawatt de capacité dépasse 40 milliards de dollars par gigawatt.', figure: '40 milliards de dollars par gigawatt', verdict: 'supported', why: 'cost per gigawatt against the per-gigawatt fact' },
  { kind: 'per-unit', text: 'Google Cloud a réalisé un chiffre d’affaires de 13,6 milliards de dollars par trimestre.', figure: '13,6 milliards de dollars par trimestre', verdict: 'supported', why: 'quarterly revenue against the quarterly fact' },
  { kind: 'per-unit', text: 'Microsoft’s Fairwater racks have a power of 1.4 MW per rack.', lang: 'en', figure: '1.4 MW per rack', verdict: 'contradicted', why: 'ten times the sourced per-rack power, subject and metric named' },
  { kind: 'per-unit', text: 'Each row of Microsoft’s Fairwater data center carries 1.36 MW per row.', figure: '1.36 MW per row', verdict: 'supported', why: 'per-row power against the per-row fact' },
  { kind: 'per-unit', text: 'xAI’s Colossus packs 72 GPUs per rack.', figure: '72 GPUs per rack', verdict: 'unverified', why: 'a per-rack count is not the fleet of 200,000' },
  { kind: 'per-unit', text: 'Mistral AI dépense 2 millions d’euros par an en électricité pour son site de l’Essonne.', figure: '2 millions d’euros par an', verdict: 'unverified', why: 'a yearly running cost is not an investment total' },

  // ── Shares and percentages ─────────────────────────────────────────────────────────
  { kind: 'share', text: 'ASML, qui a investi 1,3 milliard d’euros, détient environ 11 % du capital de Mistral AI.', figure: '11 %', verdict: 'supported', why: 'ASML’s stake as a share' },
  { kind: 'share', text: 'ASML, qui a investi 1,3 milliard d’euros, détient environ 11 % du capital de Mistral AI.', figure: '1,3 milliard d’euros', verdict: 'supported', fact: 'asml-investment-mistral-2025', why: 'the amount next to the share' },
  { kind: 'share', text: 'Microsoft détient une participation d’environ 27 % dans OpenAI.', figure: '27 %', verdict: 'supported', why: 'Microsoft’s stake as a share' },
  { kind: 'share', text: 'Microsoft’s stake in OpenAI is worth about $135 billion.', figure: '$135 billion', verdict: 'supported', why: 'the stake’s value, not a share' },
  { kind: 'share', text: 'La valorisation de Mistral AI a bondi de 100 % en un an.', figure: '100 %', verdict: 'unverified', why: 'a growth rate is not a stake or a valuation' },
  { kind: 'share', text: 'Blue Owl détient 80 % de la coentreprise Hyperion de Meta, selon le projet annoncé.', figure: '80 %', verdict: 'supported', why: 'the joint venture stake' },
  { kind: 'share', text: 'ASML détient une participation de 50 % dans Mistral AI.', figure: '50 %', verdict: 'contradicted', why: 'a stake more than four times the sourced 11%' },

  // ── Disagreeing sources ────────────────────────────────────────────────────────────
  { kind: 'disputed', text: 'Sesterce investira 450 millions d’euros dans la première tranche de son site de Valence.', figure: '450 millions d’euros', verdict: 'supported', why: 'Journal du Net’s figure; LeMagIT gives 400 million' },
  { kind: 'disputed', text: 'Sesterce a annoncé 400 millions d’euros d’investissement pour son data center de Valence.', figure: '400 millions d’euros', verdict: 'supported', why: 'LeMagIT’s figure, disputing 450 million: never outdated nor contradicted' },
  { kind: 'disputed', text: 'Le sommet Choose France 2025 a réuni 40,8 milliards d’euros d’investissements.', figure: '40,8 milliards d’euros', verdict: 'supported', why: 'one of two disagreeing totals (37 / 40.8)' },
  { kind: 'disputed', text: 'La première tranche du campus IA de Fouju atteint 10 milliards d’euros.', figure: '10 milliards d’euros', verdict: 'supported', why: 'BFM’s figure for the tranche, disputing 8.5 billion' },
  { kind: 'disputed', text: 'Sesterce investira 5 milliards d’euros dans son site de Valence.', figure: '5 milliards d’euros', verdict: 'contradicted', why: 'far from both first-tranche figures and from the 1.8 billion total' },
  { kind: 'disputed', text: 'Choose France 2025 a attiré 37 milliards d’euros d’investissements.', figure: '37 milliards d’euros', verdict: 'supported', why: 'the other side of the disagreement' },

  // ── Estimates ──────────────────────────────────────────────────────────────────────
  { kind: 'estimate', text: 'Mistral AI investira au moins 2 milliards d’euros dans son centre de données de l’Essonne.', figure: '2 milliards d’euros', verdict: 'supported', why: 'an estimate may support' },
  { kind: 'estimate', text: 'Mistral AI investit 500 millions d’euros dans son centre de données de l’Essonne.', figure: '500 millions d’euros', verdict: 'unverified', why: 'the only fact for the Essonne investment is an estimate: never a contradiction' },
  { kind: 'estimate', text: 'Mistral AI investira plusieurs milliards d’euros dans son centre de données de l’Essonne.', figure: 'plusieurs milliards d’euros', verdict: 'supported', why: 'a vague amount is never contradicted; “several billion” fits the sourced €4bn programme' },
  { kind: 'estimate', text: 'Anthropic est valorisée environ 965 milliards de dollars.', figure: '965 milliards de dollars', verdict: 'supported', why: 'the estimated valuation supports the same figure' },

  // ── Subject only as the source ─────────────────────────────────────────────────────
  { kind: 'attributed', text: 'Selon Mistral AI, le marché européen du calcul pèsera 100 milliards d’euros.', figure: '100 milliards d’euros', verdict: 'unverified', why: 'Mistral is the source, not whose figure it is' },
  { kind: 'attributed', text: 'D’après OpenAI, l’industrie aura besoin de 100 GW de capacité supplémentaire.', figure: '100 GW', verdict: 'unverified', why: 'OpenAI is quoted about the industry' },
  { kind: 'attributed', text: 'According to Anthropic, the market for AI chips will reach $400 billion.', figure: '$400 billion', verdict: 'unverified', why: 'Anthropic is only the source' },
  { kind: 'attributed', text: 'Selon Nvidia, les centres de données européens consommeront 10 GW.', figure: '10 GW', verdict: 'unverified', why: 'Nvidia is only the source' },
  { kind: 'attributed', text: 'According to Mistral, a European training cluster costs $5 billion.', figure: '$5 billion', verdict: 'unverified', why: 'a generic figure quoted from Mistral' },
  { kind: 'attributed', text: 'Selon Sam Altman, OpenAI est désormais valorisée 852 milliards de dollars.', figure: '852 milliards de dollars', verdict: 'supported', why: 'the quoted person is the source; OpenAI is still named as the subject' },
  { kind: 'attributed', text: 'D’après xAI, le marché mondial de l’IA vaudra 2 000 milliards de dollars.', figure: '2 000 milliards de dollars', verdict: 'unverified', why: 'xAI is only the source' },

  // ── Another company's figure in the same sentence ─────────────────────────────────
  { kind: 'other-company', text: 'Mistral AI a levé 1,7 milliard d’euros, et sa voisine Pigment 145 millions d’euros.', figure: '145 millions d’euros', verdict: 'unverified', why: 'Pigment is not in the base' },
  { kind: 'other-company', text: 'Mistral AI a levé 1,7 milliard d’euros, et sa voisine Pigment 145 millions d’euros.', figure: '1,7 milliard d’euros', verdict: 'supported', fact: 'mistral-series-c-2025', why: 'Mistral’s Series C' },
  { kind: 'other-company', text: 'Amazon investit 50 milliards de dollars dans OpenAI.', figure: '50 milliards de dollars', verdict: 'supported', why: 'Amazon’s part of OpenAI’s round' },
  { kind: 'other-company', text: 'Nvidia investira jusqu’à 100 milliards de dollars dans OpenAI.', figure: '100 milliards de dollars', verdict: 'supported', why: 'Nvidia’s bound, stated as a bound' },
  { kind: 'other-company', text: 'xAI a levé 20 milliards de dollars tandis qu’OpenAI bouclait une levée de 122 milliards de dollars.', figure: '20 milliards de dollars', verdict: 'supported', fact: 'xai-series-e-20bn', why: 'xAI’s Series E' },
  { kind: 'other-company', text: 'xAI a levé 20 milliards de dollars tandis qu’OpenAI bouclait une levée de 122 milliards de dollars.', figure: '122 milliards de dollars', verdict: 'supported', fact: 'openai-round-2026-03', why: 'OpenAI’s round' },
  { kind: 'other-company', text: 'Anthropic et OpenAI ont levé ensemble 500 milliards de dollars.', figure: '500 milliards de dollars', verdict: 'unverified', why: 'two companies, one figure' },
  { kind: 'other-company', text: 'Mistral AI et Helsing disposeront chacun de 90 000 puces.', figure: '90 000 puces', verdict: 'unverified', why: 'a name the base does not know shares the figure' },
  { kind: 'other-company', text: 'Microsoft investit 80 milliards de dollars dans ses centres de données, quand Amazon en annonce 6 milliards en France.', figure: '80 milliards de dollars', verdict: 'supported', why: 'Microsoft’s FY2025 data-centre spending' },

  // ── A competitor in a comparison ──────────────────────────────────────────────────
  { kind: 'competitor', text: 'Avec 11,7 milliards d’euros, Mistral AI reste loin des 852 milliards de dollars d’OpenAI.', figure: '852 milliards de dollars', verdict: 'supported', fact: 'openai-valuation-2026-03', why: 'the genitive says it is OpenAI’s' },
  { kind: 'competitor', text: 'Mistral AI est valorisée 11,7 milliards d’euros, bien moins qu’OpenAI.', figure: '11,7 milliards d’euros', verdict: 'supported', fact: 'mistral-valuation-2025-09-eur', why: 'Mistral’s valuation; the competitor comes after' },
  { kind: 'competitor', text: 'Le Colossus de xAI aligne 200 000 GPU, bien plus que ses concurrents européens.', figure: '200 000 GPU', verdict: 'supported', why: 'Colossus today' },
  { kind: 'competitor', text: 'Contrairement à OpenAI, Mistral AI n’a levé que 1,7 milliard d’euros en septembre 2025.', figure: '1,7 milliard d’euros', verdict: 'supported', why: 'Mistral’s round, the competitor only as contrast' },
  { kind: 'competitor', text: 'Mistral AI, valorisée 50 milliards d’euros, se rapprocherait d’Anthropic.', figure: '50 milliards d’euros', verdict: 'unverified', why: 'another company with a valuation is named in the sentence: no contradiction' },
  { kind: 'competitor', text: 'xAI, valued at $250 billion, still trails OpenAI’s $852 billion.', figure: '$250 billion', verdict: 'supported', why: 'xAI’s valuation' },
  { kind: 'competitor', text: 'xAI, valued at $250 billion, still trails OpenAI’s $852 billion.', figure: '$852 billion', verdict: 'supported', why: 'OpenAI’s valuation, named in the genitive' },
  { kind: 'competitor', text: 'Anthropic, valorisée 183 milliards de dollars, talonne désormais OpenAI.', figure: '183 milliards de dollars', verdict: 'outdated', why: 'September 2025; newer figures exist' },

  // ── A description instead of the name ─────────────────────────────────────────────
  { kind: 'description', title: MISTRAL_TITLE, text: `${MISTRAL_OPENING}La start-up a levé 1,7 milliard d’euros en septembre 2025.`, figure: '1,7 milliard d’euros', verdict: 'supported', why: 'the page is about Mistral AI' },
  { kind: 'description', title: MISTRAL_TITLE, text: `${MISTRAL_OPENING}La start-up a levé 30 millions d’euros en septembre 2025.`, figure: '30 millions d’euros', verdict: 'contradicted', why: 'far below every round; the description stands for Mistral AI' },
  { kind: 'description', title: MISTRAL_TITLE, text: `${MISTRAL_OPENING}L’entreprise est désormais valorisée 11,7 milliards d’euros.`, figure: '11,7 milliards d’euros', verdict: 'supported', why: 'the page’s subject by description' },
  { kind: 'description', title: MISTRAL_TITLE, text: `${MISTRAL_OPENING}L’entreprise est désormais valorisée 60 milliards d’euros.`, figure: '60 milliards d’euros', verdict: 'contradicted', why: 'three times the highest sourced valuation' },
  { kind: 'description', title: 'OpenAI closes a record round', text: 'OpenAI has closed its latest funding. OpenAI said demand keeps growing. The company is now valued at $852 billion.', figure: '$852 billion', verdict: 'supported', why: 'the company = OpenAI' },
  { kind: 'description', title: 'OpenAI closes a record round', text: 'OpenAI has closed its latest funding. OpenAI said demand keeps growing. The company is now valued at $3 trillion.', figure: '$3 trillion', verdict: 'contradicted', why: 'three and a half times the sourced valuation' },
  { kind: 'description', title: MISTRAL_TITLE, text: `${MISTRAL_OPENING}De son côté, OpenAI prépare une levée record. La start-up a levé 17 milliards d’euros.`, figure: '17 milliards d’euros', verdict: 'unverified', why: 'another company was named since the last mention: the description may be it' },
  { kind: 'description', text: 'OpenAI et Anthropic se disputent le marché. La start-up a levé 50 milliards de dollars.', figure: '50 milliards de dollars', verdict: 'unverified', why: 'no clear page subject' },
  { kind: 'description', title: 'Anthropic raises again', text: 'Anthropic raised fresh capital this year. Anthropic sells Claude to businesses. The startup raised $13 billion in September 2025.', figure: '$13 billion', verdict: 'supported', fact: 'anthropic-round-2025-09', why: 'the startup = Anthropic' },
  { kind: 'description', title: 'Anthropic raises again', text: 'Anthropic raised fresh capital this year. Anthropic sells Claude to businesses. The startup raised $200 billion in its latest round.', figure: '$200 billion', verdict: 'contradicted', why: 'three times its largest sourced round' },
  { kind: 'description', title: MISTRAL_TITLE, text: `${MISTRAL_OPENING}La jeune pousse exploite près de 18 000 GPU dans l’Essonne.`, figure: '18 000 GPU', verdict: 'supported', why: 'the description and a rounded count' },
  { kind: 'description', title: MISTRAL_TITLE, text: `${MISTRAL_OPENING}La société a été fondée en 2023.`, figure: '2023', verdict: 'supported', why: 'founding year by description' },

  // ── Pre- and post-money ────────────────────────────────────────────────────────────
  { kind: 'pre-post-money', text: 'Mistral AI était valorisée 10 milliards d’euros avant l’opération, en pré-money.', figure: '10 milliards d’euros', verdict: 'supported', fact: 'mistral-valuation-2025-09-premoney', why: 'pre-money as pre-money' },
  { kind: 'pre-post-money', text: 'Après la levée, Mistral AI est valorisée 11,7 milliards d’euros post-money.', figure: '11,7 milliards d’euros', verdict: 'supported', fact: 'mistral-valuation-2025-09-eur', why: 'post-money valuation' },
  { kind: 'pre-post-money', text: 'OpenAI était valorisée 730 milliards de dollars avant levée.', figure: '730 milliards de dollars', verdict: 'supported', fact: 'openai-valuation-2026-02-premoney', why: 'pre-money' },
  { kind: 'pre-post-money', text: 'Anthropic était valorisée environ 900 milliards de dollars avant sa levée de 65 milliards de dollars, en pré-money.', figure: '900 milliards de dollars', verdict: 'supported', why: 'pre-money' },
  { kind: 'pre-post-money', text: 'Anthropic était valorisée environ 900 milliards de dollars avant sa levée de 65 milliards de dollars, en pré-money.', figure: '65 milliards de dollars', verdict: 'supported', fact: 'anthropic-round-2026-05', why: 'the round next to the pre-money value' },
  { kind: 'pre-post-money', text: 'OpenAI was valued at $2.5 trillion pre-money.', figure: '$2.5 trillion', verdict: 'contradicted', why: 'more than three times the sourced pre-money figure' },
  { kind: 'pre-post-money', text: 'OpenAI had a pre-money valuation of $730 billion and raised $110 billion.', figure: '$110 billion', verdict: 'outdated', why: 'the February round, later raised to $122 billion' },

  // ── Revenue next to valuation ─────────────────────────────────────────────────────
  { kind: 'revenue-valuation', text: 'Mistral AI, valorisée 11,7 milliards d’euros, vise un chiffre d’affaires de plus de 1 milliard d’euros.', figure: '11,7 milliards d’euros', verdict: 'supported', why: 'the valuation, not the revenue' },
  { kind: 'revenue-valuation', text: 'Mistral AI, valorisée 11,7 milliards d’euros, vise un chiffre d’affaires de plus de 1 milliard d’euros.', figure: '1 milliard d’euros', verdict: 'supported', fact: 'mistral-revenue-target-2026', why: 'the revenue target, as a bound' },
  { kind: 'revenue-valuation', text: 'Mistral AI réalise un chiffre d’affaires de 1,2 milliard d’euros.', figure: '1,2 milliard d’euros', verdict: 'unverified', why: 'inside a revenue bound; the €1.2bn Swedish investment is another quantity' },
  { kind: 'revenue-valuation', text: 'Le chiffre d’affaires annualisé de Mistral AI atteint 30 millions d’euros.', figure: '30 millions d’euros', verdict: 'contradicted', why: 'ten times below the run-rate it had already passed' },
  { kind: 'revenue-valuation', text: 'OpenAI, valorisée 852 milliards de dollars, affiche des revenus annualisés de 13 milliards de dollars.', figure: '13 milliards de dollars', verdict: 'supported', why: 'the run-rate, not the valuation' },
  { kind: 'revenue-valuation', text: 'Anthropic’s run-rate revenue reached $7 billion while it was valued at $183 billion.', figure: '$7 billion', verdict: 'supported', why: 'the October 2025 run-rate' },
  { kind: 'revenue-valuation', text: 'xAI generates $500 million in annualized revenue and is valued at $250 billion.', figure: '$250 billion', verdict: 'supported', why: 'the valuation next to revenue' },
  { kind: 'revenue-valuation', text: 'xAI generates $500 million in annualized revenue and is valued at $250 billion.', figure: '$500 million', verdict: 'supported', why: 'the run-rate next to the valuation' },

  // ── Planned vs operational ────────────────────────────────────────────────────────
  { kind: 'planned-operational', text: 'xAI’s Colossus now runs 200,000 GPUs.', lang: 'en', figure: '200,000 GPUs', verdict: 'supported', why: 'today’s count' },
  { kind: 'planned-operational', text: 'xAI prévoit d’étendre Colossus à 1 million de GPU.', figure: '1 million de GPU', verdict: 'unverified', why: 'a plan is not contradicted by today’s count' },
  { kind: 'planned-operational', text: 'Le campus IA de Fouju devrait atteindre une capacité de 1,4 GW.', figure: '1,4 GW', verdict: 'supported', why: 'the planned capacity' },
  { kind: 'planned-operational', text: 'Le campus IA de Fouju affiche aujourd’hui une puissance de 20 MW en service.', figure: '20 MW', verdict: 'unverified', why: 'today’s power is not the planned 1.4 GW' },
  { kind: 'planned-operational', text: 'Stargate Norway will host 100,000 GPUs by the end of 2026.', figure: '100,000 GPUs', verdict: 'supported', why: 'the planned count' },
  { kind: 'planned-operational', text: 'Brookfield prévoit une capacité de 750 MW à Strängnäs.', figure: '750 MW', verdict: 'supported', why: 'the planned capacity' },
  { kind: 'planned-operational', text: 'Meta’s Hyperion campus will eventually reach 50 GW of capacity.', figure: '50 GW', verdict: 'contradicted', why: 'ten times the planned maximum of 5 GW' },
  { kind: 'planned-operational', text: 'Mistral AI vise une capacité de 1 GW d’ici 2030.', figure: '1 GW', verdict: 'supported', why: 'the 2030 target' },
  { kind: 'planned-operational', text: 'Sesterce gère déjà plus de 100 000 GPU.', figure: '100 000 GPU', verdict: 'supported', why: 'GPUs run today' },

  // ── Campus vs phase ───────────────────────────────────────────────────────────────
  { kind: 'campus-phase', text: 'Le campus de Cambrai de Brookfield pourra atteindre jusqu’à 1 GW de capacité.', figure: '1 GW', verdict: 'supported', why: 'the campus bound' },
  { kind: 'campus-phase', text: 'La première phase du campus de Brookfield à Cambrai aura une capacité de 300 MW.', figure: '300 MW', verdict: 'supported', why: 'the phase as a part, not the 1 GW campus' },
  { kind: 'campus-phase', text: 'The Stargate I campus in Abilene will draw 1.2 GW of power.', figure: '1.2 GW', verdict: 'supported', why: 'the campus' },
  { kind: 'campus-phase', text: 'The first phase of the Stargate I campus in Abilene has a capacity of 200 MW.', figure: '200 MW', verdict: 'supported', why: 'the first phase, not the campus' },
  { kind: 'campus-phase', text: 'La première phase du Colossus Memphis de xAI a une puissance de 150 MW.', figure: '150 MW', verdict: 'supported', why: 'phase 1 power' },
  { kind: 'campus-phase', text: 'Le campus IA de Fouju coûtera 500 milliards d’euros.', figure: '500 milliards d’euros', verdict: 'contradicted', why: 'ten times the campus total' },
  { kind: 'campus-phase', text: 'Le campus de Strängnäs de Brookfield démarrera avec une capacité de 300 MW.', figure: '300 MW', verdict: 'outdated', why: 'the first plan, superseded by 750 MW' },
  { kind: 'campus-phase', text: 'Le campus IA de Fouju s’étendra sur une surface d’environ 70 hectares.', figure: '70 hectares', verdict: 'supported', why: 'campus area' },

  // ── Past dates ────────────────────────────────────────────────────────────────────
  { kind: 'past-date', title: MISTRAL_TITLE, text: `${MISTRAL_OPENING}En 2024, la start-up valait 5,8 milliards d’euros.`, figure: '5,8 milliards d’euros', verdict: 'supported', fact: 'mistral-valuation-2024-06-eur', why: 'true in 2024, shown as history' },
  { kind: 'past-date', text: 'En 2023, Mistral AI était valorisée 2 milliards d’euros.', figure: '2 milliards d’euros', verdict: 'supported', why: 'the December 2023 valuation' },
  { kind: 'past-date', text: 'In 2024, OpenAI was valued at $157 billion.', figure: '$157 billion', verdict: 'supported', fact: 'openai-valuation-2024-10', why: 'true in 2024' },
  { kind: 'past-date', text: 'En 2024, xAI valait 50 milliards de dollars.', figure: '50 milliards de dollars', verdict: 'supported', why: 'the November 2024 valuation' },
  { kind: 'past-date', text: 'En 2024, Mistral AI était valorisée 11,7 milliards d’euros.', figure: '11,7 milliards d’euros', verdict: 'unverified', why: 'the 2025 figure put in 2024: not wrong, not verified for that year' },
  { kind: 'past-date', text: 'En 2023, Mistral AI était valorisée 40 milliards d’euros.', figure: '40 milliards d’euros', verdict: 'contradicted', why: 'twenty times its 2023 valuation' },
  { kind: 'past-date', text: 'Fin 2024, le supercalculateur Colossus de xAI comptait 100 000 GPU.', figure: '100 000 GPU', verdict: 'outdated', why: 'by the end of 2024 Colossus had 200,000 (October 2024): outdated even then' },
  { kind: 'past-date', text: 'Anthropic was valued at $61.5 billion in March 2025.', figure: '$61.5 billion', verdict: 'outdated', why: 'right in March 2025, later figures exist' },
  { kind: 'past-date', text: 'Fondée en 2023, Mistral AI est valorisée 11,7 milliards d’euros.', figure: '11,7 milliards d’euros', verdict: 'supported', fact: 'mistral-valuation-2025-09-eur', why: 'the founding year does not date the valuation' },

  // ── Rounded ("près de", "about") ──────────────────────────────────────────────────
  { kind: 'rounded', text: 'Mistral AI a levé près de 1,7 milliard d’euros en septembre 2025.', figure: '1,7 milliard d’euros', verdict: 'supported', why: 'rounded round' },
  { kind: 'rounded', text: 'OpenAI est valorisée près de 850 milliards de dollars.', figure: '850 milliards de dollars', verdict: 'supported', why: 'rounded valuation' },
  { kind: 'rounded', text: 'Anthropic vaut environ 180 milliards de dollars.', figure: '180 milliards de dollars', verdict: 'outdated', why: 'rounded September 2025 valuation' },
  { kind: 'rounded', text: 'xAI a levé quelque 20 milliards de dollars.', figure: '20 milliards de dollars', verdict: 'supported', why: 'rounded Series E' },
  { kind: 'rounded', text: 'Mistral AI a levé près de 3 milliards d’euros depuis sa création.', figure: '3 milliards d’euros', verdict: 'unverified', why: '“depuis sa création” names the lifetime total, which the base holds only as a bound (≥ €1bn, 2024); never verified by the €3bn round in talks (another quantity), never contradicted' },
  { kind: 'rounded', text: 'Meta Hyperion will cost roughly $30 billion.', figure: '$30 billion', verdict: 'supported', why: 'rounded financing total' },
  { kind: 'rounded', text: 'Schwarz Digits investit environ 11 milliards d’euros à Lübbenau.', figure: '11 milliards d’euros', verdict: 'supported', why: 'rounded investment' },
  { kind: 'rounded', text: 'OpenAI est valorisée près de 3 000 milliards de dollars.', figure: '3 000 milliards de dollars', verdict: 'contradicted', why: 'a rounded figure still three times off' },

  // ── Converted currencies ──────────────────────────────────────────────────────────
  { kind: 'converted', text: 'Mistral AI investit 1,4 milliard de dollars dans son centre de données en Suède.', figure: '1,4 milliard de dollars', verdict: 'supported', why: 'the dollar figure of the Swedish investment' },
  { kind: 'converted', text: 'Mistral AI is valued at about $13.7 billion.', figure: '$13.7 billion', verdict: 'supported', why: 'the valuation in dollars' },
  { kind: 'converted', text: 'Mistral AI a levé environ 2 milliards de dollars en septembre 2025.', figure: '2 milliards de dollars', verdict: 'supported', why: '€1.7bn converted' },
  { kind: 'converted', text: 'OpenAI est valorisée environ 780 milliards d’euros.', figure: '780 milliards d’euros', verdict: 'supported', why: '$852bn in euros' },
  { kind: 'converted', text: 'Brookfield investira jusqu’à 95 milliards de couronnes suédoises à Strängnäs.', figure: '95 milliards de couronnes suédoises', verdict: 'supported', why: 'the krona bound' },
  { kind: 'converted', text: 'Brookfield investira environ 8,5 milliards d’euros à Strängnäs.', figure: '8,5 milliards d’euros', verdict: 'supported', why: 'SEK 95bn in euros' },
  { kind: 'converted', text: 'Mistral AI investit 10 milliards de dollars dans son centre de données de Borlänge.', figure: '10 milliards de dollars', verdict: 'contradicted', why: 'about seven times the €1.2bn investment' },
  { kind: 'converted', text: 'Schwarz Digits is investing about $12.8 billion in Lübbenau.', figure: '$12.8 billion', verdict: 'supported', why: '€11bn in dollars' },

  // ── Ranges ────────────────────────────────────────────────────────────────────────
  { kind: 'range', text: 'Meta prévoit entre 115 et 135 milliards de dollars de dépenses d’investissement.', figure: '115 et 135 milliards de dollars', verdict: 'supported', why: 'the guidance range' },
  { kind: 'range', text: 'Le campus Hyperion de Meta atteindra entre 2 et 5 GW.', figure: '2 et 5 GW', verdict: 'supported', why: 'a range overlapping the sourced plans' },
  { kind: 'range', text: 'Mistral AI est valorisée entre 11 et 12 milliards d’euros.', figure: '11 et 12 milliards d’euros', verdict: 'supported', why: 'a range containing the valuation' },
  { kind: 'range', text: 'Mistral AI est valorisée entre 50 et 60 milliards d’euros.', figure: '50 et 60 milliards d’euros', verdict: 'contradicted', why: 'the whole range is far above' },
  { kind: 'range', text: 'OpenAI a levé entre 100 et 130 milliards de dollars.', figure: '100 et 130 milliards de dollars', verdict: 'supported', why: 'contains the latest round' },
  { kind: 'range', text: 'Le Colossus de xAI compte entre 150 000 et 250 000 GPU.', figure: '150 000 et 250 000 GPU', verdict: 'supported', why: 'contains 200,000' },
  { kind: 'range', text: 'Meta plans to spend between $400 billion and $500 billion in capital expenditure this year.', figure: '$400 billion and $500 billion', verdict: 'contradicted', why: 'far above the guidance range' },

  // ── Bounds ────────────────────────────────────────────────────────────────────────
  { kind: 'bound', text: 'OpenAI a levé plus de 100 milliards de dollars.', figure: '100 milliards de dollars', verdict: 'supported', why: '“more than 100” and the $122bn round agree' },
  { kind: 'bound', text: 'Stargate investira jusqu’à 500 milliards de dollars.', figure: '500 milliards de dollars', verdict: 'supported', why: 'the same bound' },
  { kind: 'bound', text: 'Meta’s Hyperion could reach up to 5 GW.', figure: '5 GW', verdict: 'supported', why: 'the same bound' },
  { kind: 'bound', text: 'Meta’s Hyperion will have at least 2 GW by 2030.', figure: '2 GW', verdict: 'supported', why: 'the 2030 figure as a floor' },
  { kind: 'bound', text: 'Le Colossus de xAI compte plus de 100 000 GPU.', figure: '100 000 GPU', verdict: 'supported', why: 'true bound' },
  { kind: 'bound', text: 'No more than 8,000 GPUs will go to Stargate UK at first.', figure: '8,000 GPUs', verdict: 'supported', why: '“no more than” is an upper bound, the same as the source' },
  { kind: 'bound', text: 'Le campus Hyperion de Meta aura une capacité de pas plus de 1 GW.', figure: '1 GW', verdict: 'contradicted', why: '“pas plus de” is an upper bound; the plans lie clearly above' },
  { kind: 'bound', text: 'Stargate investira 300 milliards de dollars.', figure: '300 milliards de dollars', verdict: 'unverified', why: 'merely inside “up to $500bn”: not verified' },
  { kind: 'bound', text: 'Mistral AI a levé au moins 1,5 milliard d’euros en 2025.', figure: '1,5 milliard d’euros', verdict: 'supported', why: '“au moins” is a lower bound the Series C satisfies' },
  { kind: 'bound', text: 'Meta Hyperion représente un investissement d’au moins 20 milliards de dollars.', figure: '20 milliards de dollars', verdict: 'supported', why: 'a floor the $27bn financing satisfies' },
  { kind: 'bound', text: 'Mistral AI dispose d’au moins 60 000 GPU dans l’Essonne.', figure: '60 000 GPU', verdict: 'contradicted', why: '“au moins 60 000” while the site has about 18,000' },
  { kind: 'bound', text: 'OpenAI is valued at no less than $800 billion.', figure: '$800 billion', verdict: 'supported', why: 'a floor the $852bn valuation satisfies' },
  { kind: 'bound', text: 'Le Colossus de xAI compte au maximum 20 000 GPU.', figure: '20 000 GPU', verdict: 'unverified', why: 'an upper bound reads as a plan, and Colossus’s count is today’s (plan-vs-current)' },

  // ── Clearly wrong figures (≥3× off, subject and metric named) ──────────────────────
  { kind: 'wrong', text: 'Mistral AI a été fondée en 2019.', figure: '2019', verdict: 'contradicted', why: 'founded 2023' },
  { kind: 'wrong', text: 'L’ouverture du site de Mistral AI à Borlänge est prévue en 2031.', figure: '2031', verdict: 'contradicted', why: 'opening planned for 2027' },
  { kind: 'wrong', text: 'Meta Hyperion représente un investissement de 90 milliards de dollars.', figure: '90 milliards de dollars', verdict: 'contradicted', why: 'about $27bn' },
  { kind: 'wrong', text: 'xAI est valorisée 800 milliards de dollars.', figure: '800 milliards de dollars', verdict: 'contradicted', why: 'about $250bn' },
  { kind: 'wrong', text: 'Anthropic a levé 200 milliards de dollars en mai 2026.', figure: '200 milliards de dollars', verdict: 'contradicted', why: 'the May 2026 round was $65bn' },
  { kind: 'wrong', text: 'Schwarz Digits investit 40 milliards d’euros à Lübbenau.', figure: '40 milliards d’euros', verdict: 'contradicted', why: '€11bn' },
  { kind: 'wrong', text: 'Brookfield investira 300 milliards de couronnes suédoises à Strängnäs.', figure: '300 milliards de couronnes suédoises', verdict: 'contradicted', why: 'up to SEK 95bn' },
  { kind: 'wrong', text: 'Stargate Norway compte 1 million de GPU.', figure: '1 million de GPU', verdict: 'contradicted', why: '100,000 GPUs' },
  { kind: 'wrong', text: 'Mistral AI a levé 6 milliards d’euros lors de sa série C.', figure: '6 milliards d’euros', verdict: 'contradicted', why: 'the Series C was €1.7bn; “série” says a round, not the lifetime total' },
  { kind: 'wrong', text: 'OpenAI est valorisée 150 milliards de dollars.', figure: '150 milliards de dollars', verdict: 'unverified', why: 'near the October 2024 valuation ($157bn) without agreeing, between figures the chain has had: never wrong' },
  { kind: 'wrong', text: 'Le site de Mistral AI en Suède représente un investissement de 12 milliards d’euros.', figure: '12 milliards d’euros', verdict: 'contradicted', why: 'ten times the Swedish investment' },
  { kind: 'wrong', text: 'Le Colossus de xAI compte 2 millions de GPU.', figure: '2 millions de GPU', verdict: 'contradicted', why: 'ten times 200,000' },
  { kind: 'wrong', text: 'Sesterce prévoit d’installer 400 000 GPU dans son site de Valence.', figure: '400 000 GPU', verdict: 'contradicted', why: 'ten times the 40,000 planned in Valence' },
  { kind: 'wrong', text: 'Le centre de données Stargate Norway a une capacité de 2,3 GW.', figure: '2,3 GW', verdict: 'contradicted', why: 'ten times 230 MW' },
  { kind: 'campus-phase', text: 'The Stargate I campus in Abilene will have a power capacity of 6 GW.', figure: '6 GW', verdict: 'unverified', why: 'close to programme-level Stargate figures (5.5 GW of new Oracle sites, 7 GW planned): not clearly the campus’s' },

  // ── Other languages ───────────────────────────────────────────────────────────────
  { kind: 'other-language', text: 'Mistral AI investiert 1,2 Mrd. Euro in ein Rechenzentrum in Borlänge.', figure: '1,2 Mrd. Euro', verdict: 'supported', fact: 'mistral-borlange-investment', why: 'German abbreviation' },
  { kind: 'other-language', text: 'Schwarz Digits investiert 11 Milliarden Euro in das Rechenzentrum in Lübbenau.', figure: '11 Milliarden Euro', verdict: 'supported', why: 'German' },
  { kind: 'other-language', text: 'Schwarz Digits investiert 40 Milliarden Euro in das Rechenzentrum in Lübbenau.', figure: '40 Milliarden Euro', verdict: 'contradicted', why: 'German, clearly wrong' },
  { kind: 'other-language', text: 'Die Bewertung von OpenAI liegt bei 852 Milliarden US-Dollar.', figure: '852 Milliarden US-Dollar', verdict: 'supported', why: 'German valuation' },
  { kind: 'other-language', text: 'Brookfield investiert bis zu 95 Milliarden schwedische Kronen in Strängnäs.', figure: '95 Milliarden schwedische Kronen', verdict: 'supported', why: 'German bound' },
  { kind: 'other-language', text: 'Mistral AI invertirá 1.200 millones de euros en su centro de datos de Borlänge.', figure: '1.200 millones de euros', verdict: 'supported', why: 'Spanish' },
  { kind: 'other-language', text: 'OpenAI ha recaudado 122.000 millones de dólares en su última ronda.', figure: '122.000 millones de dólares', verdict: 'supported', why: 'Spanish round' },
  { kind: 'other-language', text: 'La valoración de Mistral AI alcanza los 60.000 millones de euros.', figure: '60.000 millones de euros', verdict: 'contradicted', why: 'Spanish, clearly wrong' },
  { kind: 'other-language', text: 'Mistral AI investirà 1,2 miliardi di euro nel data center di Borlänge.', figure: '1,2 miliardi di euro', verdict: 'supported', why: 'Italian' },
  { kind: 'other-language', text: 'La valutazione di xAI è di 250 miliardi di dollari.', figure: '250 miliardi di dollari', verdict: 'supported', why: 'Italian valuation' },
  { kind: 'other-language', text: 'La valutazione di xAI è di 900 miliardi di dollari.', figure: '900 miliardi di dollari', verdict: 'contradicted', why: 'Italian, clearly wrong' },
  { kind: 'other-language', text: 'Secondo Mistral AI, il mercato europeo del cloud vale 100 miliardi di euro.', figure: '100 miliardi di euro', verdict: 'unverified', why: 'Italian attribution' },
];
