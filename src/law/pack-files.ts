/**
 * A pack written as a folder: `pack.json` (or `pack.yaml`) holds the pack's own fields (id, kind, title, regions,
 * lists, notes), `legal-bases.json` its documents and bases, `sanctions.json` and `tracks.json` its sanction and track
 * data (the national pack's), `rules/<file>.json` its rule files and `elections/<election>.json` its election calendars
 * (or regional cycles of an election: a file with a `cycles` list).
 * This module turns the files of such a folder, already read, into the one pack object that `createClassifier` takes;
 * it does no I/O itself, so the CLI and the build share it.
 */
/** One file of a pack folder: its path inside the folder (`rules/x.json`) and its text. @internal */
export interface PackFile {
  readonly path: string;
  readonly text: string;
}

const DATA = /\.(json|ya?ml)$/;

/**
 * A YAML parser: the yaml package's `parse`. The caller passes it, so that this module loads no parser of its own and
 * bundles for any platform (the build runs it to assemble the built-in packs; the CLI loads yaml only when a pack has
 * a YAML file, src/law/yaml-on-demand.ts).
 * @internal
 */
export type ParseYaml = (text: string, options: { readonly maxAliasCount: number }) => unknown;

/** The text of a JSON or YAML file as data; throws an error naming the file. */
function parseFile(file: PackFile, parseYaml: ParseYaml): unknown {
  const text = file.text.replace(/^\uFEFF/, '');
  try {
    return file.path.endsWith('.json') ? JSON.parse(text) : parseYaml(text, { maxAliasCount: 100 });
  } catch (error) {
    throw new Error(`${file.path}: not valid ${file.path.endsWith('.json') ? 'JSON' : 'YAML'}: ${(error as Error).message}`);
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Law data without the fields written for its readers (`why`, `$comment`): the law as loaded (and hashed in the audit
 * block) is what decides results; the reasoning stays in the files. Applied to sanction and track data and to the law
 * parameter files (`law/*.json`).
 * @internal
 */
export const withoutReasons = (v: unknown): unknown =>
  Array.isArray(v) ? v.map(withoutReasons) : isObject(v) ? Object.fromEntries(Object.entries(v).filter(([k]) => k !== 'why' && k !== '$comment').map(([k, x]) => [k, withoutReasons(x)])) : v;
const stem = (path: string) => path.slice(path.lastIndexOf('/') + 1).replace(DATA, '');

/**
 * Assembles the files of a pack folder into one pack object. Files other than JSON and YAML are ignored, and so are
 * data files outside the places above (a README beside them is fine). Throws an error naming the file when a
 * file is not data or a place holds the wrong shape; the pack itself is validated when it is loaded.
 * @internal
 */
export function assemblePack(files: readonly PackFile[], parseYaml: ParseYaml): Record<string, unknown> {
  const sorted = [...files].filter((f) => DATA.test(f.path)).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const manifest = sorted.find((f) => /^pack\.(json|ya?ml)$/.test(f.path));
  if (!manifest) throw new Error('no pack.json or pack.yaml in the pack folder');
  const pack = parseFile(manifest, parseYaml);
  if (!isObject(pack)) throw new Error(`${manifest.path}: a pack is an object`);
  const out: Record<string, unknown> = { ...pack };
  const rules: Record<string, unknown> = isObject(pack.rules) ? { ...pack.rules } : {};
  const elections: unknown[] = Array.isArray(pack.elections) ? [...pack.elections] : [];
  const cycles: unknown[] = Array.isArray(pack.cycles) ? [...pack.cycles] : [];
  for (const file of sorted) {
    if (file === manifest) continue;
    if (/^legal-bases\.(json|ya?ml)$/.test(file.path)) {
      const registry = parseFile(file, parseYaml);
      if (!isObject(registry)) throw new Error(`${file.path}: expected { documents, bases }`);
      for (const key of ['documents', 'bases'] as const) {
        if (registry[key] === undefined) continue;
        if (!isObject(registry[key])) throw new Error(`${file.path}: ${key} is an object`);
        out[key] = { ...(isObject(out[key]) ? out[key] : {}), ...registry[key] };
      }
    } else if (/^(sanctions|tracks)\.(json|ya?ml)$/.test(file.path)) {
      out[stem(file.path)] = withoutReasons(parseFile(file, parseYaml));
    } else if (/^rules\/[^/]+$/.test(file.path)) {
      rules[stem(file.path)] = parseFile(file, parseYaml);
    } else if (/^elections\/[^/]+$/.test(file.path)) {
      const data = parseFile(file, parseYaml);
      if (isObject(data) && Array.isArray(data.cycles) && data.election === undefined) cycles.push(...data.cycles);
      else elections.push(data);
    }
  }
  out.rules = rules;
  if (elections.length > 0) out.elections = elections;
  if (cycles.length > 0) out.cycles = cycles;
  return out;
}
