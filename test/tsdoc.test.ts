// The house rule "TSDoc on every export, with an example", for what the package's public entries export: every symbol
// re-exported by src/index.ts, src/present/form.ts, src/analyst/testing.ts and src/server.ts is followed to its declaration, whose TSDoc must hold an
// `@example` with a ```ts fence, unless it is marked `@internal`.
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', 'src');
const ENTRIES = ['index.ts', 'present/form.ts', 'analyst/testing.ts', 'server.ts'].map((f) => join(SRC, f));

const OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  noEmit: true,
  skipLibCheck: true,
  types: [],
};

/** One exported symbol of an entry, where it is declared, and what its TSDoc lacks (`undefined` when nothing). */
interface ExportDoc {
  readonly entry: string;
  readonly name: string;
  readonly declaredIn: string;
  readonly problem: string | undefined;
}

/** Whether a declaration's TSDoc has an `@example` tag whose text holds a ```ts fence. */
const hasExample = (tags: readonly ts.JSDocTag[]): boolean =>
  tags.some((t) => t.tagName.text === 'example' && /```ts\b[\s\S]*```/.test(ts.getTextOfJSDocComment(t.comment) ?? ''));

/** Every export of the entries, followed through re-exports to its declarations, with what its TSDoc lacks. */
function exportDocs(entries: readonly string[], host?: ts.CompilerHost): ExportDoc[] {
  const program = ts.createProgram(entries, OPTIONS, host);
  const checker = program.getTypeChecker();
  const docs: ExportDoc[] = [];
  for (const entry of entries) {
    const source = program.getSourceFile(entry);
    const module = source && checker.getSymbolAtLocation(source);
    if (!module) throw new Error(`cannot read ${entry}`);
    for (const exported of checker.getExportsOfModule(module)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const declarations = symbol.declarations ?? [];
      const tags = declarations.flatMap((d) => [...ts.getJSDocTags(d)]);
      const hasDoc = declarations.some((d) => ts.getJSDocCommentsAndTags(d).length > 0);
      const internal = tags.some((t) => t.tagName.text === 'internal');
      const problem = internal
        ? undefined
        : !hasDoc
          ? 'no TSDoc comment'
          : !hasExample(tags)
            ? 'no @example with a ```ts fence'
            : undefined;
      const file = declarations[0]?.getSourceFile().fileName ?? '?';
      docs.push({ entry, name: exported.name, declaredIn: file, problem });
    }
  }
  return docs;
}

/** A compiler host that serves the given in-memory files besides the real ones. */
function hostWith(files: Record<string, string>): ts.CompilerHost {
  const host = ts.createCompilerHost(OPTIONS);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (f) => Object.hasOwn(files, f) || fileExists.call(host, f);
  host.readFile = (f) => (Object.hasOwn(files, f) ? files[f] : readFile.call(host, f));
  host.getSourceFile = (f, language, ...rest) =>
    Object.hasOwn(files, f) ? ts.createSourceFile(f, files[f]!, language) : getSourceFile.call(host, f, language, ...rest);
  return host;
}

describe('TSDoc of the public entries', () => {
  const docs = exportDocs(ENTRIES);
  const relative = (path: string) => path.slice(dirname(SRC).length + 1);

  it('reads the exports of every entry, through the re-exports, down to their source files', () => {
    const names = (entry: string) => docs.filter((d) => d.entry === entry).map((d) => d.name);
    expect(names(ENTRIES[0]!)).toEqual(expect.arrayContaining(['classify', 'classifySync', 'ClassificationResult', 'LEGAL_BASES']));
    expect(names(ENTRIES[1]!)).toEqual(expect.arrayContaining(['classifySync', 'Violation', 'StepBody']));
    expect(names(ENTRIES[2]!)).toEqual(expect.arrayContaining(['caseSchema', 'runCases', 'CaseRun', 'classifyMatchers']));
    expect(names(ENTRIES[3]!)).toEqual(expect.arrayContaining(['createApp', 'startServer', 'openApiDocument', 'RunningServer', 'ServerOptions']));
    expect(docs.find((d) => d.name === 'Audit')?.declaredIn).toBe(join(SRC, 'decide/audit.ts'));
    expect(docs.length).toBeGreaterThan(80);
  });

  it('documents every export that is not @internal with a TSDoc comment and a ```ts @example', () => {
    const missing = docs.filter((d) => d.problem).map((d) => `${relative(d.entry)}: ${d.name} (${relative(d.declaredIn)}): ${d.problem}`);
    expect([...new Set(missing)]).toEqual([]);
  });

  it('names an export without TSDoc, one without an example and one whose example is not a ts fence; exempts @internal', () => {
    // In-memory files beside the real sources (module resolution looks only in directories that exist).
    const entry = join(SRC, '__tsdoc-fixture-entry.ts');
    const host = hostWith({
      [entry]: "export { bare, noExample, shellExample, hidden, good } from './__tsdoc-fixture.js';\nexport type { Shape } from './__tsdoc-fixture.js';\n",
      [join(SRC, '__tsdoc-fixture.ts')]: [
        'export const bare = 1;',
        '/** Documented, no example. */',
        'export function noExample(): void {}',
        '/**\n * A command line.\n * @example\n * ```sh\n * run it\n * ```\n */',
        'export const shellExample = 2;',
        '/** Not public. @internal */',
        'export const hidden = 3;',
        "/**\n * Good.\n * @example\n * ```ts\n * good; // 4\n * ```\n */",
        'export const good = 4;',
        '/** A shape, no example. */',
        'export interface Shape { readonly x: number }',
      ].join('\n'),
    });
    const problems = Object.fromEntries(exportDocs([entry], host).map((d) => [d.name, d.problem]));
    expect(problems).toEqual({
      bare: 'no TSDoc comment',
      noExample: 'no @example with a ```ts fence',
      shellExample: 'no @example with a ```ts fence',
      hidden: undefined,
      good: undefined,
      Shape: 'no @example with a ```ts fence',
    });
  });
});
