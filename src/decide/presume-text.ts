/**
 * The text form of presumptions, as the command line (`--presume`) and the HTTP service (`?presume=`) take them:
 * `relation=none,cltn=false`, each name either the short name of a presumption or its full incident path
 * (`target.relation=none`). Bad text gets a bilingual message naming the option and what it accepts.
 */
import { PRESUMPTIONS, type Presume, type Presumption } from '../law/presumptions.js';
import { t, type Bilingual } from '../vocabulary/text.js';

const known = (): string =>
  Object.values(PRESUMPTIONS)
    .map((p) => `${p.name}=${String(p.presumed)}|${String(p.other)} (${p.path})`)
    .join(', ');

/**
 * Parses `relation=none,cltn=false` (or `target.relation=none`; several texts, e.g. a repeated option, are joined)
 * into the `presume` option of `classify`. `option` names the option in the message (`--presume`, `presume`).
 * @example
 * ```ts
 * import { parsePresumeText } from 'netralitas-asn';
 * parsePresumeText(['relation=none,cltn=false'], '--presume');
 * // { ok: true, presume: { 'target.relation': 'none', 'actor.cltn': false } }
 * parsePresumeText(['kin=none'], '--presume').ok; // false
 * ```
 */
export function parsePresumeText(texts: readonly string[], option: string): { ok: true; presume: Presume } | { ok: false; message: Bilingual } {
  const presume: Record<string, string | boolean> = {};
  const fail = (id: string, en: string) => ({
    ok: false as const,
    message: t(`${option}: ${id} Yang dikenal: ${known()}.`, `${option}: ${en} Known: ${known()}.`),
  });
  const parts = texts.flatMap((text) => text.split(',')).map((part) => part.trim());
  if (parts.every((part) => part === '')) return fail('tidak ada praduga yang disebut.', 'no presumption given.');
  for (const part of parts) {
    if (part === '') continue;
    const at = part.indexOf('=');
    if (at < 1) return fail(`"${part}" bukan NAMA=NILAI.`, `"${part}" is not NAME=VALUE.`);
    const name = part.slice(0, at).trim();
    const text = part.slice(at + 1).trim();
    const p: Presumption | undefined = Object.values(PRESUMPTIONS).find((q) => q.name === name || q.path === name);
    if (!p) return fail(`praduga tidak dikenal: "${name}".`, `unknown presumption "${name}".`);
    const value = [p.presumed, p.other].find((v) => String(v) === text);
    if (value === undefined) {
      return fail(
        `nilai "${text}" tidak valid untuk ${p.name}; yang valid: ${String(p.presumed)}, ${String(p.other)}.`,
        `"${text}" is not a value of ${p.name}; valid: ${String(p.presumed)}, ${String(p.other)}.`,
      );
    }
    if (Object.hasOwn(presume, p.path) && presume[p.path] !== value) {
      return fail(`${p.name} disebut dua kali dengan nilai berbeda.`, `${p.name} is given twice with different values.`);
    }
    presume[p.path] = value;
  }
  return { ok: true, presume };
}
