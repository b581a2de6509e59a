/**
 * Pack validation with errors people can act on: "fact 'mistral-x' (facts[12]) → sources[0].url:
 * must be an http(s) URL". Also checks what a schema cannot: unique ids, superseded chains that
 * point to real facts and never loop.
 */
import { PackSchema, type FactPack } from './schema';

/** Refuse before parsing: a pack is a few MB at most. */
export const MAX_PACK_BYTES = 20 * 1024 * 1024;

export class PackError extends Error {
  constructor(
    message: string,
    readonly problems: string[] = [message],
  ) {
    super(message);
    this.name = 'PackError';
  }
}

type Issue = { path: PropertyKey[]; message: string };

function describe(issue: Issue, raw: unknown): string {
  const path = issue.path;
  if (path[0] === 'facts' && typeof path[1] === 'number') {
    const facts = (raw as { facts?: unknown[] })?.facts;
    const fact = Array.isArray(facts) ? (facts[path[1]] as { id?: unknown }) : undefined;
    const id = typeof fact?.id === 'string' ? `'${fact.id.slice(0, 80)}'` : '(no id)';
    const field = formatPath(path.slice(2));
    return `fact ${id} (facts[${path[1]}])${field ? ` → ${field}` : ''}: ${issue.message}`;
  }
  const field = formatPath(path);
  return `${field || 'pack'}: ${issue.message}`;
}

function formatPath(path: PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
}

/** Validates an already-parsed pack. Throws PackError listing (up to 20) problems. */
export function validatePack(raw: unknown, opts: { requireHttps?: boolean } = {}): FactPack {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new PackError('not a fact pack: expected a JSON object with "id", "title", "version", "updated" and "facts"');
  }
  const parsed = PackSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 20).map((i) => describe(i as Issue, raw));
    const more = parsed.error.issues.length > 20 ? ` (+${parsed.error.issues.length - 20} more)` : '';
    throw new PackError(`invalid fact pack: ${problems[0]}${more}`, problems);
  }
  const pack = parsed.data as FactPack;
  const problems: string[] = [];
  const ids = new Map<string, number>();
  pack.facts.forEach((f, i) => {
    if (ids.has(f.id)) problems.push(`fact '${f.id}' (facts[${i}]) → id: duplicate of facts[${ids.get(f.id)}]`);
    ids.set(f.id, i);
  });
  pack.facts.forEach((f, i) => {
    if (f.supersededBy !== undefined && !ids.has(f.supersededBy)) {
      problems.push(`fact '${f.id}' (facts[${i}]) → supersededBy: no fact '${f.supersededBy}' in this pack`);
    }
    if (opts.requireHttps) {
      f.sources.forEach((s, j) => {
        if (!s.url.startsWith('https://')) problems.push(`fact '${f.id}' (facts[${i}]) → sources[${j}].url: must be https`);
      });
    }
  });
  // Chains must end: follow supersededBy from each fact, at most facts.length steps.
  const byId = new Map(pack.facts.map((f) => [f.id, f]));
  for (const f of pack.facts) {
    let cur = f;
    let steps = 0;
    while (cur.supersededBy && byId.has(cur.supersededBy)) {
      cur = byId.get(cur.supersededBy)!;
      if (++steps > pack.facts.length || cur === f) {
        problems.push(`fact '${f.id}' → supersededBy: the chain loops`);
        break;
      }
    }
  }
  if (problems.length) throw new PackError(`invalid fact pack: ${problems[0]}`, problems);
  return pack;
}

/** Parses pack text (JSON) and validates it. */
export function parsePack(textOrBytes: string, opts: { requireHttps?: boolean } = {}): FactPack {
  if (textOrBytes.length > MAX_PACK_BYTES) {
    throw new PackError(
      `fact pack too large: ${(textOrBytes.length / 1048576).toFixed(1)} MB (the limit is ${MAX_PACK_BYTES / 1048576} MB)`,
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(textOrBytes);
  } catch (e) {
    throw new PackError(`not JSON: ${(e as Error).message.slice(0, 200)}`);
  }
  return validatePack(raw, opts);
}
