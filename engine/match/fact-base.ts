/**
 * A fact base prepared for matching: superseded chains, an exact alias index (folded n-grams →
 * chains), a keyword index (stemmed n-grams → metrics and chains) and a Fuse.js index over the
 * alias vocabulary for fuzzy subject names. Built once per set of packs; the bundled pack's Fuse
 * index is prebuilt at build time.
 */
import Fuse, { type FuseIndex, type IFuseOptions } from 'fuse.js';
import type { Fact, FactPack, Metric } from '../facts/schema';
import type { RateTable } from '../facts/rates';
import { dimensionOf, type Dimension } from '../units';
import { LANGUAGE_PACKS } from '../lang';
import { countryNames } from '../lang/places';
import { memo } from '../memo';
import { fold, phraseKey } from './text';

/** Country names in the five languages → ISO code (folded keys). */
export const COUNTRY_KEYS = new Map<string, string>();
/** Names safe to add as aliases (not "US", "UK", "Island", which are words too). */
const EXPANDABLE_NAMES = new Map<string, string[]>();
const NOT_EXPANDED = new Set(['island', 'america', 'emirates', 'emirate', 'england']);
for (const [name, code] of countryNames()) {
  const key = phraseKey(name);
  COUNTRY_KEYS.set(key, code);
  if (key.length > 3 && !NOT_EXPANDED.has(key)) EXPANDABLE_NAMES.set(code, [...(EXPANDABLE_NAMES.get(code) ?? []), name]);
}

export interface PreparedFact extends Fact {
  packId: string;
  /** Lower wins when two packs disagree (the user orders packs in the options). */
  rank: number;
  /** Id of the newest fact of this fact's superseded chain. */
  chain: string;
  dim: Dimension;
  entity: string;
}

export interface Chain {
  id: string;
  /** Oldest first; the last one is current. */
  facts: PreparedFact[];
  head: PreparedFact;
  metric: Metric;
  dim: Dimension;
  entity: string;
  rank: number;
}

export interface AliasEntry {
  /** Chains this alias names, by dimension. */
  chains: Map<Dimension, string[]>;
  /** Specificity: 1 for an alias of one subject, lower for names shared by several (like "Mistral"). */
  weight: number;
}

/** One row of the fuzzy vocabulary: an alias as written and its folded key. */
export interface AliasRecord {
  t: string;
  k: string;
}

export interface FactBase {
  facts: PreparedFact[];
  byId: Map<string, PreparedFact>;
  chains: Map<string, Chain>;
  aliases: Map<string, AliasEntry>;
  maxAliasWords: number;
  /** Proper word prefixes of multi-word aliases ("bruyeres le" of "bruyeres le chatel"): lets n-gram scans stop early. */
  aliasPrefixes: Set<string>;
  /** The same for multi-word keywords. */
  keywordPrefixes: Set<string>;
  /** Folded alias → entities it names (for the page's main subject). */
  aliasEntities: Map<string, Set<string>>;
  /** Entity → its chains by dimension. */
  entityChains: Map<string, Map<Dimension, string[]>>;
  /** Parts of a total (facts with `partOf`), by the total's label. */
  parts: Map<string, PreparedFact[]>;
  /** Countries a chain's facts name (ISO codes), from their aliases and keywords. */
  chainPlaces: Map<string, Set<string>>;
  /** Stemmed keyword phrase → metrics whose default keywords include it. */
  metricKeywords: Map<string, Set<Metric>>;
  /** Stemmed keyword phrase → chains whose facts list it. */
  chainKeywords: Map<string, string[]>;
  /** Chain → its facts' own stemmed keyword phrases. */
  chainKeywordKeys: Map<string, string[]>;
  /** Fuzzy lookups, memoised per folded word for the life of the fact base (pages repeat names). */
  fuzzyCache: Map<string, { key: string; score: number }[]>;
  /** For large vocabularies: Fuse instances per (initial, length) bucket, built on first use. */
  fuzzyBuckets?: { groups: Map<string, AliasRecord[]>; built: Map<string, Fuse<AliasRecord>> };
  maxKeywordWords: number;
  vocabulary: AliasRecord[];
  fuse: Fuse<AliasRecord>;
  rates: RateTable;
  packs: { id: string; title: string; version: string; updated: string; count: number }[];
}

/**
 * Fuse options, set explicitly (its defaults favour matches near the start of a string):
 * - keys: only the alias text; we look up names, not sentences.
 * - threshold 0.2: a typo or a missing accent ("Borlange", "Mistrall"), not a different name.
 * - ignoreLocation: a name matches wherever it sits in the alias ("Mistral" in "Mistral AI").
 * - ignoreDiacritics: French names lose their accents in English copy.
 * - minMatchCharLength 4: short fragments match everything.
 */
export const FUSE_OPTIONS: IFuseOptions<AliasRecord> = {
  keys: ['t'],
  threshold: 0.2,
  ignoreLocation: true,
  ignoreDiacritics: true,
  isCaseSensitive: false,
  includeScore: true,
  minMatchCharLength: 4,
  shouldSort: true,
};
export const FUSE_KEYS = ['t'];

/** Packs in priority order (first wins on duplicate ids). */
/** A keyword's stemmed key and the country it names, if any: packs repeat their keywords fact after fact. */
const keywordKeys = memo(50_000, (word) => ({ stemmed: phraseKey(word, true), country: COUNTRY_KEYS.get(phraseKey(word)) }));

function sameList(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** A subject's names as the alias index needs them. */
interface SubjectNames {
  nameKey: string;
  firstWord: string;
  /** Countries the names are. */
  codes: Set<string>;
  /** [key, printed name] of its own names, and with the other-language names of its countries. */
  own: [string, string][];
  withPlaces: [string, string][];
}

function subjectNames(name: string, aliases: string[]): SubjectNames {
  const nameKey = phraseKey(name);
  const names = aliases.length ? [name, ...aliases] : [name];
  const codes = new Set<string>();
  for (const a of names) {
    const code = COUNTRY_KEYS.get(phraseKey(a));
    if (code) codes.add(code);
  }
  const keyed = (list: string[]) => list.flatMap((a): [string, string][] => {
    const key = phraseKey(a);
    return key ? [[key, a]] : [];
  });
  const own = keyed(names);
  // A place only its keywords name keeps its own names; a place among the names adds the others'.
  const withPlaces = codes.size ? keyed([...names, ...[...codes].flatMap((c) => EXPANDABLE_NAMES.get(c) ?? [])]) : own;
  return { nameKey, firstWord: nameKey.split(' ')[0], codes, own, withPlaces };
}

export function prepareFactBase(
  packs: FactPack[],
  rates: RateTable,
  prebuiltIndex?: ReturnType<FuseIndex<AliasRecord>['toJSON']>,
): FactBase {
  const facts: PreparedFact[] = [];
  const byId = new Map<string, PreparedFact>();
  const entities = new Map<string, string>(); // subject name → folded, once per entity
  const parts = new Map<string, PreparedFact[]>();
  packs.forEach((pack, rank) => {
    for (const f of pack.facts) {
      if (byId.has(f.id)) continue;
      let entity = entities.get(f.subject.name);
      if (entity === undefined) entities.set(f.subject.name, (entity = fold(f.subject.name)));
      // One fixed object shape for every fact (a spread of facts with different optional fields is
      // ten times slower at 100k facts).
      const pf: PreparedFact = {
        id: f.id, subject: f.subject, metric: f.metric, keywords: f.keywords, value: f.value, unit: f.unit,
        approx: f.approx, low: f.low, high: f.high, asOf: f.asOf, supersededBy: f.supersededBy,
        statement: f.statement, sources: f.sources, note: f.note,
        estimate: f.estimate, disputes: f.disputes, partOf: f.partOf, per: f.per, status: f.status, rating: f.rating,
        packId: pack.id, rank, chain: f.id, dim: dimensionOf(f.unit), entity,
      };
      facts.push(pf);
      byId.set(f.id, pf);
      if (f.partOf) {
        const list = parts.get(f.partOf);
        if (list) list.push(pf);
        else parts.set(f.partOf, [pf]);
      }
    }
  });

  // Chains: follow supersededBy to the newest fact (bounded: validation already refused loops).
  const chains = new Map<string, Chain>();
  for (const f of facts) {
    let head = f;
    for (let steps = 0; head.supersededBy && byId.has(head.supersededBy) && steps < facts.length; steps++) {
      head = byId.get(head.supersededBy)!;
    }
    f.chain = head.id;
    let chain = chains.get(head.id);
    if (!chain) {
      chain = { id: head.id, facts: [], head, metric: head.metric, dim: head.dim, entity: head.entity, rank: head.rank };
      chains.set(head.id, chain);
    }
    chain.facts.push(f);
  }
  // Oldest first, the head last (asOf dates are ISO strings: plain comparison orders them).
  for (const c of chains.values()) {
    if (c.facts.length > 1) c.facts.sort((a, b) => (a.asOf < b.asOf ? -1 : a.asOf > b.asOf ? 1 : a === c.head ? 1 : -1));
  }

  // Aliases: every name and alias of every fact, folded.
  const aliasChains = new Map<string, Set<string>>();
  const aliasEntities = new Map<string, Set<string>>();
  const aliasText = new Map<string, string>();
  let maxAliasWords = 1;
  const chainPlaces = new Map<string, Set<string>>();
  // What a subject's names give (their keys, their countries, the names those countries add) is
  // the same for each of its facts: worked out once per subject.
  const subjects = new Map<string, { aliases: string[]; names: SubjectNames }[]>();
  const chainKeywordSets = new Map<string, Set<string>>();
  let maxKeywordWords = 1;
  for (const f of facts) {
    // By name, then the same aliases (no key string built and hashed per fact).
    let same = subjects.get(f.subject.name);
    if (!same) subjects.set(f.subject.name, (same = []));
    let sn = same.find((e) => sameList(e.aliases, f.subject.aliases))?.names;
    if (!sn) same.push({ aliases: f.subject.aliases, names: (sn = subjectNames(f.subject.name, f.subject.aliases)) });
    // A country among the names or keywords: the fact's place, in every language ("Suède" also
    // names it as "Sweden", "Schweden", "Suecia", "Svezia").
    // One pass over the fact's keywords: the countries they name, and their stemmed keys.
    let placed: Set<string> | undefined = sn.codes.size ? new Set(sn.codes) : undefined;
    for (const list of Object.values(f.keywords) as string[][]) {
      for (const w of list) {
        const kw = keywordKeys(w);
        if (kw.country) (placed ??= new Set()).add(kw.country);
        if (!kw.stemmed) continue;
        let set = chainKeywordSets.get(kw.stemmed);
        if (!set) {
          chainKeywordSets.set(kw.stemmed, (set = new Set()));
          maxKeywordWords = Math.max(maxKeywordWords, Math.min(4, kw.stemmed.split(' ').length));
        }
        set.add(f.chain);
      }
    }
    if (placed) {
      const codes = chainPlaces.get(f.chain) ?? new Set<string>();
      for (const c of placed) codes.add(c);
      chainPlaces.set(f.chain, codes);
    }
    for (const [key, a] of placed ? sn.withPlaces : sn.own) {
      let set = aliasChains.get(key);
      if (!set) {
        aliasChains.set(key, (set = new Set()));
        aliasText.set(key, a);
        maxAliasWords = Math.max(maxAliasWords, key.split(' ').length);
      }
      set.add(f.chain);
      // Only the subject's own name makes a page "about" it (not partners listed as aliases).
      if (key === sn.nameKey || key === sn.firstWord) {
        const es = aliasEntities.get(key) ?? new Set();
        es.add(f.entity);
        aliasEntities.set(key, es);
      }
    }
  }
  const aliases = new Map<string, AliasEntry>();
  for (const [key, set] of aliasChains) {
    const byDim = new Map<Dimension, string[]>();
    // Specificity by how many subjects the name names (not how many facts they have: a company
    // with fifty funding rounds is still named as specifically by its name).
    const entitiesNamed = new Set<string>();
    for (const id of set) {
      const chain = chains.get(id)!;
      const list = byDim.get(chain.dim);
      if (list) list.push(id);
      else byDim.set(chain.dim, [id]);
      entitiesNamed.add(chain.entity);
    }
    aliases.set(key, { chains: byDim, weight: 1 / Math.sqrt(entitiesNamed.size) });
  }

  const entityChains = new Map<string, Map<Dimension, string[]>>();
  for (const c of chains.values()) {
    let byDim = entityChains.get(c.entity);
    if (!byDim) entityChains.set(c.entity, (byDim = new Map<Dimension, string[]>()));
    const list = byDim.get(c.dim);
    if (list) list.push(c.id);
    else byDim.set(c.dim, [c.id]);
  }

  // Keywords: defaults by metric, plus each fact's own, stemmed.
  const metricKeywords = new Map<string, Set<Metric>>();
  // Every language pack's metric words: a German page about a French site still names its metric.
  for (const [metric, words] of LANGUAGE_PACKS.flatMap((p) => Object.entries(p.metricKeywords) as [Metric, string[]][])) {
    for (const w of words) {
      const key = phraseKey(w, true);
      maxKeywordWords = Math.max(maxKeywordWords, key.split(' ').length);
      const set = metricKeywords.get(key) ?? new Set();
      set.add(metric);
      metricKeywords.set(key, set);
    }
  }
  // (Each fact's own keywords were keyed with its names, above.)
  const chainKeywords = new Map([...chainKeywordSets].map(([k, s]) => [k, [...s]]));
  const prefixesOf = (keys: Iterable<string>) => {
    const out = new Set<string>();
    for (const k of keys) {
      const words = k.split(' ');
      for (let n = 1; n < words.length; n++) out.add(words.slice(0, n).join(' '));
    }
    return out;
  };
  const aliasPrefixes = prefixesOf(aliases.keys());
  const keywordPrefixes = prefixesOf([...metricKeywords.keys(), ...chainKeywords.keys()]);
  const chainKeywordKeys = new Map<string, string[]>();
  for (const [key, set] of chainKeywordSets) {
    for (const id of set) {
      const list = chainKeywordKeys.get(id);
      if (list) list.push(key);
      else chainKeywordKeys.set(id, [key]);
    }
  }

  const vocabulary: AliasRecord[] = [...aliasText].map(([k, t]) => ({ t, k }));
  const index = prebuiltIndex
    ? Fuse.parseIndex<AliasRecord>(prebuiltIndex)
    : Fuse.createIndex<AliasRecord>(FUSE_KEYS, vocabulary);
  const fuse = new Fuse(vocabulary, FUSE_OPTIONS, index);

  return {
    chainPlaces, parts, facts, byId, chains, aliases, maxAliasWords, aliasPrefixes, keywordPrefixes, aliasEntities, entityChains, metricKeywords, chainKeywords, chainKeywordKeys,
    maxKeywordWords, fuzzyCache: new Map(),
    vocabulary, fuse, rates,
    packs: packs.map((p) => ({ id: p.id, title: p.title, version: p.version, updated: p.updated, count: p.facts.length })),
  };
}

/** The alias vocabulary of a set of packs, in the order `prepareFactBase` builds it (for prebuilding). */
export function aliasVocabulary(packs: FactPack[]): AliasRecord[] {
  // Derived from prepareFactBase itself, so the prebuilt index always lines up with it.
  return prepareFactBase(packs, { base: 'EUR', years: {} }).vocabulary;
}

