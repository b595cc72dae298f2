/**
 * The yaml library, loaded the first time a YAML text (a pack's file, a case file, an incident file) or a JSON text
 * with a repeated key is read, never at start-up: loading it costs a fresh `node` some 45 ms on the bench machine
 * (issue 12), which every CLI call paid though most read only JSON. Node-only: the CLI, the service and the `testing`
 * entry use it; the library's entries, the form and the build's bundles of src/law never load this module.
 */
import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';

let loaded: typeof Yaml | undefined;

/**
 * The yaml module, loaded on first call (synchronously, from the package's own dependencies).
 * @example
 * ```ts
 * yaml().parse('a: 1'); // { a: 1 }
 * ```
 * @internal
 */
export function yaml(): typeof Yaml {
  return (loaded ??= createRequire(import.meta.url)('yaml') as typeof Yaml);
}
