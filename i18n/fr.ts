/**
 * Français. Typography: a no-break space (U+00A0) before « : », a narrow no-break space (U+202F)
 * before « ; », « ? », « ! » and inside guillemets, typographic apostrophes. Between a number and its
 * word the space stays an ordinary one ("1,2 milliard d’euros"), as the pages we quote print it.
 */
import type { Dictionary } from './types';

/** Espace insécable (before ":"). */
const NB = '\u00a0';
/** Espace fine insécable (before ";", "?", "!" and inside « »). */
const FINE = '\u202f';

const fr = {
  code: 'fr',
  name: 'Français',
  manifest: {
    extName: 'InfraCheck',
    extDescription: 'Vérifie les chiffres de l’infrastructure IA dans les articles de presse, sources à l’appui.',
  },
  ui: {
    supported: 'Vérifié', outdated: 'Dépassé', contradicted: 'Contredit', unverified: 'Non vérifié',
    supportedLong: 'Conforme aux sources', outdatedLong: 'Chiffre dépassé', contradictedLong: 'Contredit par les sources',
    unverifiedLong: 'Aucune source ne permet de vérifier ce chiffre',
    pageSays: 'La page indique', sourced: 'Chiffre sourcé', newer: 'Chiffre le plus récent', sources: 'Sources',
    close: 'Fermer', source: 'source', badgeHint: 'InfraCheck — cliquez pour le détail',
    badgeAria: `{verdict}${NB}: {text}`, badgeAriaSource: `{verdict}${NB}: {text} — source {publisher}`,
    factBase: 'Base de faits', scanning: 'Analyse de la page…', noFigures: 'Aucun chiffre sur l’infrastructure IA trouvé sur cette page.',
    notRunning: 'InfraCheck ne vérifie pas ce site par défaut.', checkPage: 'Vérifier cette page',
    restricted: 'InfraCheck ne peut pas lire cette page (pages du navigateur et boutique d’extensions).',
    alwaysSite: 'Toujours vérifier ce site', neverSite: 'Ne jamais vérifier ce site', options: 'Réglages',
    error: 'Erreur', showOnPage: 'Afficher dans la page', labelled: `{label}${NB}: {value}`,
  },
  options: {
    title: 'Réglages d’InfraCheck', sources: 'Sources des faits', bundled: 'Base intégrée', version: 'version',
    importFile: 'Importer un pack (fichier JSON)', addUrl: 'Ajouter un pack depuis une adresse https', adding: 'Téléchargement…',
    refresh: 'Actualiser maintenant', denied: `Permission refusée pour ce site${NB}: le pack n’a pas été ajouté.`, lastError: 'Dernière erreur',
    preferred: 'Éditeurs préférés (affichés en premier)', packs: 'Packs ajoutés', none: 'Aucun pack ajouté.', remove: 'Retirer',
    enable: 'Activer', disable: 'Désactiver', up: 'Monter', down: 'Descendre', priority: 'Le premier pack l’emporte quand deux packs se contredisent.',
    sites: 'Sites', defaults: 'Sites vérifiés par défaut', added: 'Sites ajoutés', excluded: 'Sites exclus', add: 'Ajouter',
    badHost: 'Adresse de site invalide.', hostPlaceholder: 'exemple.fr', display: 'Affichage', showUnverified: 'Afficher les chiffres non vérifiés',
    style: 'Style des badges', label: 'Icône et mot', compact: 'Icône seule', language: 'Langue de l’interface', auto: 'Automatique',
    publishers: 'Éditeurs masqués (nom ou domaine)', exportS: 'Exporter les réglages', importS: 'Importer des réglages',
    saved: 'Enregistré.', imported: 'Pack importé', settingsImported: 'Réglages importés.',
    invalidSettings: `Fichier de réglages invalide${NB}: rien n’a été modifié.`,
  },
  plurals: {
    figuresChecked: { one: '{n} chiffre vérifié', other: '{n} chiffres vérifiés' },
    contradicted: { one: '{n} contredit', other: '{n} contredits' },
    outdated: { one: '{n} dépassé', other: '{n} dépassés' },
    facts: { one: '{n} fait', other: '{n} faits' },
  },
  format: {
    locale: 'fr-FR',
    groupAlways: false,
    // French "billion" is 10¹².
    scales: [
      { factor: 1e12, forms: { one: 'billion', other: 'billions' } },
      { factor: 1e9, forms: { one: 'milliard', other: 'milliards' } },
      { factor: 1e6, forms: { one: 'million', other: 'millions' } },
    ],
    currencies: {
      EUR: { one: '{n} euro', other: '{n} euros', scaled: '{n} {scale} d’euros' },
      USD: { one: '{n} dollar', other: '{n} dollars', scaled: '{n} {scale} de dollars' },
      GBP: { one: '{n} livre sterling', other: '{n} livres sterling', scaled: '{n} {scale} de livres sterling' },
      CHF: { one: '{n} franc suisse', other: '{n} francs suisses', scaled: '{n} {scale} de francs suisses' },
      SEK: { one: '{n} couronne suédoise', other: '{n} couronnes suédoises', scaled: '{n} {scale} de couronnes suédoises' },
      JPY: { one: '{n} yen', other: '{n} yens', scaled: '{n} {scale} de yens' },
      CNY: { one: '{n} yuan', other: '{n} yuans', scaled: '{n} {scale} de yuans' },
      CAD: { one: '{n} dollar canadien', other: '{n} dollars canadiens', scaled: '{n} {scale} de dollars canadiens' },
    },
    gpu: { other: '{n} GPU', scaled: '{n} {scale} de GPU' },
    tonne: { one: '{n} tonne', other: '{n} tonnes', scaled: '{n} {scale} de tonnes' },
    litre: { one: '{n} litre', other: '{n} litres', scaled: '{n} {scale} de litres' },
    count: { other: '{n}', scaled: '{n} {scale}' },
    years: { one: '{n} an', other: '{n} ans' },
    months: { other: '{n} mois' },
    days: { one: '{n} jour', other: '{n} jours' },
    factor: { other: '{n} fois' },
    percent: `{n}${FINE}%`,
    symbol: '{n} {unit}',
    byte: 'o',
    perDay: '{v} par jour',
    perUnit: '{v} par {per}',
    perNouns: {
      rack: 'baie', building: 'bâtiment', year: 'an', month: 'mois', day: 'jour', gpu: 'GPU', chip: 'puce',
      server: 'serveur', site: 'site', campus: 'campus', user: 'utilisateur', employee: 'salarié', MW: 'MW',
    },
    range: '{low} à {high}',
    atLeast: 'plus de {v}',
    atMost: 'jusqu’à {v}',
    about: 'environ {v}',
    firstOfMonth: '1er',
    listSeparator: `${FINE}; `,
    compact: {
      scales: [{ factor: 1e9, word: 'Md' }, { factor: 1e6, word: 'M' }, { factor: 1e3, word: 'k', from: 1e4 }],
      scaledSign: '{n} {scale}{sign}', scaledCode: '{n} {scale} {code}', plainSign: `{n}${NB}{sign}`, plainCode: `{n}${NB}{code}`,
    },
    quarters: ['1er trimestre {year}', '2e trimestre {year}', '3e trimestre {year}', '4e trimestre {year}'],
    yearParts: { start: 'début {year}', mid: 'mi-{year}', end: 'fin {year}' },
  },
  explain: {
    cite: '{figure} ({publisher}, {date})',
    citeEstimate: '{figure}, une estimation ({publisher}, {date})',
    according: '{figure} selon {publisher} ({date})',
    sinceDay: 'du {date}',
    sinceMonth: 'de {date}',
    sinceMonthVowel: 'd’{date}',
    matches: `Conforme à la source${NB}: {cite}.`,
    matchesTotal: `Conforme aux sources${NB}: c’est la somme de {parts}.`,
    matchesTotalOf: `Conforme aux sources${NB}: {total}, somme de {parts}.`,
    matchesDisputed: `Conforme à une source, mais les sources divergent${NB}: {list}.`,
    matchesPast: `Conforme à la source pour cette date${NB}: {cite}.`,
    matchesPastNewer: `Exact à cette date${NB}: {cite}${FINE}; le chiffre le plus récent est {newer}.`,
    superseded: `Chiffre dépassé${NB}: {old} date {since}${FINE}; le plus récent est {newer}.`,
    differs: `Les sources donnent {list}, pas «${FINE}{claim}${FINE}».`,
    noFact: 'Aucun fait sourcé ne porte clairement sur ce chiffre.',
    noMetric: `L’entreprise est connue, mais la phrase ne dit pas de quel chiffre il s’agit${NB}: pas de verdict.`,
    ambiguous: `Plusieurs faits pourraient correspondre${NB}: impossible de trancher.`,
    ambiguousAmong: `Plusieurs faits pourraient correspondre, impossible de trancher${NB}: {list}.`,
    heldBack: `{conditions}${NB}: pas de verdict. Source${NB}: {cite}.`,
    notChecked: 'Ce type de chiffre n’est pas vérifié.',
    gate: {
      'subject-not-in-sentence': 'la phrase ne nomme pas l’entreprise',
      'subject-only-attributed': 'l’entreprise n’y est citée que comme source de la déclaration',
      'no-metric-word': 'aucun mot de la phrase ne dit de quelle grandeur il s’agit',
      'other-entity-named': 'la phrase nomme une autre entreprise qui a un chiffre de ce type',
      'unknown-name-near': 'un nom absent de la base figure à côté du chiffre',
      'currency-implied': 'la devise n’est pas écrite, elle est reprise d’un montant précédent',
      'within-history': 'le chiffre se situe entre des valeurs que ce fait a eues',
      'no-clear-gap': 'l’écart avec le chiffre sourcé n’est pas net',
      'estimate-only': 'les chiffres qui divergent ne sont que des estimations',
      'candidates-disagree': 'les faits possibles ne vont pas dans le même sens',
      'vague-figure': 'le chiffre est trop vague pour être contredit',
      'per-unit': 'un chiffre par unité ne se compare pas à un total, ni l’inverse',
      'within-bound': 'la source ne donne qu’une borne, que le chiffre respecte',
      'part-only': 'les sources ne donnent que des parties d’un total, dont ce chiffre peut être la somme',
      'other-date': 'la phrase date le chiffre d’une année pour laquelle nous n’avons pas de source',
    },
  },
} satisfies Dictionary;

export default fr;
