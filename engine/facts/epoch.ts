/**
 * Epoch AI importer (pure: no fs, no DOM, no browser API). Turns Epoch AI's CC BY 4.0 CSVs — GPU
 * clusters, frontier data centers (and their timelines), AI companies' funding rounds and revenue
 * reports — into facts of our schema, and lists every row (or figure) it leaves out with the reason.
 *
 * Rules (see README, "Fact packs → Epoch AI"):
 * - only figures a publisher stated, with a source URL: reported power and cost (never Epoch's
 *   "Calculated" ones), a chip count only when the source text Epoch quotes states that number,
 *   H100-equivalents only when the source states them (never Epoch's own conversion);
 * - only Confirmed / Likely (Confident / Likely) rows; never decommissioned clusters, rounds still in
 *   discussion, product or partial revenue;
 * - existing and planned clusters are different quantities (`status`), never one chain; chains only
 *   link phases of the same cluster that were both operational, oldest first, or a company's
 *   valuation / annualised revenue over time;
 * - statements are written here from the figures (Epoch's Quote / Note columns are read to check a
 *   figure, never copied);
 * - every fact cites the original URLs Epoch lists plus Epoch AI itself (dataset, page, licence).
 */
import Papa from 'papaparse';
import type { Fact, Metric, Source } from './schema';
import type { Lang, Unit } from '../types';
import { fold } from '../match/text';

export type EpochKind = 'gpu-clusters' | 'data-centers' | 'data-center-timelines' | 'funding-rounds' | 'revenue-reports';

export interface EpochSkip {
  /** 1-based data row (the header is row 0). */
  row: number;
  /** The row's name in Epoch's data (cluster, company round…). */
  name?: string;
  /** The fact id this row would have had, when it got that far. */
  id?: string;
  metric?: Metric;
  /** A short code: no-source, estimate, uncertain, decommissioned, not-closed, … */
  reason: string;
  /** What exactly was wrong, in our words. */
  detail: string;
}

export interface EpochResult {
  kind: EpochKind;
  rows: number;
  facts: Fact[];
  skipped: EpochSkip[];
  /**
   * Hand-written facts (from `existing`) that an imported figure updates: the newest hand-written
   * figure of a quantity, older than an imported one, is superseded by it (applied when the bundled
   * pack is assembled; the hand-written file is not touched).
   */
  links: { id: string; supersededBy: string }[];
}

export interface EpochOptions {
  /** The date the data is judged against (YYYY-MM-DD): a figure dated after it is refused. Default: today. */
  today?: string;
  /** The date the CSV was retrieved, cited on the Epoch AI source. Default: `today`. */
  retrieved?: string;
  /** Hand-written facts: an Epoch figure that repeats one of them is left out (logged). */
  existing?: readonly Fact[];
  /** Drop plain-http source URLs (the bundled pack requires https). */
  requireHttps?: boolean;
  /**
   * Judges each original source (the bundled import passes the facts audit's rules): `keep` false
   * drops the citation; a fact needs at least one `strong` one (a primary publisher or an
   * established newsroom) or it is left out.
   */
  judgeSource?: (url: string, publisher: string) => { keep: boolean; strong: boolean };
}

/** Epoch CSVs are a few hundred kB; refuse anything that is clearly not one. */
export const MAX_EPOCH_CSV_BYTES = 20 * 1024 * 1024;

export class EpochError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EpochError';
  }
}

export const EPOCH_DATASETS: Record<EpochKind, { title: string; url: string }> = {
  'gpu-clusters': { title: 'Data on GPU Clusters', url: 'https://epoch.ai/data/gpu-clusters' },
  'data-centers': { title: 'Data on Frontier AI Data Centers', url: 'https://epoch.ai/data/data-centers' },
  'data-center-timelines': { title: 'Data on Frontier AI Data Centers', url: 'https://epoch.ai/data/data-centers' },
  'funding-rounds': { title: 'Data on AI Companies', url: 'https://epoch.ai/data/ai-companies' },
  'revenue-reports': { title: 'Data on AI Companies', url: 'https://epoch.ai/data/ai-companies' },
};

const LICENCE_NOTE = (kind: EpochKind) =>
  `Imported from Epoch AI, '${EPOCH_DATASETS[kind].title}' (${EPOCH_DATASETS[kind].url}), licensed CC BY 4.0 ` +
  `(https://creativecommons.org/licenses/by/4.0/). Statement written by InfraCheck from the figures.`;

// ---------------------------------------------------------------------------------------------
// Kind detection and CSV parsing

/** Which Epoch dataset a header row belongs to, or null. */
export function detectEpochKind(headers: readonly string[]): EpochKind | null {
  const h = new Set(headers.map((s) => s.trim()));
  if (h.has('Chip quantity (primary)') && h.has('Certainty') && h.has('Reported Power Capacity (MW)')) return 'gpu-clusters';
  if (h.has('Valuation (post-money)') && h.has('Funding (equity)')) return 'funding-rounds';
  if (h.has('Annualized revenue (USD)') && h.has('Revenue amount (normalize to annual)')) return 'revenue-reports';
  if (h.has('Data center') && h.has('Construction status') && h.has('Power (MW)')) return 'data-center-timelines';
  if (h.has('Handle') && h.has('Current power (MW)')) return 'data-centers';
  return null;
}

function parseCsv(csvText: string): { headers: string[]; rows: Record<string, string>[] } {
  if (typeof csvText !== 'string') throw new EpochError('not CSV text');
  if (csvText.length > MAX_EPOCH_CSV_BYTES) {
    throw new EpochError(
      `Epoch AI CSV too large: ${(csvText.length / 1048576).toFixed(1)} MB (the limit is ${MAX_EPOCH_CSV_BYTES / 1048576} MB)`,
    );
  }
  const text = csvText.replace(/^\uFEFF/, '');
  const out = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: 'greedy', transformHeader: (s) => s.trim() });
  const headers = out.meta.fields ?? [];
  const fatal = out.errors.find((e) => e.type === 'Quotes' || e.type === 'Delimiter');
  if (fatal && out.data.length === 0) throw new EpochError(`not a readable CSV: ${fatal.message}`);
  return { headers, rows: out.data };
}

/** Whether a text's first line looks like the header row of an Epoch AI CSV. */
export function looksLikeEpochCsv(text: string): boolean {
  const first = text.replace(/^\uFEFF/, '').slice(0, 8000).split(/\r?\n/, 1)[0] ?? '';
  if (!first.includes(',')) return false;
  const headers = Papa.parse<string[]>(first, { header: false }).data[0] ?? [];
  return detectEpochKind(headers) !== null;
}

// ---------------------------------------------------------------------------------------------
// Small helpers

const cell = (r: Record<string, string>, k: string) => (r[k] ?? '').trim();

/** Words that make a quoted figure someone's estimate or guess rather than a stated one. */
const HEDGED = /\b(estimat\w*|assum\w*|presumabl\w*|we think|guess\w*|roughly|speculat\w*|rumou?r\w*)\b/i;

/** A number Epoch wrote ("10000000000.0"); undefined for empty, NaN for garbage. */
function num(s: string): number | undefined {
  const t = s.replace(/[\s,]/g, '');
  if (!t) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : NaN;
}

function isoDate(s: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s.trim());
  if (!m) return undefined;
  const d = new Date(`${m[1]}-${m[2]}-${m[3]}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== `${m[1]}-${m[2]}-${m[3]}` ? undefined : `${m[1]}-${m[2]}-${m[3]}`;
}

function daysBetween(a: string, b: string): number {
  const d = (s: string) => Date.parse(s.length === 7 ? `${s}-01` : s);
  return Math.abs(d(a) - d(b)) / 86_400_000;
}

function slug(s: string, max = 60): string {
  return fold(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/g, '');
}

/**
 * Numbers stated in a piece of source text, with their scale words: "24,576" → 24576, "100k" →
 * 100000, "1.5 million" → 1500000, "$1.2 billion" → 1.2e9. Used only to check that a figure was
 * stated; the text itself never leaves this function.
 */
function statedNumbers(text: string): { value: number; money: boolean }[] {
  const out: { value: number; money: boolean }[] = [];
  const re =
    /(\$|US\$|USD\s?|€|£)?\s?(\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s?(k|K|thousand|m|M|mn|million|b|B|bn|billion|t|trillion)\b)?(\s?(?:USD|dollars))?/g;
  for (const m of text.matchAll(re)) {
    const raw = m[2].replace(/[,\u00a0\u202f ]/g, '');
    let v = Number(raw);
    if (!Number.isFinite(v)) continue;
    const scale = m[3];
    if (scale) v *= /^(k|K|thousand)$/.test(scale) ? 1e3 : /^(m|M|mn|million)$/.test(scale) ? 1e6 : /^(b|B|bn|billion)$/.test(scale) ? 1e9 : 1e12;
    const money = m[1] === '$' || m[1] === 'US$' || /USD/.test(m[1] ?? '') || !!m[4];
    out.push({ value: v, money });
  }
  return out;
}

function stated(text: string, value: number, opts: { money?: boolean; tolerance?: number } = {}): boolean {
  const tol = opts.tolerance ?? 0.005;
  return statedNumbers(text).some((n) => (!opts.money || n.money) && Math.abs(n.value - value) <= tol * value);
}

// ---------------------------------------------------------------------------------------------
// Sources

const PUBLISHERS: Record<string, string> = {
  'reuters.com': 'Reuters', 'bloomberg.com': 'Bloomberg', 'ft.com': 'Financial Times', 'wsj.com': 'The Wall Street Journal',
  'nytimes.com': 'The New York Times', 'cnbc.com': 'CNBC', 'techcrunch.com': 'TechCrunch', 'theverge.com': 'The Verge',
  'theinformation.com': 'The Information', 'fortune.com': 'Fortune', 'wired.com': 'Wired', 'datacenterdynamics.com': 'DatacenterDynamics',
  'hpcwire.com': 'HPCwire', 'nextplatform.com': 'The Next Platform', 'top500.org': 'TOP500', 'openai.com': 'OpenAI',
  'anthropic.com': 'Anthropic', 'x.ai': 'xAI', 'mistral.ai': 'Mistral AI', 'blogs.nvidia.com': 'NVIDIA', 'nvidianews.nvidia.com': 'NVIDIA',
  'nvidia.com': 'NVIDIA', 'engineering.fb.com': 'Meta', 'about.fb.com': 'Meta', 'ai.meta.com': 'Meta', 'meta.com': 'Meta',
  'news.microsoft.com': 'Microsoft', 'blogs.microsoft.com': 'Microsoft', 'microsoft.com': 'Microsoft', 'azure.microsoft.com': 'Microsoft',
  'aboutamazon.com': 'Amazon', 'aws.amazon.com': 'Amazon Web Services', 'blog.google': 'Google', 'cloud.google.com': 'Google Cloud',
  'oracle.com': 'Oracle', 'coreweave.com': 'CoreWeave', 'tesla.com': 'Tesla', 'sec.gov': 'U.S. SEC', 'energy.gov': 'U.S. Department of Energy',
  'commerce.gov': 'U.S. Department of Commerce', 'whitehouse.gov': 'The White House', 'eurohpc-ju.europa.eu': 'EuroHPC JU',
  'ec.europa.eu': 'European Commission', 'europa.eu': 'European Union', 'gov.uk': 'UK Government', 'businesswire.com': 'Business Wire',
  'prnewswire.com': 'PR Newswire', 'globenewswire.com': 'GlobeNewswire', 'semianalysis.com': 'SemiAnalysis', 'theregister.com': 'The Register',
  'tomshardware.com': "Tom's Hardware", 'servethehome.com': 'ServeTheHome', 'lemonde.fr': 'Le Monde', 'lesechos.fr': 'Les Echos',
  'lemagit.fr': 'LeMagIT', 'usinenouvelle.com': "L'Usine Nouvelle", 'handelsblatt.com': 'Handelsblatt', 'sifted.eu': 'Sifted',
  'crunchbase.com': 'Crunchbase', 'news.crunchbase.com': 'Crunchbase News', 'finance.yahoo.com': 'Yahoo Finance', 'x.com': 'X (Twitter)',
  'twitter.com': 'X (Twitter)', 'arxiv.org': 'arXiv', 'nikkei.com': 'Nikkei', 'asia.nikkei.com': 'Nikkei Asia', 'axios.com': 'Axios',
  'washingtonpost.com': 'The Washington Post', 'theguardian.com': 'The Guardian', 'bbc.com': 'BBC', 'bbc.co.uk': 'BBC',
  'datacenterfrontier.com': 'Data Center Frontier', 'insidehpc.com': 'insideHPC', 'hpe.com': 'Hewlett Packard Enterprise',
  'atos.net': 'Atos', 'eviden.com': 'Eviden', 'llnl.gov': 'Lawrence Livermore National Laboratory', 'ornl.gov': 'Oak Ridge National Laboratory',
  'anl.gov': 'Argonne National Laboratory', 'nersc.gov': 'NERSC', 'cscs.ch': 'CSCS', 'fz-juelich.de': 'Forschungszentrum Jülich',
  'genci.fr': 'GENCI', 'cnrs.fr': 'CNRS', 'elysee.fr': 'Élysée', 'gouvernement.fr': 'Gouvernement français', 'economie.gouv.fr': 'Ministère de l’Économie',
};

function hostOf(u: URL): string {
  return u.hostname.replace(/^www\d?\./, '').toLowerCase();
}

function publisherFor(host: string): string {
  for (let h = host; h.includes('.'); h = h.slice(h.indexOf('.') + 1)) {
    if (PUBLISHERS[h]) return PUBLISHERS[h];
  }
  return host;
}

function titleFromPath(u: URL): string | undefined {
  const parts = u.pathname.split('/').filter(Boolean).map((p) => {
    try {
      return decodeURIComponent(p);
    } catch {
      return p;
    }
  });
  for (let i = parts.length - 1; i >= 0; i--) {
    const p = parts[i].replace(/\.(html?|php|aspx?|pdf)$/i, '');
    const words = p.split(/[-_+]+/).filter((w) => /[a-z]/i.test(w));
    if (words.length >= 3 && !/^[0-9a-f-]{20,}$/i.test(p)) {
      const t = words.join(' ');
      return (t[0].toUpperCase() + t.slice(1)).slice(0, 300);
    }
  }
  return undefined;
}

/** A date in a URL: an archive capture stamp or a /2024/03/12/ path. */
function dateInUrl(u: URL): string | undefined {
  const m = /(?:^|\/)(20\d{2}|19\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?:\/|[^0-9]|$)/.exec(u.pathname);
  if (m) return isoDate(`${m[1]}-${m[2]}-${m[3]}`);
  const y = /\/(20\d{2})\/(0[1-9]|1[0-2])\//.exec(u.pathname);
  if (y) return `${y[1]}-${y[2]}`;
  return undefined;
}

interface RowSource {
  source: Omit<Source, 'date'> & { date?: string };
}

/**
 * A URL Epoch lists, as a citation: archive.org copies name the publisher of the page they archive
 * (an archive counts as the original); archive.ph short links, whose original we cannot see, name
 * the archive. Tracking parameters go.
 */
function toSource(raw: string, requireHttps: boolean): RowSource | undefined {
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    return undefined;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return undefined;
  const host = hostOf(u);
  // Archives serve https: upgrade their links.
  if (u.protocol === 'http:' && /(^|\.)(archive\.org|archive\.ph|archive\.today|archive\.is)$/.test(host)) u.protocol = 'https:';
  if (requireHttps && u.protocol !== 'https:') return undefined;
  for (const k of [...u.searchParams.keys()]) if (/^(utm_|guce_|guccounter|rc$|fbclid|gclid)/.test(k)) u.searchParams.delete(k);
  const url = u.href;
  if (url.length > 2000) return undefined;
  if (host === 'web.archive.org') {
    const m = /^\/web\/(\d{4})(\d{2})(\d{2})\d*[a-z_]*\/(.+)$/.exec(u.pathname + u.search);
    if (m) {
      let orig: URL | undefined;
      try {
        orig = new URL(/^https?:\/\//.test(m[4]) ? m[4] : `https://${m[4]}`);
      } catch {
        orig = undefined;
      }
      const captured = isoDate(`${m[1]}-${m[2]}-${m[3]}`);
      if (orig) {
        const ohost = hostOf(orig);
        const title = titleFromPath(orig) ?? `${ohost}${orig.pathname === '/' ? '' : orig.pathname}`.slice(0, 300);
        return { source: { publisher: publisherFor(ohost), title: `${title} (Internet Archive copy)`, url, date: dateInUrl(orig) ?? captured } };
      }
    }
  }
  if (/(^|\.)(archive\.ph|archive\.today|archive\.is)$/.test(host)) {
    return { source: { publisher: 'archive.today', title: `Archived page ${host}${u.pathname}`.slice(0, 300), url } };
  }
  const title = titleFromPath(u) ?? `${host}${u.pathname === '/' ? '' : u.pathname}`.slice(0, 300);
  return { source: { publisher: publisherFor(host), title, url, date: dateInUrl(u) } };
}

function rowSources(r: Record<string, string>, cols: string[], requireHttps: boolean): RowSource[] {
  const seen = new Set<string>();
  const out: RowSource[] = [];
  for (const c of cols) {
    for (const piece of cell(r, c).split(/\s+/)) {
      if (!/^https?:\/\//i.test(piece)) continue;
      const s = toSource(piece, requireHttps);
      if (s && !seen.has(s.source.url)) {
        seen.add(s.source.url);
        out.push(s);
      }
    }
  }
  return out.slice(0, 19);
}

/** `undated` is the date to give a source whose URL carries none (the row's report date, else the figure's). */
function finishSources(list: RowSource[], kind: EpochKind, undated: string, retrieved: string): Source[] {
  const out: Source[] = list.map((s) => ({ ...s.source, date: s.source.date ?? undated }));
  out.push({ publisher: 'Epoch AI', title: EPOCH_DATASETS[kind].title, url: EPOCH_DATASETS[kind].url, date: retrieved });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Writing statements (our words, from the figures)

const LOCALE: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB', de: 'de-DE', es: 'es-ES', it: 'it-IT' };
const NUM = new Map<string, Intl.NumberFormat>();
function n(value: number, lang: Lang, frac = 2): string {
  const k = lang + frac;
  let f = NUM.get(k);
  if (!f) NUM.set(k, (f = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: frac, useGrouping: true })));
  return f.format(value);
}

/** How each language writes a dollar amount with a scale word (data, not branches). */
interface MoneyWords {
  /** [factor, singular, plural] scale words, largest first. */
  scales: [number, string, string][];
  /** The currency words after the amount, and whether a sign goes before the number instead. */
  dollars: string;
  sign?: string;
  /** The plural applies from this value on (French: 2; others: above 1). */
  pluralFrom: number;
}
const MONEY: Record<Lang, MoneyWords> = {
  fr: { scales: [[1e12, 'billion', 'billions'], [1e9, 'milliard', 'milliards'], [1e6, 'million', 'millions']], dollars: 'de dollars', pluralFrom: 2 },
  en: { scales: [[1e12, 'trillion', 'trillion'], [1e9, 'billion', 'billion'], [1e6, 'million', 'million']], dollars: '', sign: '$', pluralFrom: 2 },
  de: { scales: [[1e12, 'Billion', 'Billionen'], [1e9, 'Milliarde', 'Milliarden'], [1e6, 'Million', 'Millionen']], dollars: 'US-Dollar', pluralFrom: 1.000001 },
  es: { scales: [[1e12, 'billón de', 'billones de'], [1e9, 'mil millones de', 'mil millones de'], [1e6, 'millón de', 'millones de']], dollars: 'dólares', pluralFrom: 1.000001 },
  it: { scales: [[1e12, 'bilione di', 'bilioni di'], [1e9, 'miliardo di', 'miliardi di'], [1e6, 'milione di', 'milioni di']], dollars: 'dollari', pluralFrom: 1.000001 },
};
/** Words for GPU counts (chips keep their English name in the five languages' press). */
const GPU_WORD: Record<Lang, [string, string]> = { fr: ['GPU', 'GPU'], en: ['GPU', 'GPUs'], de: ['GPU', 'GPUs'], es: ['GPU', 'GPU'], it: ['GPU', 'GPU'] };

/** A figure in `lang`, from the tables above. */
function fig(value: number, unit: Unit, lang: Lang): string {
  if (unit === 'W') {
    for (const [f, p] of [[1e9, 'G'], [1e6, 'M'], [1e3, 'k']] as const) if (value >= f) return `${n(value / f, lang)} ${p}W`;
    return `${n(value, lang)} W`;
  }
  if (unit === 'USD') {
    const w = MONEY[lang];
    for (const [f, one, many] of w.scales) {
      if (value >= f) {
        const v = value / f;
        const scaled = `${n(v, lang)} ${v < w.pluralFrom ? one : many}`;
        return w.sign ? `${w.sign}${scaled}` : `${scaled} ${w.dollars}`;
      }
    }
    return w.sign ? `${w.sign}${n(value, lang, 0)}` : `${n(value, lang, 0)} ${w.dollars}`;
  }
  if (unit === 'GPU') {
    const [one, many] = GPU_WORD[lang];
    return `${n(value, lang, 0)} ${value === 1 ? one : many}`;
  }
  return n(value, lang, 0);
}

/** First-of-month written as an ordinal ("1er mars") where the language does. */
const FIRST_DAY: Partial<Record<Lang, string>> = { fr: '1er ' };
const DATE_FMT = new Map<string, Intl.DateTimeFormat>();
function when(date: string, lang: Lang, day: boolean): string {
  const k = lang + day;
  let f = DATE_FMT.get(k);
  if (!f) {
    DATE_FMT.set(k, (f = new Intl.DateTimeFormat(LOCALE[lang], day ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } : { month: 'long', year: 'numeric', timeZone: 'UTC' })));
  }
  const out = f.format(new Date(`${date.length === 7 ? `${date}-01` : date}T00:00:00Z`));
  const first = FIRST_DAY[lang];
  return first && day ? out.replace(/^1 /, first) : out;
}

type Words = Partial<Record<Lang, string>>;

/** French "de" with elision: "d’OpenAI", "de Mistral AI". */
function deFr(name: string): string {
  return /^[aeiouyhàâéèêîôû]/i.test(name) ? `d’${name}` : `de ${name}`;
}

/** "GPU Nvidia H100" / "H100 GPUs" / "puces Google TPU v4"… from Epoch's chip columns. */
function chipWords(chip: string | undefined, supplier: string, value: number, mixed: boolean): Record<Lang, string> {
  const v = (l: Lang) => n(value, l, 0);
  if (mixed || !chip) {
    return { fr: `${v('fr')} puces d’IA`, en: `${v('en')} AI chips`, de: `${v('de')} KI-Chips`, es: `${v('es')} chips de IA`, it: `${v('it')} chip di IA` };
  }
  const gpu = /nvidia|amd/i.test(supplier) || /nvidia|amd|radeon|instinct|tesla [vkpa]\d/i.test(chip);
  const label = chip
    .replace(/^NVIDIA\s+/i, 'Nvidia ')
    .replace(/\s+(SXM\d?|PCIe|NVL\d*|\d+\s?GB|DGXS)\b.*$/i, '')
    .trim();
  if (gpu) {
    return {
      fr: `${v('fr')} GPU ${label}`, en: `${v('en')} ${label} GPUs`, de: `${v('de')} ${label}-GPUs`,
      es: `${v('es')} GPU ${label}`, it: `${v('it')} GPU ${label}`,
    };
  }
  return {
    fr: `${v('fr')} puces ${label}`, en: `${v('en')} ${label} chips`, de: `${v('de')} ${label}-Chips`,
    es: `${v('es')} chips ${label}`, it: `${v('it')} chip ${label}`,
  };
}

// ---------------------------------------------------------------------------------------------
// Subjects

/** Words that name nothing on their own: never an alias by themselves. */
const GENERIC = new Set(
  `ai ia gpu gpus tpu cluster clusters supercomputer supercomputers supercalculateur superpod superpods supercluster
  cloud data center centre datacenter datacentre campus phase project projet planned new the of and de du la le les
  national lab laboratory nl university research training pod pods factory gigafactory frontier summit aurora delta
  sierra grace hawk raven mercury cedar jean lem gaia sophia explorer pioneer voyager discovery immunity eos circe
  tethys fortytwo squid jade jade2 aquarius genai meta google microsoft amazon nvidia oracle tesla alibaba cloud
  h100 h100s h200 h200s a100 a100s b200 gb200 gb300 v100 mi300x mi300 mi250x trn1 tpuv4 tpuv5e ultraclusters
  generic largest stated submission in on for at texas virginia utah ohio georgia europe france japan india
  singapore dubai riyadh bangkok paris tokyo london berlin moscow possible group global internal federal army
  kansas nordics azure stability titan supercloud hypercomputer mlperf cluster's cloud's auto labeling
  groq vantage hyperstack cerebras crusoe nebius lambda coreweave gpt 4 gpt-4 tpuv3 tpuv5p saudi arabia uae emirates united arab
  states usa us uk korea south north kingdom china taiwan germany italy spain sweden finland norway denmark
  netherlands canada brazil australia israel qatar malaysia indonesia vietnam thailand europe european asia
  america american wisconsin jersey california washington arizona oklahoma louisiana mississippi indiana
  tennessee carolina iowa nebraska dakota pennsylvania illinois michigan abu dhabi mumbai hyderabad`.split(/\s+/).filter(Boolean),
);

const COMPANY_ALIASES: Record<string, string[]> = {
  OpenAI: ['OpenAI', 'Open AI', 'ChatGPT'],
  Anthropic: ['Anthropic', 'Claude'],
  xAI: ['xAI', 'x.AI', 'Grok'],
  'Mistral AI': ['Mistral AI', 'Mistral', 'Le Chat'],
  Google: ['Google', 'Google DeepMind', 'DeepMind'],
  Meta: ['Meta', 'Meta AI'],
  DeepSeek: ['DeepSeek'],
};

interface ClusterSubject {
  /** Name without the phase: phases of one cluster share it. */
  base: string;
  phase?: string;
  aliases: string[];
}

function clusterSubject(rawName: string, owners: string[], companies: ReadonlySet<string> = new Set()): ClusterSubject {
  const name = rawName.replace(/^["'“”]+|["'“”]+$/g, '').replace(/\s+/g, ' ').trim();
  const pm = /\s+(?:Possible\s+|Planned\s+)?Phase\s+(\d+|[A-Z])\b\s*$/i.exec(name);
  const base = pm ? name.slice(0, pm.index).trim() : name;
  const aliases = new Set<string>();
  const add = (a: string) => {
    const t = a.replace(/\s+/g, ' ').replace(/^[\s,/-]+|[\s,/-]+$/g, '').trim();
    if (t.length < 3 || t.length > 200) return;
    const words = fold(t).split(/[^a-z0-9]+/).filter(Boolean);
    if (!words.length || words.every((w) => GENERIC.has(w) || /^\d+$/.test(w))) return;
    // One word alone: a name (capitalised, 4+ letters), never a company's (those name the company).
    if (words.length === 1 && (t.length < 4 || !/\p{Lu}/u.test(t) || companies.has(words[0]))) return;
    aliases.add(t);
  };
  // Parenthesised short names: "Meta Research SuperCluster (RSC-1)" → "RSC-1".
  for (const m of base.matchAll(/\(([^)]+)\)/g)) if (!/^formerly\b/i.test(m[1])) add(m[1]);
  const plain = base.replace(/\s*\([^)]*\)/g, '').trim();
  if (plain !== base) add(plain);
  // Without the owner: "xAI Colossus Memphis" → "Colossus Memphis" and its first word "Colossus".
  const ownerWords = owners.flatMap((o) => fold(o).split(/[^a-z0-9]+/)).filter((w) => w.length > 1);
  const words = plain.split(' ');
  let i = 0;
  while (i < words.length - 1 && ownerWords.includes(fold(words[i]).replace(/[^a-z0-9]/g, ''))) i++;
  if (i > 0) {
    const rest = words.slice(i).join(' ');
    add(rest);
    // "<owner> <nickname>": "Meta Prometheus", "xAI Colossus".
    // "Colossus 2 Memphis" is "Colossus 2", not "Colossus".
    const first = /^\d+$/.test(words[i + 1] ?? '') ? `${words[i]} ${words[i + 1]}` : words[i];
    if (!GENERIC.has(fold(words[i])) && /^\p{Lu}/u.test(first) && words.length - i >= 2) {
      add(first);
      add(`${words.slice(0, i).join(' ')} ${first}`);
    }
  }
  // Named machines, as the press writes them: "Oak Ridge NL Frontier" → "Oak Ridge National
  // Laboratory", "Frontier supercomputer", "supercalculateur Frontier" (a bare "Frontier" is a word).
  const nl = /^(.+?)\s+NL\s+(.+)$/.exec(plain);
  if (nl) add(`${nl[1]} National Laboratory`);
  const machine = nl ? nl[2] : i > 0 && words.length - i === 1 ? words[i] : undefined;
  const machineWords = machine ? fold(machine).split(/[^a-z0-9]+/).filter(Boolean) : [];
  const named = machineWords.some((w) => !GENERIC.has(w) && !companies.has(w) && !/^(h|a|b|gb|v|mi|tpu|tpuv|trn)\d/.test(w) && !/^\d+$/.test(w));
  if (machine && named && /^\p{Lu}/u.test(machine) && machine.length >= 4) {
    add(machine);
    aliases.add(`${machine} supercomputer`);
    aliases.add(`supercalculateur ${machine}`);
  }
  // "OpenAI Stargate Abilene …": a brand followed by a site name.
  const sm = /\b(Stargate)\s+(\p{Lu}[\p{L}-]+)/u.exec(plain);
  if (sm) add(`${sm[1]} ${sm[2]}`);
  return { base, phase: pm ? pm[1] : undefined, aliases: [...aliases].filter((a) => a !== base).slice(0, 30) };
}

function companySubject(company: string): { name: string; aliases: string[] } {
  const name = company.trim();
  const known = COMPANY_ALIASES[name];
  return { name, aliases: (known ?? [name]).filter((a) => a !== name) };
}

// ---------------------------------------------------------------------------------------------
// Keywords per metric (the matcher also has default metric words)

const KEYWORDS: Partial<Record<Metric, Partial<Record<Lang, string[]>>>> = {
  'gpu-count': { fr: ['GPU', 'puces', 'processeurs graphiques', 'supercalculateur', 'cluster'], en: ['GPUs', 'chips', 'supercomputer', 'cluster'] },
  'h100-equivalents': { fr: ['équivalents H100', 'équivalent H100'], en: ['H100 equivalents', 'H100-equivalent'] },
  'power-capacity': { fr: ['MW', 'GW', 'puissance', 'capacité'], en: ['MW', 'GW', 'power', 'capacity'] },
  cost: { fr: ['coût', 'coûté', 'budget'], en: ['cost', 'budget', 'price'] },
  'funding-round': { fr: ['lève', 'levée de fonds', 'tour de table'], en: ['raises', 'raised', 'funding round'] },
  debt: { fr: ['dette', 'emprunt', 'crédit'], en: ['debt', 'credit facility', 'loan'] },
  valuation: { fr: ['valorisation', 'valorisée', 'valorisé'], en: ['valuation', 'valued'] },
  'annualized-revenue': { fr: ['chiffre d’affaires annualisé', 'revenus annualisés', 'rythme annuel'], en: ['annualized revenue', 'annualised revenue', 'run rate', 'ARR'] },
  revenue: { fr: ['chiffre d’affaires', 'revenus'], en: ['revenue', 'sales'] },
};

// ---------------------------------------------------------------------------------------------
// The converters

interface Draft {
  fact: Fact;
  row: number;
  name: string;
  /** For chains of cluster phases: Epoch's row name and its links. */
  epochName?: string;
  successor?: string;
  predecessor?: string;
}

interface Ctx {
  kind: EpochKind;
  judgeSource?: EpochOptions['judgeSource'];
  today: string;
  retrieved: string;
  requireHttps: boolean;
  skipped: EpochSkip[];
}

function skip(ctx: Ctx, row: number, name: string | undefined, reason: string, detail: string, extra: { id?: string; metric?: Metric } = {}) {
  ctx.skipped.push({ row, ...(name ? { name } : {}), ...extra, reason, detail });
}

const SOURCE_COLS = (r: Record<string, string>) => Object.keys(r).filter((k) => /^Source \d+$/.test(k));

function factId(subject: string, metric: Metric, asOf: string): string {
  const tail = `-${metric}-${asOf}`;
  return `epoch-${slug(subject, 120 - 6 - tail.length)}${tail}`;
}

function gpuClusters(rows: Record<string, string>[], ctx: Ctx): Draft[] {
  const drafts: Draft[] = [];
  // Every word of every owner and user named in the dataset: a company's name alone is not a cluster's.
  const companies = new Set<string>(Object.keys(COMPANY_ALIASES).map((c) => fold(c)));
  for (const r of rows) {
    for (const o of `${cell(r, 'Owner')},${cell(r, 'Users')}`.split(',')) for (const w of fold(o).split(/[^a-z0-9]+/)) if (w.length > 2) companies.add(w);
  }
  rows.forEach((r, idx) => {
    const row = idx + 1;
    const name = cell(r, 'Name').replace(/^["“]+|["”]+$/g, '');
    if (!name) return skip(ctx, row, undefined, 'no-name', 'the row has no name');
    const certainty = cell(r, 'Certainty');
    if (certainty !== 'Confirmed' && certainty !== 'Likely') {
      return skip(ctx, row, name, 'uncertain', `certainty '${certainty || 'none'}' (only Confirmed or Likely rows are imported)`);
    }
    const statusRaw = cell(r, 'Status');
    if (statusRaw === 'Decommissioned' || cell(r, 'Decommissioned Date (if applicable)')) {
      return skip(ctx, row, name, 'decommissioned', 'the cluster is decommissioned');
    }
    if (statusRaw !== 'Existing' && statusRaw !== 'Planned') return skip(ctx, row, name, 'unknown-status', `status '${statusRaw || 'none'}'`);
    if (/^Paper on\b/i.test(name)) {
      return skip(ctx, row, name, 'no-subject', 'an unnamed cluster described in a paper: no name the press would use');
    }
    const sources = rowSources(r, SOURCE_COLS(r), ctx.requireHttps);
    if (!sources.length) return skip(ctx, row, name, 'no-source', 'no http(s) source URL');
    const status = statusRaw === 'Existing' ? 'operational' : 'planned';
    const fod = isoDate(cell(r, 'First Operational Date'));
    if (cell(r, 'First Operational Date') && !fod) return skip(ctx, row, name, 'unparseable-date', `first operational date '${cell(r, 'First Operational Date')}'`);
    const urlDates = sources.map((s) => s.source.date).filter((d): d is string => !!d).sort();
    // When the figure held: an existing cluster from its first operational date; a plan from the
    // newest dated source that states it.
    const asOf = status === 'operational' ? fod ?? urlDates[urlDates.length - 1] : urlDates[urlDates.length - 1];
    if (!asOf) return skip(ctx, row, name, 'no-date', 'no first operational date and no dated source');
    if (asOf > ctx.today) {
      return skip(ctx, row, name, 'future-date', `dated ${asOf}, after the data's own date ${ctx.today} (an existing cluster cannot open in the future)`);
    }
    const owners = cell(r, 'Owner').split(',').map((s) => s.trim()).filter(Boolean);
    const subj = clusterSubject(name, owners, companies);
    const quote = cell(r, 'Quote');
    const figures: { metric: Metric; value: number; unit: Unit; words: (l: Lang) => string }[] = [];
    // Statements spell out Epoch's "NL" (National Laboratory); ids keep the row's name.
    const spelled = subj.base.replace(/\bNL\b/, 'National Laboratory');
    const label = subj.phase ? `${spelled} (phase ${subj.phase})` : spelled;
    const idLabel = subj.phase ? `${subj.base} (phase ${subj.phase})` : subj.base;
    const planned = status === 'planned';

    // Chips: only a count the cited text states (Epoch otherwise derives it from racks, power…).
    const primary = num(cell(r, 'Chip quantity (primary)'));
    const secondary = num(cell(r, 'Chip quantity (secondary)'));
    const total = num(cell(r, 'Total number of AI chips'));
    if (primary !== undefined) {
      const mixed = secondary !== undefined && secondary > 0;
      const value = mixed ? total : primary;
      if (value === undefined || Number.isNaN(value) || value <= 0 || Number.isNaN(primary)) {
        skip(ctx, row, name, 'unparseable-number', `chip quantity '${cell(r, mixed ? 'Total number of AI chips' : 'Chip quantity (primary)')}'`, { metric: 'gpu-count' });
      } else if (cell(r, 'Hardware note') === 'Uncertain') {
        skip(ctx, row, name, 'estimate', 'Epoch marks the hardware as uncertain', { metric: 'gpu-count' });
      } else if (HEDGED.test(quote)) {
        skip(ctx, row, name, 'estimate', 'the source text Epoch cites gives the chip count as an estimate or assumption', { metric: 'gpu-count' });
      } else if (!stated(quote, value)) {
        skip(ctx, row, name, 'estimate', `the source text Epoch cites does not state ${value} chips (Epoch's estimate or derivation)`, { metric: 'gpu-count' });
      } else {
        const chips = chipWords(cell(r, 'Chip type (primary)') || undefined, cell(r, 'GPU Supplier (primary)'), Math.round(value), mixed);
        figures.push({ metric: 'gpu-count', value: Math.round(value), unit: 'GPU', words: (l) => chips[l] });
      }
    }
    // H100 equivalents: only when the source itself counts in H100 equivalents.
    const h100e = num(cell(r, 'H100 equivalents'));
    if (h100e !== undefined && !Number.isNaN(h100e) && h100e > 0) {
      const m = /(H100[- ]?e(?:quivalents?)?\b|H100 equivalent|Hopper[- ]equivalent)/i.test(quote);
      const said = m ? statedNumbers(quote).find((x) => Math.abs(x.value - h100e) <= 0.05 * h100e) : undefined;
      if (said) {
        figures.push({ metric: 'h100-equivalents', value: said.value, unit: 'GPU', words: (l) => fig(said.value, 'count', l) });
      } else {
        skip(ctx, row, name, 'estimate', 'H100 equivalents are Epoch’s own conversion, not a stated figure', { metric: 'h100-equivalents' });
      }
    }
    // Power: the reported figure only.
    const reportedPower = cell(r, 'Reported Power Capacity (MW)');
    const rp = num(reportedPower);
    if (rp !== undefined) {
      if (Number.isNaN(rp) || rp <= 0) skip(ctx, row, name, 'unparseable-number', `reported power '${reportedPower}'`, { metric: 'power-capacity' });
      else figures.push({ metric: 'power-capacity', value: Math.round(rp * 1e6), unit: 'W', words: (l) => fig(Math.round(rp * 1e6), 'W', l) });
    } else if (cell(r, 'Calculated Power Capacity (MW)')) {
      skip(ctx, row, name, 'estimate', 'power is Epoch’s calculation, not a reported figure', { metric: 'power-capacity' });
    }
    // Cost: the reported figure, and only when the source stated it in US dollars (Epoch converts
    // euros, yen… at its own rate; that figure is ours to compare, not theirs to state).
    const reportedCost = cell(r, 'Reported Cost');
    const rc = num(reportedCost);
    if (rc !== undefined) {
      if (Number.isNaN(rc) || rc <= 0) skip(ctx, row, name, 'unparseable-number', `reported cost '${reportedCost}'`, { metric: 'cost' });
      else if (HEDGED.test(cell(r, 'Cost Quote'))) {
        skip(ctx, row, name, 'estimate', 'the cost is given as an estimate in the text Epoch cites', { metric: 'cost' });
      } else if (!stated(cell(r, 'Cost Quote'), rc, { money: true, tolerance: 0.01 })) {
        skip(ctx, row, name, 'estimate', 'the cost was not stated in US dollars by the source (converted or derived by Epoch)', { metric: 'cost' });
      } else figures.push({ metric: 'cost', value: rc, unit: 'USD', words: (l) => fig(rc, 'USD', l) });
    } else if (cell(r, 'Calculated Cost')) {
      skip(ctx, row, name, 'estimate', 'cost is Epoch’s calculation, not a reported figure', { metric: 'cost' });
    }
    if (!figures.length && !ctx.skipped.some((s) => s.row === row)) {
      skip(ctx, row, name, 'no-figure', 'no chip count, power or cost in the row');
    }
    for (const f of figures) {
      const statement = phaseWords(clusterStatement(f.metric, label, planned, f.words, asOf, status === 'operational' && !!fod));
      drafts.push({
        row,
        name,
        epochName: name,
        successor: cell(r, 'Superseded by') || undefined,
        predecessor: cell(r, 'Builds Upon') || undefined,
        fact: {
          id: factId(idLabel, f.metric, asOf),
          subject: { name: subj.base, aliases: subj.aliases },
          metric: f.metric,
          keywords: KEYWORDS[f.metric] ?? {},
          value: f.value,
          unit: f.unit,
          approx: 'exact',
          asOf,
          statement,
          sources: finishSources(sources, 'gpu-clusters', asOf, ctx.retrieved),
          note: LICENCE_NOTE('gpu-clusters'),
          status,
        } as Fact,
      });
    }
  });
  return drafts;
}

/** "(phase 2)" as each language writes it. */
function phaseWords(w: Words): Words {
  const word: Record<Lang, string> = { fr: 'phase', en: 'phase', de: 'Phase', es: 'fase', it: 'fase' };
  const out: Words = {};
  for (const [l, t] of Object.entries(w) as [Lang, string][]) out[l] = t.replace(/\(phase (\w+)\)/, `(${word[l]} $1)`);
  return out;
}

function clusterStatement(metric: Metric, label: string, planned: boolean, w: (l: Lang) => string, asOf: string, opened: boolean): Words {
  const since: Words = opened
    ? { fr: `, en service depuis ${when(asOf, 'fr', false)},`, en: `, operational since ${when(asOf, 'en', false)},`, de: ` (in Betrieb seit ${when(asOf, 'de', false)})`, es: `, en servicio desde ${when(asOf, 'es', false)},`, it: `, in funzione da ${when(asOf, 'it', false)},` }
    : { fr: '', en: '', de: '', es: '', it: '' };
  const s = (l: Lang) => since[l] ?? '';
  switch (metric) {
    case 'gpu-count':
      return planned
        ? { fr: `Selon Epoch AI, le cluster prévu ${label} doit compter ${w('fr')}.`, en: `According to Epoch AI, the planned ${label} cluster is to have ${w('en')}.`, de: `Laut Epoch AI soll der geplante Cluster ${label} ${w('de')} umfassen.`, es: `Según Epoch AI, el clúster previsto ${label} contará con ${w('es')}.`, it: `Secondo Epoch AI, il cluster previsto ${label} avrà ${w('it')}.` }
        : { fr: `Selon Epoch AI, le cluster ${label}${s('fr')} compte ${w('fr')}.`, en: `According to Epoch AI, the ${label} cluster${s('en')} has ${w('en')}.`, de: `Laut Epoch AI umfasst der Cluster ${label}${s('de')} ${w('de')}.`, es: `Según Epoch AI, el clúster ${label}${s('es')} cuenta con ${w('es')}.`, it: `Secondo Epoch AI, il cluster ${label}${s('it')} conta ${w('it')}.` };
    case 'h100-equivalents':
      return planned
        ? { fr: `Selon Epoch AI, le projet ${label} vise une puissance de calcul équivalente à ${w('fr')} GPU H100.`, en: `According to Epoch AI, the planned ${label} is to reach ${w('en')} H100 equivalents.`, de: `Laut Epoch AI soll ${label} ${w('de')} H100-Äquivalente erreichen.`, es: `Según Epoch AI, el proyecto ${label} alcanzará ${w('es')} equivalentes H100.`, it: `Secondo Epoch AI, il progetto ${label} raggiungerà ${w('it')} equivalenti H100.` }
        : { fr: `Selon Epoch AI, le cluster ${label}${s('fr')} équivaut à ${w('fr')} GPU H100.`, en: `According to Epoch AI, the ${label} cluster${s('en')} amounts to ${w('en')} H100 equivalents.`, de: `Laut Epoch AI entspricht der Cluster ${label}${s('de')} ${w('de')} H100-Äquivalenten.`, es: `Según Epoch AI, el clúster ${label}${s('es')} equivale a ${w('es')} GPU H100.`, it: `Secondo Epoch AI, il cluster ${label}${s('it')} equivale a ${w('it')} GPU H100.` };
    case 'power-capacity':
      return planned
        ? { fr: `Selon Epoch AI, le cluster prévu ${label} doit avoir une puissance de ${w('fr')}.`, en: `According to Epoch AI, the planned ${label} cluster is to have a power capacity of ${w('en')}.`, de: `Laut Epoch AI soll der geplante Cluster ${label} eine Leistung von ${w('de')} haben.`, es: `Según Epoch AI, el clúster previsto ${label} tendrá una potencia de ${w('es')}.`, it: `Secondo Epoch AI, il cluster previsto ${label} avrà una potenza di ${w('it')}.` }
        : { fr: `Selon Epoch AI, le cluster ${label}${s('fr')} a une puissance de ${w('fr')}.`, en: `According to Epoch AI, the ${label} cluster${s('en')} has a power capacity of ${w('en')}.`, de: `Laut Epoch AI hat der Cluster ${label}${s('de')} eine Leistung von ${w('de')}.`, es: `Según Epoch AI, el clúster ${label}${s('es')} tiene una potencia de ${w('es')}.`, it: `Secondo Epoch AI, il cluster ${label}${s('it')} ha una potenza di ${w('it')}.` };
    default:
      return planned
        ? { fr: `Selon Epoch AI, le matériel du cluster prévu ${label} doit coûter ${w('fr')}.`, en: `According to Epoch AI, the hardware of the planned ${label} cluster is to cost ${w('en')}.`, de: `Laut Epoch AI soll die Hardware des geplanten Clusters ${label} ${w('de')} kosten.`, es: `Según Epoch AI, el hardware del clúster previsto ${label} costará ${w('es')}.`, it: `Secondo Epoch AI, l’hardware del cluster previsto ${label} costerà ${w('it')}.` }
        : { fr: `Selon Epoch AI, le cluster ${label}${s('fr')} a coûté ${w('fr')}.`, en: `According to Epoch AI, the ${label} cluster${s('en')} cost ${w('en')}.`, de: `Laut Epoch AI hat der Cluster ${label}${s('de')} ${w('de')} gekostet.`, es: `Según Epoch AI, el clúster ${label}${s('es')} costó ${w('es')}.`, it: `Secondo Epoch AI, il cluster ${label}${s('it')} è costato ${w('it')}.` };
  }
}

const CONFIDENT = new Set(['Confident', 'Confirmed', 'Likely']);

/** The checks every AI-companies row goes through first (a company named, a confident row); undefined when skipped. */
function companyRow(r: Record<string, string>, idx: number, ctx: Ctx): { row: number; company: string; name: string } | undefined {
  const row = idx + 1;
  const company = cell(r, 'Company');
  const name = `${company} — ${cell(r, 'Id')}`;
  if (!company) {
    skip(ctx, row, cell(r, 'Id') || undefined, 'no-name', 'the row names no company');
    return undefined;
  }
  const conf = cell(r, 'Confidence');
  if (!CONFIDENT.has(conf)) {
    skip(ctx, row, name, 'uncertain', `confidence '${conf || 'none'}' (only Confident or Likely rows are imported)`);
    return undefined;
  }
  return { row, company, name };
}

function fundingRounds(rows: Record<string, string>[], ctx: Ctx): Draft[] {
  const drafts: Draft[] = [];
  rows.forEach((r, idx) => {
    const head = companyRow(r, idx, ctx);
    if (!head) return;
    const { row, company, name } = head;
    const status = cell(r, 'Status');
    if (status !== 'Closed') return skip(ctx, row, name, 'not-closed', `round status '${status || 'none'}': not a closed round`);
    const type = cell(r, 'Type');
    if (/\bOther\b/.test(type)) return skip(ctx, row, name, 'not-a-round', `type '${type}': not a funding round (a merger or other deal)`);
    const sources = rowSources(r, SOURCE_COLS(r), ctx.requireHttps);
    if (!sources.length) return skip(ctx, row, name, 'no-source', 'no http(s) source URL');
    const closeRaw = cell(r, 'Close date');
    const reportRaw = cell(r, 'Report date');
    const close = isoDate(closeRaw);
    const report = isoDate(reportRaw);
    if ((closeRaw && !close) || (reportRaw && !report)) return skip(ctx, row, name, 'unparseable-date', `dates '${closeRaw}' / '${reportRaw}'`);
    if (close && report && close > report) {
      return skip(ctx, row, name, 'future-date', `closes ${close}, after its report of ${report}: the report announced a round that had not closed`);
    }
    const asOf = close ?? report;
    if (!asOf) return skip(ctx, row, name, 'no-date', 'no close or report date');
    if (asOf > ctx.today) return skip(ctx, row, name, 'future-date', `dated ${asOf}, after ${ctx.today}`);
    const equity = num(cell(r, 'Funding (equity)'));
    const debt = num(cell(r, 'Funding (debt)'));
    const valuation = num(cell(r, 'Valuation (post-money)'));
    if ([equity, debt, valuation].some((v) => v !== undefined && (Number.isNaN(v) || v < 0))) {
      return skip(ctx, row, name, 'unparseable-number', 'a funding or valuation cell is not a number');
    }
    const subj = companySubject(company);
    const figures: { metric: Metric; value: number }[] = [];
    if (equity) figures.push({ metric: 'funding-round', value: equity });
    if (debt) figures.push({ metric: 'debt', value: debt });
    if (valuation) {
      const raised = (equity ?? 0) + (debt ?? 0);
      if (valuation <= raised) {
        skip(ctx, row, name, 'valuation-below-round', `post-money valuation ${valuation} is not above the ${raised} raised (a funding amount in the valuation column?)`, { metric: 'valuation' });
      } else figures.push({ metric: 'valuation', value: valuation });
    }
    if (!figures.length && !ctx.skipped.some((s) => s.row === row)) skip(ctx, row, name, 'no-figure', 'no amount raised and no valuation');
    for (const f of figures) {
      const day = asOf;
      const w = (l: Lang) => fig(f.value, 'USD', l);
      const d = (l: Lang) => when(day, l, true);
      const statement: Words =
        f.metric === 'funding-round'
          ? { fr: `Selon Epoch AI, ${company} a levé ${w('fr')} en fonds propres lors d’un tour clos le ${d('fr')}.`, en: `According to Epoch AI, ${company} raised ${w('en')} in equity in a round closed on ${d('en')}.`, de: `Laut Epoch AI hat ${company} in einer am ${d('de')} abgeschlossenen Runde ${w('de')} Eigenkapital eingeworben.`, es: `Según Epoch AI, ${company} captó ${w('es')} en capital en una ronda cerrada el ${d('es')}.`, it: `Secondo Epoch AI, ${company} ha raccolto ${w('it')} di capitale in un round chiuso il ${d('it')}.` }
          : f.metric === 'debt'
            ? { fr: `Selon Epoch AI, ${company} a obtenu ${w('fr')} de dette lors d’un financement clos le ${d('fr')}.`, en: `According to Epoch AI, ${company} raised ${w('en')} in debt in a financing closed on ${d('en')}.`, de: `Laut Epoch AI hat ${company} in einer am ${d('de')} abgeschlossenen Finanzierung ${w('de')} Fremdkapital aufgenommen.`, es: `Según Epoch AI, ${company} obtuvo ${w('es')} en deuda en una financiación cerrada el ${d('es')}.`, it: `Secondo Epoch AI, ${company} ha ottenuto ${w('it')} di debito in un finanziamento chiuso il ${d('it')}.` }
            : { fr: `Selon Epoch AI, ${company} était valorisée ${w('fr')} (post-money) à l’issue d’un tour clos le ${d('fr')}.`, en: `According to Epoch AI, ${company} was valued at ${w('en')} post-money after a round closed on ${d('en')}.`, de: `Laut Epoch AI wurde ${company} nach einer am ${d('de')} abgeschlossenen Runde mit ${w('de')} (Post-Money) bewertet.`, es: `Según Epoch AI, ${company} fue valorada en ${w('es')} (post-money) tras una ronda cerrada el ${d('es')}.`, it: `Secondo Epoch AI, ${company} è stata valutata ${w('it')} (post-money) dopo un round chiuso il ${d('it')}.` };
      drafts.push({
        row, name,
        fact: {
          id: factId(company, f.metric, asOf), subject: { name: subj.name, aliases: subj.aliases }, metric: f.metric,
          keywords: KEYWORDS[f.metric] ?? {}, value: f.value, unit: 'USD', approx: 'exact', asOf, statement,
          sources: finishSources(sources, 'funding-rounds', report ?? asOf, ctx.retrieved), note: LICENCE_NOTE('funding-rounds'),
        } as Fact,
      });
    }
  });
  return drafts;
}

function revenueReports(rows: Record<string, string>[], ctx: Ctx): Draft[] {
  const drafts: Draft[] = [];
  rows.forEach((r, idx) => {
    const head = companyRow(r, idx, ctx);
    if (!head) return;
    const { row, company, name } = head;
    const type = cell(r, 'Type');
    const metric: Metric | undefined = /^(Annualized revenue|Annual recurring revenue)$/i.test(type)
      ? 'annualized-revenue'
      : /^Yearly revenue$/i.test(type)
        ? 'revenue'
        : undefined;
    if (!metric) {
      return skip(ctx, row, name, 'not-comparable', `revenue type '${type || 'none'}': a product's, a quarter's or a partial figure, not the company's revenue`);
    }
    const sources = rowSources(r, SOURCE_COLS(r), ctx.requireHttps);
    if (!sources.length) return skip(ctx, row, name, 'no-source', 'no http(s) source URL');
    const dateRaw = cell(r, 'Date');
    const reportRaw = cell(r, 'Report date');
    const date = isoDate(dateRaw);
    const report = isoDate(reportRaw);
    if (!date || (reportRaw && !report)) return skip(ctx, row, name, dateRaw ? 'unparseable-date' : 'no-date', `date '${dateRaw}'`);
    if (report && date > report) {
      return skip(ctx, row, name, 'future-date', `figure dated ${date}, after its report of ${report}: a projection, not a reported figure`, { metric });
    }
    if (date > ctx.today) return skip(ctx, row, name, 'future-date', `dated ${date}, after ${ctx.today}`, { metric });
    const rawValue = metric === 'annualized-revenue' ? cell(r, 'Annualized revenue (USD)') || cell(r, 'Revenue amount (normalize to annual)') : cell(r, 'Revenue amount (normalize to annual)');
    const value = num(rawValue);
    if (value === undefined || Number.isNaN(value) || value <= 0) return skip(ctx, row, name, 'unparseable-number', `revenue '${rawValue}'`, { metric });
    const subj = companySubject(company);
    // Yearly revenue is dated at the year's end; the statement names the year.
    const year = date.slice(0, 4);
    const w = (l: Lang) => fig(value, 'USD', l);
    const m = (l: Lang) => when(date, l, false);
    const statement: Words =
      metric === 'revenue'
        ? { fr: `Selon Epoch AI, ${company} a réalisé un chiffre d’affaires de ${w('fr')} en ${year}.`, en: `According to Epoch AI, ${company}'s revenue for ${year} was ${w('en')}.`, de: `Laut Epoch AI erzielte ${company} ${year} einen Umsatz von ${w('de')}.`, es: `Según Epoch AI, ${company} facturó ${w('es')} en ${year}.`, it: `Secondo Epoch AI, ${company} ha registrato ricavi per ${w('it')} nel ${year}.` }
        : { fr: `Selon Epoch AI, le chiffre d’affaires annualisé ${deFr(company)} atteignait ${w('fr')} en ${m('fr')}.`, en: `According to Epoch AI, ${company}'s annualized revenue reached ${w('en')} in ${m('en')}.`, de: `Laut Epoch AI erreichte der annualisierte Umsatz von ${company} im ${m('de')} ${w('de')}.`, es: `Según Epoch AI, los ingresos anualizados de ${company} alcanzaban ${w('es')} en ${m('es')}.`, it: `Secondo Epoch AI, i ricavi annualizzati di ${company} raggiungevano ${w('it')} a ${m('it')}.` };
    drafts.push({
      row, name,
      fact: {
        id: factId(company, metric, date), subject: { name: subj.name, aliases: subj.aliases }, metric, keywords: KEYWORDS[metric] ?? {},
        value, unit: 'USD', approx: 'exact', asOf: date, statement,
        sources: finishSources(sources, 'revenue-reports', report ?? date, ctx.retrieved), note: LICENCE_NOTE('revenue-reports'),
      } as Fact,
    });
  });
  return drafts;
}

function dataCenters(rows: Record<string, string>[], ctx: Ctx, timelines: boolean): Draft[] {
  rows.forEach((r, idx) => {
    const name = cell(r, timelines ? 'Data center' : 'Title') || cell(r, 'Handle');
    skip(ctx, idx + 1, name || undefined, 'no-source',
      'Epoch AI’s own estimate (satellite imagery, permits, models): the CSV lists no source URL for these figures');
  });
  return [];
}

// ---------------------------------------------------------------------------------------------
// Post-processing: duplicates, chains, ids

function sameSubject(a: Fact, b: Fact): boolean {
  const an = new Set([a.subject.name, ...a.subject.aliases].map((s) => fold(s)));
  if (an.has(fold(b.subject.name))) return true;
  return b.subject.aliases.some((s) => fold(s) === fold(a.subject.name));
}

function close(a: number, b: number, tol: number): boolean {
  return Math.abs(a - b) <= tol * Math.max(Math.abs(a), Math.abs(b));
}

function finish(drafts: Draft[], ctx: Ctx, existing: readonly Fact[]): { facts: Fact[]; links: EpochResult['links'] } {
  // 1. Repeats of a hand-written fact: same subject and metric, value within 3 %, dated within ~60
  //    days — or, for a quantity that changes over time, the same figure as the hand-written fact
  //    that was the latest at that date (the figure had not changed: nothing new to record).
  const kept: Draft[] = [];
  for (const d of drafts) {
    // 0. Citations the caller refuses go; a fact left without a strong one goes too.
    if (ctx.judgeSource) {
      const judged = d.fact.sources.map((s) => (s.publisher === 'Epoch AI' && s.url.startsWith('https://epoch.ai/') ? { keep: true, strong: false, epoch: true } : { ...ctx.judgeSource!(s.url, s.publisher), epoch: false }));
      if (!judged.some((j) => j.keep && j.strong && !j.epoch)) {
        skip(ctx, d.row, d.name, 'weak-sources', 'none of the sources Epoch lists is a primary publisher or an established newsroom (or they are not articles)', { id: d.fact.id, metric: d.fact.metric });
        continue;
      }
      d.fact.sources = d.fact.sources.filter((_, i) => judged[i].keep);
    }
    const series = handSeries(d.fact, existing, ctx.kind);
    const before = series.filter((e) => e.asOf <= d.fact.asOf).pop();
    const hw =
      series.find((e) => close(e.value, d.fact.value, 0.03) && daysBetween(e.asOf, d.fact.asOf) <= 62) ??
      (CHAINED.has(d.fact.metric) && before && close(before.value, d.fact.value, 0.03) ? before : undefined);
    if (hw) {
      skip(ctx, d.row, d.name, 'duplicate-hand-written', `repeats the hand-written fact '${hw.id}'`, { id: d.fact.id, metric: d.fact.metric });
      continue;
    }
    // 2. Repeats inside Epoch's data (the same round listed twice, a cluster listed under two names).
    const dup = kept.find(
      (k) => k.fact.metric === d.fact.metric && k.fact.status === d.fact.status && close(k.fact.value, d.fact.value, 0.005) && daysBetween(k.fact.asOf, d.fact.asOf) <= 62 && (k.fact.subject.name === d.fact.subject.name || sameSubject(k.fact, d.fact)),
    );
    if (dup) {
      skip(ctx, d.row, d.name, 'duplicate-epoch', `repeats row ${dup.row} (${dup.name})`, { id: d.fact.id, metric: d.fact.metric });
      continue;
    }
    kept.push(d);
  }
  // 3. A one-word alias shared by different clusters ("ABCI", "Azure", "Titan") names none of them.
  if (ctx.kind === 'gpu-clusters') {
    const owners = new Map<string, Set<string>>();
    for (const d of kept) for (const a of d.fact.subject.aliases) if (!a.includes(' ')) owners.set(a, (owners.get(a) ?? new Set()).add(d.fact.subject.name));
    for (const d of kept) {
      d.fact.subject = { ...d.fact.subject, aliases: d.fact.subject.aliases.filter((a) => a.includes(' ') || owners.get(a)!.size === 1) };
    }
  }
  // 4. Unique ids (deterministic: in row order).
  const ids = new Set<string>();
  for (const d of kept) {
    let id = d.fact.id;
    for (let i = 2; ids.has(id); i++) id = `${d.fact.id.slice(0, 115)}-${i}`;
    d.fact.id = id;
    ids.add(id);
  }
  // 5. Chains.
  if (ctx.kind === 'gpu-clusters') {
    // Phases of the same cluster, both operational, the later one superseding: Epoch's
    // "Superseded by" / "Builds Upon" columns, same subject, same metric, later date.
    const byName = new Map<string, Draft[]>();
    for (const d of kept) if (d.epochName) byName.set(d.epochName, [...(byName.get(d.epochName) ?? []), d]);
    for (const d of kept) {
      const next = new Set<string>();
      if (d.successor) d.successor.split(',').forEach((s) => next.add(s.trim().replace(/^["“]+|["”]+$/g, '')));
      for (const o of kept) if (o.predecessor?.split(',').map((s) => s.trim().replace(/^["“]+|["”]+$/g, '')).includes(d.epochName!)) next.add(o.epochName!);
      const candidates = [...next]
        .flatMap((nm) => byName.get(nm) ?? [])
        .filter((o) => o.fact.metric === d.fact.metric && linkable(o.fact, ctx.kind) && linkable(d.fact, ctx.kind) && o.fact.subject.name === d.fact.subject.name && o.fact.asOf > d.fact.asOf)
        .sort((a, b) => (a.fact.asOf < b.fact.asOf ? -1 : 1));
      if (candidates.length) d.fact.supersededBy = candidates[0].fact.id;
    }
  } else {
    // A company's valuation and annualised revenue over time.
    for (const metric of ['valuation', 'annualized-revenue'] as Metric[]) {
      const groups = new Map<string, Draft[]>();
      for (const d of kept) if (d.fact.metric === metric) groups.set(d.fact.subject.name, [...(groups.get(d.fact.subject.name) ?? []), d]);
      for (const list of groups.values()) {
        list.sort((a, b) => (a.fact.asOf < b.fact.asOf ? -1 : a.fact.asOf > b.fact.asOf ? 1 : a.row - b.row));
        for (let i = 0; i + 1 < list.length; i++) list[i].fact.supersededBy = list[i + 1].fact.id;
      }
    }
  }
  // 6. Into the hand-written series: an imported figure older than a hand-written one of the same
  //    quantity is superseded by the next hand-written one (ids are resolved in the bundled pack).
  const byId = new Map(kept.map((d) => [d.fact.id, d.fact]));
  for (const d of kept) {
    if (!linkable(d.fact, ctx.kind)) continue;
    const next = handSeries(d.fact, existing, ctx.kind, true).find((e) => e.asOf > d.fact.asOf);
    if (!next) continue;
    const own = d.fact.supersededBy ? byId.get(d.fact.supersededBy) : undefined;
    if (!own || own.asOf > next.asOf) d.fact.supersededBy = next.id;
  }
  // 7. …and the other way: the newest hand-written figure, older than an imported one, is
  //    superseded by the first imported figure after it.
  const links: { id: string; supersededBy: string }[] = [];
  const linked = new Set<string>();
  for (const d of kept) {
    if (!linkable(d.fact, ctx.kind)) continue;
    for (const e of handSeries(d.fact, existing, ctx.kind, true)) {
      if (e.supersededBy || linked.has(e.id) || e.asOf >= d.fact.asOf) continue;
      if (handSeries(d.fact, existing, ctx.kind, true).some((o) => o.asOf > e.asOf)) continue; // not the newest
      const first = kept
        .filter((o) => o.fact.metric === d.fact.metric && linkable(o.fact, ctx.kind) && o.fact.asOf > e.asOf && handSeries(o.fact, [e], ctx.kind, true).length)
        .sort((a, b) => (a.fact.asOf < b.fact.asOf ? -1 : a.fact.asOf > b.fact.asOf ? 1 : a.row - b.row))[0];
      if (first) {
        links.push({ id: e.id, supersededBy: first.fact.id });
        linked.add(e.id);
      }
    }
  }
  return { facts: kept.map((d) => d.fact), links };
}

/** Facts that may join a history: a company's valuation or annualised revenue, an operational cluster's size or power. */
function linkable(f: Fact, kind: EpochKind): boolean {
  if (kind === 'gpu-clusters') return f.status === 'operational' && (f.metric === 'gpu-count' || f.metric === 'power-capacity');
  return CHAINED.has(f.metric);
}

/** Metrics whose facts form a history of one quantity (valuation, annualised revenue, cluster size). */
const CHAINED = new Set<Metric>(['valuation', 'annualized-revenue']);

/** Hand-written facts about the same quantity as `f`, oldest first. */
function handSeries(f: Fact, existing: readonly Fact[], kind: EpochKind, strictStatus = false): Fact[] {
  return existing
    .filter((e) => e.metric === f.metric && e.unit === f.unit && sameSubject(e, f) && (kind !== 'gpu-clusters' || e.status === f.status || (!strictStatus && e.status === undefined)))
    .sort((a, b) => (a.asOf < b.asOf ? -1 : a.asOf > b.asOf ? 1 : 0));
}

// ---------------------------------------------------------------------------------------------

/**
 * Converts one Epoch AI CSV. `kind` is detected from the header row when not given. Throws
 * EpochError for input that is not an Epoch AI CSV (too large, unknown columns).
 */
export function convertEpoch(csvText: string, kind?: EpochKind | null, opts: EpochOptions = {}): EpochResult {
  const { headers, rows } = parseCsv(csvText);
  const detected = detectEpochKind(headers);
  const k = kind ?? detected;
  if (!k) throw new EpochError('not an Epoch AI CSV: the header row matches none of the GPU clusters, data centers, funding rounds or revenue reports datasets');
  if (detected && detected !== k) throw new EpochError(`the CSV looks like '${detected}', not '${k}'`);
  if (!detected) throw new EpochError(`the CSV does not have the columns of '${k}'`);
  const today = opts.today ?? new Date().toISOString().slice(0, 10);
  const ctx: Ctx = { kind: k, judgeSource: opts.judgeSource, today, retrieved: opts.retrieved ?? today, requireHttps: !!opts.requireHttps, skipped: [] };
  const drafts =
    k === 'gpu-clusters' ? gpuClusters(rows, ctx)
    : k === 'funding-rounds' ? fundingRounds(rows, ctx)
    : k === 'revenue-reports' ? revenueReports(rows, ctx)
    : dataCenters(rows, ctx, k === 'data-center-timelines');
  const { facts, links } = finish(drafts, ctx, opts.existing ?? []);
  ctx.skipped.sort((a, b) => a.row - b.row);
  return { kind: k, rows: rows.length, facts, skipped: ctx.skipped, links };
}

/** A pack id for facts converted from a URL ("epoch-gpu-clusters"). */
export function epochPackMeta(kind: EpochKind, updated: string): { id: string; title: string; version: string; updated: string } {
  return { id: `epoch-${kind}`, title: `Epoch AI — ${EPOCH_DATASETS[kind].title} (CC BY 4.0)`, version: updated.replace(/-/g, '.'), updated };
}
