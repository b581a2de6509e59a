/**
 * Words that say which metric a sentence is about, in both languages, folded (no accents).
 * Facts add their own keywords; these are the defaults every fact of a metric shares.
 */
import type { Metric } from '../facts/schema';

export const METRIC_KEYWORDS: Partial<Record<Metric, string[]>> = {
  investment: ['investit', 'investir', 'investissement', 'investira', 'investi', 'investment', 'invest', 'invests', 'investing', 'projet', 'coute', 'cout', 'cost', 'budget'],
  valuation: ['valorisation', 'valorise', 'valorisee', 'pese', 'vaut', 'valeur', 'valuation', 'valued', 'worth', 'value'],
  'funding-round': ['leve', 'levee', 'leve', 'levees', 'tour de table', 'financement', 'serie', 'raised', 'raise', 'raises', 'raising', 'round', 'funding', 'series', 'fundraise', 'fundraising', 'capital'],
  'funding-total': ['leve', 'levee', 'total', 'raised', 'funding', 'financement'],
  'power-capacity': ['mw', 'gw', 'megawatts', 'gigawatts', 'puissance', 'capacite', 'power', 'capacity', 'data center', 'centre de donnees', 'electricite'],
  'gpu-count': ['gpu', 'gpus', 'puces', 'processeurs', 'accelerateurs', 'chips', 'processors', 'accelerators', 'superchips', 'equipe', 'equipped'],
  'opening-year': ['ouverture', 'ouvrir', 'ouvrira', 'operationnel', 'operationnelle', 'prevu', 'prevue', 'lancement', 'mise en service', 'inauguration', 'open', 'opening', 'operational', 'online', 'launch', 'expected'],
  'founding-year': ['fonde', 'fondee', 'creee', 'cree', 'creation', 'founded', 'created', 'established'],
  commitment: ['investissement', 'investissements', 'investir', 'engagement', 'engagements', 'annonce', 'mobiliser', 'investment', 'investments', 'pledge', 'pledged', 'commitment', 'commitments', 'invest'],
  'compute-deal': ['contrat', 'accord', 'deal', 'contract', 'agreement', 'partenariat', 'partnership', 'calcul', 'compute', 'cloud'],
  revenue: ['chiffre d affaires', 'revenus', 'revenu', 'ventes', 'revenue', 'revenues', 'sales'],
  count: [],
  capex: ['depenses', 'investissements', 'capex', 'spending', 'capital expenditure', 'spend'],
  energy: ['energie', 'consommation', 'energy', 'consumption', 'electricite', 'electricity'],
};
