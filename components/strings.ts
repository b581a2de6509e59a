/**
 * Transition shim: the interface text now lives in i18n/ (one file per language, i18n/index.ts for
 * the helpers). Import from '../i18n' directly; this file goes once nothing imports it.
 */
export {
  MANIFEST_STRINGS, OPTIONS_STRINGS, STRINGS, VERDICT_ICON, browserLanguage, localeMessages, localize, uiLanguage, verdictLabel,
} from '../i18n';
