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

export const STRINGS: Record<Lang, Strings> = { fr: FR, en: EN, de: EN, es: EN, it: EN };

/** The options page's text (its keys are prefixed opt_ in _locales). */
const OPTIONS_FR = {
    title: 'Réglages d’InfraCheck', sources: 'Sources des faits', bundled: 'Base intégrée', facts: 'faits', version: 'version',
    importFile: 'Importer un pack (fichier JSON)', addUrl: 'Ajouter un pack depuis une adresse https', adding: 'Téléchargement…',
    refresh: 'Actualiser maintenant', denied: 'Permission refusée pour ce site : le pack n’a pas été ajouté.', lastError: 'Dernière erreur',
    preferred: 'Éditeurs préférés (affichés en premier)', packs: 'Packs ajoutés', none: 'Aucun pack ajouté.', remove: 'Retirer',
    enable: 'Activer', disable: 'Désactiver', up: 'Monter', down: 'Descendre', priority: 'Le premier pack l’emporte quand deux packs se contredisent.',
    sites: 'Sites', defaults: 'Sites vérifiés par défaut', added: 'Sites ajoutés', excluded: 'Sites exclus', add: 'Ajouter',
    badHost: 'Adresse de site invalide.', display: 'Affichage', showUnverified: 'Afficher les chiffres non vérifiés',
    style: 'Style des badges', label: 'Icône et mot', compact: 'Icône seule', language: 'Langue de l’interface', auto: 'Automatique',
    publishers: 'Éditeurs masqués (nom ou domaine)', exportS: 'Exporter les réglages', importS: 'Importer des réglages',
    saved: 'Enregistré.', imported: 'Pack importé', settingsImported: 'Réglages importés.', invalidSettings: 'Fichier de réglages invalide : rien n’a été modifié.',
  };
type OptionsStrings = typeof OPTIONS_FR;
const OPTIONS_EN: OptionsStrings = {
    title: 'InfraCheck settings', sources: 'Fact sources', bundled: 'Bundled fact base', facts: 'facts', version: 'version',
    importFile: 'Import a pack (JSON file)', addUrl: 'Add a pack from an https address', adding: 'Downloading…',
    refresh: 'Refresh now', denied: 'Permission refused for this site: the pack was not added.', lastError: 'Last error',
    preferred: 'Preferred publishers (shown first)', packs: 'Added packs', none: 'No pack added.', remove: 'Remove',
    enable: 'Enable', disable: 'Disable', up: 'Move up', down: 'Move down', priority: 'The first pack wins when two packs disagree.',
    sites: 'Sites', defaults: 'Sites checked by default', added: 'Added sites', excluded: 'Excluded sites', add: 'Add',
    badHost: 'Not a valid site address.', display: 'Display', showUnverified: 'Show unverified figures',
    style: 'Badge style', label: 'Icon and word', compact: 'Icon only', language: 'Interface language', auto: 'Automatic',
    publishers: 'Hidden publishers (name or domain)', exportS: 'Export settings', importS: 'Import settings',
    saved: 'Saved.', imported: 'Pack imported', settingsImported: 'Settings imported.', invalidSettings: 'Invalid settings file: nothing was changed.',
  };
export const OPTIONS_STRINGS: Record<Lang, OptionsStrings> = { fr: OPTIONS_FR, en: OPTIONS_EN, de: OPTIONS_EN, es: OPTIONS_EN, it: OPTIONS_EN };

/** The manifest's name and description (__MSG_extName__, __MSG_extDescription__). */
export const MANIFEST_STRINGS: Partial<Record<Lang, { extName: string; extDescription: string }>> = {
  fr: { extName: 'InfraCheck', extDescription: 'Vérifie les chiffres de l’infrastructure IA dans les articles de presse, sources à l’appui.' },
  en: { extName: 'InfraCheck', extDescription: 'Fact-checks AI-infrastructure figures in news articles, with sources.' },
};

/** _locales/<lang>/messages.json as generated from these dictionaries (scripts/build-locales.ts). */
export function localeMessages(lang: Lang): Record<string, { message: string }> {
  const out: Record<string, { message: string }> = {};
  const add = (prefix: string, dict: Record<string, string>) => {
    // In messages.json a literal "$" is written "$$".
    for (const [k, v] of Object.entries(dict)) out[`${prefix}${k}`] = { message: v.replace(/\$/g, '$$$$') };
  };
  add('', MANIFEST_STRINGS[lang] ?? MANIFEST_STRINGS.en!);
  add('', STRINGS[lang]);
  add('opt_', OPTIONS_STRINGS[lang]);
  return out;
}

interface I18nApi {
  getMessage(key: string): string;
  getUILanguage(): string;
}

/**
 * The text of one dictionary: through browser.i18n (_locales, the browser's language) when the
 * user left the language on "auto", from the dictionary of the language they chose otherwise.
 */
export function localize<T extends Record<string, string>>(dicts: Record<Lang, T>, prefix: string, setting: 'auto' | Lang, i18n?: I18nApi): T {
  const lang = uiLanguage(setting, i18n ? browserLanguage(i18n) : undefined);
  if (setting !== 'auto' || !i18n) return dicts[lang];
  const out = {} as Record<string, string>;
  for (const [k, v] of Object.entries(dicts[lang])) out[k] = i18n.getMessage(`${prefix}${k}`) || v;
  return out as T;
}

export function verdictLabel(v: Verdict, lang: Lang): string {
  return STRINGS[lang][v];
}

/** Icon per verdict: shape carries the meaning, never colour alone. */
export const VERDICT_ICON: Record<Verdict, string> = {
  supported: '✓', outdated: '↻', contradicted: '✗', unverified: '?',
};

/**
 * The browser's language as the extension sees it: the locale browser.i18n picked for _locales
 * (@@ui_locale), else the UI language. They can differ (headless Chromium), and the interface must
 * speak one language.
 */
export function browserLanguage(i18n: { getMessage(k: string): string; getUILanguage(): string }): string {
  return i18n.getMessage('@@ui_locale') || i18n.getUILanguage();
}

export function uiLanguage(setting: 'auto' | Lang, browserLang: string | undefined): Lang {
  if (setting !== 'auto') return setting;
  return (browserLang ?? 'fr').toLowerCase().startsWith('en') ? 'en' : 'fr';
}
