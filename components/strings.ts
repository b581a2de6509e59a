/**
 * Interface text in French and English. The manifest's name and description come from _locales
 * (browser.i18n); these strings follow the language the user picked in the options (or the
 * browser's when "auto"), which browser.i18n cannot switch at run time.
 */
import type { Lang, Verdict } from '../engine/types';

const FR = {
  supported: 'Vérifié', outdated: 'Dépassé', contradicted: 'Contredit', unverified: 'Non vérifié',
  supportedLong: 'Conforme aux sources', outdatedLong: 'Chiffre dépassé', contradictedLong: 'Contredit par les sources',
  unverifiedLong: 'Aucune source ne permet de vérifier ce chiffre',
  pageSays: 'La page indique', sourced: 'Chiffre sourcé', newer: 'Chiffre le plus récent', sources: 'Sources',
  close: 'Fermer', source: 'source', badgeHint: 'InfraCheck — cliquez pour le détail',
  figures: 'chiffres', figure: 'chiffre', checked: 'vérifiés', contradictedN: 'contredits', outdatedN: 'dépassés',
  factBase: 'Base de faits', scanning: 'Analyse de la page…', noFigures: 'Aucun chiffre sur l’infrastructure IA trouvé sur cette page.',
  notRunning: 'InfraCheck ne vérifie pas ce site par défaut.', checkPage: 'Vérifier cette page',
  restricted: 'InfraCheck ne peut pas lire cette page (pages du navigateur et boutique d’extensions).',
  alwaysSite: 'Toujours vérifier ce site', neverSite: 'Ne jamais vérifier ce site', options: 'Réglages',
  error: 'Erreur', showOnPage: 'Afficher dans la page', facts: 'faits',
};
type Strings = typeof FR;
const EN: Strings = {
  supported: 'Verified', outdated: 'Outdated', contradicted: 'Contradicted', unverified: 'Unverified',
  supportedLong: 'Matches the sources', outdatedLong: 'Outdated figure', contradictedLong: 'Contradicted by the sources',
  unverifiedLong: 'No source lets us check this figure',
  pageSays: 'The page says', sourced: 'Sourced figure', newer: 'Latest figure', sources: 'Sources',
  close: 'Close', source: 'source', badgeHint: 'InfraCheck — click for details',
  figures: 'figures', figure: 'figure', checked: 'checked', contradictedN: 'contradicted', outdatedN: 'outdated',
  factBase: 'Fact base', scanning: 'Scanning the page…', noFigures: 'No AI-infrastructure figures found on this page.',
  notRunning: 'InfraCheck does not check this site by default.', checkPage: 'Check this page',
  restricted: 'InfraCheck cannot read this page (browser pages and the extension store).',
  alwaysSite: 'Always check this site', neverSite: 'Never check this site', options: 'Settings',
  error: 'Error', showOnPage: 'Show on the page', facts: 'facts',
};

export const STRINGS: Record<Lang, Strings> = { fr: FR, en: EN };

export function verdictLabel(v: Verdict, lang: Lang): string {
  return STRINGS[lang][v];
}

/** Icon per verdict: shape carries the meaning, never colour alone. */
export const VERDICT_ICON: Record<Verdict, string> = {
  supported: '✓', outdated: '↻', contradicted: '✗', unverified: '?',
};

export function uiLanguage(setting: 'auto' | Lang, browserLang: string | undefined): Lang {
  if (setting !== 'auto') return setting;
  return (browserLang ?? 'fr').toLowerCase().startsWith('en') ? 'en' : 'fr';
}
