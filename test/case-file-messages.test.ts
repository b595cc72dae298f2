// A malformed case says what is wrong in the language of the run (Bahasa Indonesia by default in the CLI, English with
// --lang en), and names the nearest valid field or value of a mistyped one ("did you mean").
import { describe, expect, it } from 'vitest';
import { formatCaseRun, parseCases, summarise } from '../src/analyst/case-runner.js';
import { caseSchema } from '../src/analyst/cases.js';
import { IN_ENGLISH } from '../src/vocabulary/zod-english.js';
import { IN_INDONESIAN } from '../src/vocabulary/zod-indonesian.js';

const incident = { actor: { employment: 'pns' }, act: { kind: 'party_membership' } };
const good = { name: 'D-5', incident, expect: { items: ['disiplin 5'] } };

/** Malformed cases, each wrong in one way (and some in several). */
const MALFORMED: [string, unknown][] = [
  ['a mistyped case field', { ...good, sorce: 'SKB' }],
  ['a mistyped expectation field', { ...good, expect: { verdikt: 'violation' } }],
  ['two unknown expectation fields', { ...good, expect: { verdikt: 'violation', sanktion: 'berat' } }],
  ['a mistyped verdict', { ...good, expect: { verdict: 'violaton' } }],
  ['an unknown sanction level', { ...good, expect: { sanction: 'heavy' } }],
  ['a mistyped field of an act', { ...good, expect: { acts: [{ verdikt: 'violation' }] } }],
  ['a mistyped derived stage', { ...good, expect: { derived: { stage: 'calonn' } } }],
  ['an item without its list', { ...good, expect: { items: ['6'] } }],
  ['an unknown legal basis', { ...good, expect: { bases: ['skb-2022/d-99'] } }],
  ['a deadline in other words', { ...good, expect: { deadlines: ['bkn in 14 days'] } }],
  ['an unknown presumption', { ...good, presume: 'kin=none' }],
  ['no name', { incident, expect: {} }],
  ['a name of the wrong type', { name: 5, incident, expect: {} }],
  ['no expectation', { name: 'x', incident }],
  ['an expectation of the wrong type', { name: 'x', incident, expect: 'violation' }],
  ['items not a list', { ...good, expect: { items: 'disiplin 5' } }],
];

const errorsOf = (raw: unknown) => parseCases('c.yaml', [raw]).errors;

describe('the messages of a malformed case', () => {
  it.each(MALFORMED)('are the same issues in both languages: %s', (_name, raw) => {
    const en = caseSchema.safeParse(raw, IN_ENGLISH);
    const id = caseSchema.safeParse(raw, IN_INDONESIAN);
    expect(en.success || id.success).toBe(false);
    const shape = (issues: readonly { code: string; path: PropertyKey[] }[]) => issues.map((i) => [i.code, i.path.join('.')]);
    expect(shape(id.error!.issues)).toEqual(shape(en.error!.issues));
  });

  it.each(MALFORMED)('are in Bahasa Indonesia, with no English left: %s', (_name, raw) => {
    const errors = errorsOf(raw);
    expect(errors.length).toBeGreaterThan(0);
    for (const e of errors) {
      expect(e.text?.en).toBe(e.message);
      expect(e.text?.id).not.toMatch(/Invalid|Unrecognized|expected|received|did you mean|unknown|legal basis|e\.g\./);
    }
  });

  it.each([
    [{ ...good, sorce: 'SKB' }, '', '"source"'],
    [{ ...good, expect: { verdikt: 'violation' } }, 'expect', '"verdict"'],
    [{ ...good, expect: { verdict: 'violaton' } }, 'expect.verdict', '"violation"'],
    [{ ...good, expect: { acts: [{ verdikt: 'violation' }] } }, 'expect.acts.0', '"verdict"'],
    [{ ...good, expect: { derived: { stage: 'calonn' } } }, 'expect.derived.stage', '"calon"'],
  ])('name the nearest valid field or value: %j', (raw, field, guess) => {
    const [e] = errorsOf(raw);
    expect(e?.field).toBe(field);
    expect(e?.text?.en).toMatch(new RegExp(`; did you mean ${guess}\\?$`));
    expect(e?.text?.id).toMatch(new RegExp(`; maksud Anda ${guess}\\?$`));
  });

  it('pair each of several unknown fields with its nearest valid one', () => {
    const [e] = errorsOf({ ...good, expect: { verdikt: 'violation', sanktion: 'berat' } });
    expect(e?.text?.en).toMatch(/did you mean "verdikt" → "verdict", "sanktion" → "sanction"\?$/);
  });

  it('guess nothing where nothing is near', () => {
    const [e] = errorsOf({ ...good, expect: { sanction: 'heavy' } });
    expect(e?.message).toBe('Invalid option: expected one of "undetermined"|"sesuai_perjanjian_kerja"|"sanksi_moral"|"sedang"|"berat"|"pemberhentian_dengan_hormat"|"pemberhentian_tidak_dengan_hormat"');
    expect(e?.text?.id).toMatch(/^Pilihan tidak valid: diharapkan salah satu dari /);
  });

  it("word the schema's own messages in both languages", () => {
    expect(errorsOf({ ...good, expect: { bases: ['skb-2022/d-99'] } })[0]?.text).toEqual({ id: 'id dasar hukum tidak dikenal', en: 'unknown legal basis id' });
    expect(errorsOf({ ...good, expect: { deadlines: ['bkn in 14 days'] } })[0]?.text?.id).toBe('diharapkan "<badan> <n> <days|working_days>"');
    expect(errorsOf({ ...good, expect: { items: ['6'] } })[0]?.text?.id).toBe('diharapkan "<daftar> <butir>" (atau KE-n, D-n, atau "<daftar> <kunci butir>"), mis. "disiplin 6"');
    const presume = errorsOf({ ...good, presume: 'kin=none' })[0]!;
    expect(presume.text?.en).toMatch(/unknown presumption "kin"/);
    expect(presume.text?.id).not.toBe(presume.text?.en);
  });

  it('are printed in the language of the run, with the words around them', () => {
    const run = summarise([], errorsOf({ ...good, expect: { verdikt: 'violation' } }).map((e) => ({ ...e, line: 3 })));
    expect(formatCaseRun(run, { lang: 'id' })).toContain('CACAT baris 3: kasus "D-5": isian expect: Kunci tidak dikenal: "verdikt"; maksud Anda "verdict"?');
    expect(formatCaseRun(run, { lang: 'en' })).toContain('MALFORMED line 3: case "D-5": field expect: Unrecognized key: "verdikt"; did you mean "verdict"?');
  });
});
