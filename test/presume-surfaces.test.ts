// Presumptions (issue 20 part 1) on every surface: the law data file, the text form, the CLI's classify, batch and test,
// the analyst case format, and the HTTP service. The CLI runs the built dist/cli.js (the pretest builds it).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifySync } from '../src/decide/classify-sync.js';
import { parsePresumeText } from '../src/decide/presume-text.js';
import { isLegalBasisId } from '../src/law/legal-bases.js';
import { PRESUMPTIONS } from '../src/law/presumptions.js';
import { parseCases, runCases } from '../src/analyst/case-runner.js';
import { openApiDocument, startServer, type RunningServer } from '../src/server.js';
import { root, runCli, tempDir } from './cli-helpers.js';
import { responseChecker } from './server-helpers.js';
import { presume, silent } from './presume-incident.js';

const pathsRelied = (r: ReturnType<typeof classifySync>) => (r.ok && 'presumptions' in r ? r.presumptions.map((p) => p.path) : []);

// Incidents of several kinds, each silent on spouse and CLTN, for batch counts.
const KINDS = ['attend_declaration_or_campaign', 'install_campaign_props', 'seek_own_candidacy', 'party_membership', 'online_campaign', 'take_part_in_campaign'];
const EMPLOYMENTS = ['pns', 'pppk', 'cpns'];
const many = KINDS.flatMap((kind) => EMPLOYMENTS.map((employment) => ({ ...silent, actor: { employment }, act: { kind } })));

describe('law/presumptions.json: the presumptions are data', () => {
  const file = JSON.parse(readFileSync(join(root, 'law', 'presumptions.json'), 'utf8')) as { presumptions: { path: string }[] };

  it('PRESUMPTIONS is the data file, entry for entry', () => {
    expect(Object.values(PRESUMPTIONS)).toEqual(file.presumptions);
  });

  it('each names a reason in both languages, a source, and bases of the legal registry', () => {
    for (const p of Object.values(PRESUMPTIONS)) {
      expect(p.reason.id.length).toBeGreaterThan(0);
      expect(p.reason.en.length).toBeGreaterThan(0);
      expect(p.source.length).toBeGreaterThan(0);
      expect(p.bases.length).toBeGreaterThan(0);
      for (const id of p.bases) expect(isLegalBasisId(id), `${p.path}: ${id}`).toBe(true);
    }
  });

  it('each path is an incident field that takes both its values', () => {
    for (const p of Object.values(PRESUMPTIONS)) {
      const [group, field] = p.path.split('.') as [string, string];
      for (const value of [p.presumed, p.other]) {
        const incident = { ...silent, [group]: { ...(silent as unknown as Record<string, object>)[group], [field]: value } };
        expect(classifySync(incident).ok, `${p.path}=${String(value)}`).toBe(true);
      }
    }
  });
});

describe('the text form', () => {
  it('takes short names and full paths, and values of the right type', () => {
    expect(parsePresumeText(['relation=none,cltn=false'], '--presume')).toEqual({ ok: true, presume });
    expect(parsePresumeText(['target.relation=none', 'actor.cltn=false'], '--presume')).toEqual({ ok: true, presume });
    expect(parsePresumeText(['cltn=true'], '--presume')).toEqual({ ok: true, presume: { 'actor.cltn': true } });
  });

  it.each([['kin=none'], ['relation'], ['cltn=maybe'], [''], ['relation=none,relation=spouse'], ['=none']])('refuses %j, naming the option in both languages', (text) => {
    const r = parsePresumeText([text], '--presume');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message.id).toMatch(/^--presume: /);
    expect(r.message.en).toMatch(/^--presume: /);
    expect(r.message.id).toMatch(/Yang dikenal: .*relation/);
    expect(r.message.en).toMatch(/Known: .*relation/);
  });
});

describe('CLI', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
    writeFileSync(join(dir, 'silent.json'), JSON.stringify(silent));
    writeFileSync(join(dir, 'many.ndjson'), many.map((i) => JSON.stringify(i)).join('\n') + '\n');
  });

  it('classify --presume decides under the presumptions and lists those relied on', () => {
    const plain = runCli(['classify', join(dir, 'silent.json')]);
    const r = runCli(['classify', join(dir, 'silent.json'), '--presume', 'relation=none,cltn=false']);
    expect(JSON.parse(plain.stdout).verdict).toBe('needs_information');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(classifySync(silent, { presume }))));
    expect(JSON.parse(r.stdout).presumptions.map((p: { path: string }) => p.path)).toContain('target.relation');
  });

  it.each([['classify'], ['batch'], ['test']])('%s: bad --presume is a usage error (exit 2) in both languages, no stack', (command) => {
    const file = join(dir, command === 'batch' ? 'many.ndjson' : 'silent.json');
    const r = runCli([command, file, '--presume', 'kin=none']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--presume: praduga tidak dikenal: "kin"/);
    expect(r.stderr).toMatch(/--presume: unknown presumption "kin"/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe('');
  });

  it('batch --presume: compact lines name the presumptions relied on; the summary counts them', () => {
    const r = runCli(['batch', join(dir, 'many.ndjson'), '--presume', 'relation=none,cltn=false', '--summary-json']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { presumptions: { path: string }[] });
    const expected = many.map((i) => pathsRelied(classifySync(i, { presume })));
    expect(lines.map((l) => l.presumptions.map((p) => p.path))).toEqual(expected);
    const summary = JSON.parse(r.stderr) as { presumed: number; presumptions: Record<string, number> };
    const resting = expected.filter((paths) => paths.length > 0).length;
    expect(resting).toBeGreaterThan(0); // the sample exercises the count
    expect(resting).toBeLessThan(many.length); // and has results resting on none
    expect(summary.presumed).toBe(resting);
    expect(summary.presumptions['target.relation=none'] ?? 0).toBe(expected.filter((p) => p.includes('target.relation')).length);
    expect(summary.presumptions['actor.cltn=false'] ?? 0).toBe(expected.filter((p) => p.includes('actor.cltn')).length);
  });

  it('batch --presume with --jobs 2 gives the same bytes as one thread', () => {
    const one = runCli(['batch', join(dir, 'many.ndjson'), '--presume', 'relation=none,cltn=false']);
    const two = runCli(['batch', join(dir, 'many.ndjson'), '--presume', 'relation=none,cltn=false', '--jobs', '2']);
    expect(two.stdout).toBe(one.stdout);
    expect(one.stdout).toMatch(/"presumptions"/);
  });

  it('batch without --presume: no presumptions anywhere, and the summary counts none', () => {
    const r = runCli(['batch', join(dir, 'many.ndjson'), '--summary-json']);
    expect(r.stdout).not.toMatch(/presumptions/);
    expect(JSON.parse(r.stderr.slice(r.stderr.indexOf('{'))).presumed).toBe(0);
  });

  it('batch --output csv --presume adds a column naming each presumption and the verdict otherwise', () => {
    const r = runCli(['batch', join(dir, 'many.ndjson'), '--presume', 'relation=none', '--output', 'csv', '--lang', 'en']);
    const rows = r.stdout.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(rows[0]).toMatch(/,presumptions relied on$/);
    const first = classifySync(many[0], { presume: { 'target.relation': 'none' } });
    if (!first.ok || !('presumptions' in first)) throw new Error('invalid');
    expect(first.presumptions.length).toBeGreaterThan(0);
    expect(rows[1]).toContain(`target.relation=none (otherwise ${first.presumptions[0]!.otherwise.verdict})`);
  });

  it('the batch table names the results resting on a presumption', () => {
    const r = runCli(['batch', join(dir, 'many.ndjson'), '--presume', 'relation=none,cltn=false']);
    const resting = many.filter((i) => pathsRelied(classifySync(i, { presume })).length > 0).length;
    expect(r.stderr).toContain(`Results resting on a presumption: ${resting} of ${many.length}`);
  });

  it('test: a case\'s presume: key and --presume for the cases without one', () => {
    writeFileSync(
      join(dir, 'cases.yaml'),
      [
        '- name: own presume',
        '  presume: relation=none,cltn=false',
        `  incident: ${JSON.stringify(silent)}`,
        '  expect: { presumptions: [target.relation] }',
        '- name: no presume of its own',
        `  incident: ${JSON.stringify(silent)}`,
        '  expect: { presumptions: [target.relation] }',
      ].join('\n'),
    );
    const without = runCli(['test', '--lang', 'en', join(dir, 'cases.yaml')]);
    expect(without.code).toBe(1);
    expect(without.stdout).toMatch(/FAIL no presume of its own \(\S+:\d+\): expected the result to rest on presumptions target\.relation, got none/);
    const withOption = runCli(['test', '--lang', 'en', join(dir, 'cases.yaml'), '--presume', 'relation=none']);
    expect(withOption.stdout).toMatch(/2 cases: 2 passed, 0 failed/);
    expect(withOption.code).toBe(0);
  });
});

describe('analyst case format', () => {
  it('presume: as text or as an object; a bad one is a malformed case naming the field', () => {
    const { cases, errors } = parseCases('inline', [
      { name: 'text', presume: 'relation=none', incident: silent, expect: { presumptions: ['target.relation'] } },
      { name: 'object', presume: { 'target.relation': 'none' }, incident: silent, expect: { presumptions: ['target.relation'] } },
      { name: 'bad text', presume: 'kin=none', incident: silent, expect: {} },
      { name: 'bad object', presume: { 'actor.cltn': 'no' }, incident: silent, expect: {} },
    ]);
    expect(runCases(cases).map((o) => o.differences)).toEqual([[], []]);
    expect(errors.map((e) => [e.case, e.field.split('.')[0]])).toEqual([
      ['bad text', 'presume'],
      ['bad object', 'presume'],
    ]);
    expect(errors[0]!.message).toMatch(/unknown presumption "kin"/);
  });
});

describe('HTTP service', () => {
  let running: RunningServer;
  const check = responseChecker(openApiDocument() as Record<string, unknown>);
  beforeAll(async () => {
    running = await startServer({ port: 0 });
  });
  afterAll(async () => {
    await running.close();
  });
  const post = (path: string, body: string, headers: Record<string, string> = {}) => fetch(`${running.url}${path}`, { method: 'POST', body, headers });

  it('POST /v1/classify?presume= equals classifySync with the presumptions, and validates', async () => {
    const r = await post(`/v1/classify?presume=${encodeURIComponent('relation=none,cltn=false')}`, JSON.stringify(silent));
    const body = await r.json();
    expect(r.status).toBe(200);
    expect(body).toEqual(JSON.parse(JSON.stringify(classifySync(silent, { presume }))));
    expect(check('/v1/classify', 'post', 200, body)).toEqual([]);
  });

  it('the parameter may be repeated and use full paths', async () => {
    const r = await post('/v1/classify?presume=target.relation%3Dnone&presume=actor.cltn%3Dfalse', JSON.stringify(silent));
    expect(await r.json()).toEqual(JSON.parse(JSON.stringify(classifySync(silent, { presume }))));
  });

  it.each([['/v1/classify'], ['/v1/classify/batch']])('%s with a bad presume: 400 invalid_presume in the language asked for, documented', async (path) => {
    const r = await post(`${path}?presume=cltn%3Dmaybe`, JSON.stringify(silent), { 'Accept-Language': 'en' });
    const body = (await r.json()) as { error: { code: string; text: string; message: { id: string; en: string } } };
    expect(r.status).toBe(400);
    expect(body.error.code).toBe('invalid_presume');
    expect(body.error.text).toBe(body.error.message.en);
    expect(body.error.message.en).toMatch(/^presume: "maybe" is not a value of cltn/);
    expect(body.error.message.id).toMatch(/^presume: nilai "maybe" tidak valid untuk cltn/);
    if (path === '/v1/classify') expect(check(path, 'post', 400, body)).toEqual([]);
  });

  it('POST /v1/classify/batch?presume= answers each line under the presumptions', async () => {
    const r = await post('/v1/classify/batch?presume=relation%3Dnone%2Ccltn%3Dfalse', many.map((i) => JSON.stringify(i)).join('\n'));
    const lines = (await r.text()).trim().split('\n').map((l) => JSON.parse(l) as { line: number });
    expect(lines.map(({ line: _line, ...rest }) => rest)).toEqual(many.map((i) => JSON.parse(JSON.stringify(classifySync(i, { presume })))));
  });

  it('the OpenAPI document describes the parameter on both endpoints', () => {
    const doc = openApiDocument() as { paths: Record<string, { post: { parameters: { name: string; in: string }[] } }> };
    for (const path of ['/v1/classify', '/v1/classify/batch']) expect(doc.paths[path]!.post.parameters.some((p) => p.name === 'presume' && p.in === 'query')).toBe(true);
  });
});
