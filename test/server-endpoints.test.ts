// The HTTP service over real HTTP on a free loopback port: every endpoint, its answers checked against the OpenAPI
// document the service publishes (itself checked by an OpenAPI validator) and against the library's own answers, the
// error codes, the language of messages, CORS, the request log and the decision log.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { getCalendar } from '../src/law/law.js';
import { classifySync } from '../src/decide/classify-sync.js';
import { ELECTIONS } from '../src/vocabulary/enums.js';
import { lawDataHash } from '../src/decide/audit.js';
const DATA_HASH = lawDataHash();
import { incidentJsonSchema } from '../src/present/incident-json-schema.js';
import { LEGAL_BASES, LEGAL_DOCUMENTS } from '../src/law/legal-bases.js';
import { nextQuestions } from '../src/decide/next-questions.js';
import { loadRules } from '../src/law/law.js';
import { decisionSchema } from '../src/server/schemas.js';
import { openApiDocument, startServer, type RunningServer } from '../src/server.js';
import { loadFixtures } from './fixture-files.js';
import { componentValidator, rawExchange, rawPost, responseChecker } from './server-helpers.js';

vi.setConfig({ testTimeout: 60_000 });

const check = responseChecker();
const fixtures = loadFixtures();
const validIncidents = fixtures.filter((c) => c.expect.invalidFields === undefined).map((c) => c.incident);
const invalidIncidents = fixtures.filter((c) => c.expect.invalidFields !== undefined).map((c) => c.incident);
const pppk = { actor: { employment: 'pppk' }, act: { kind: 'party_membership' } };
/** What must never be in an answer: a stack frame or a path of the machine. */
const LEAK = /\bat [^\n]*\(|node_modules|\/work\/|\/home\/|\/tmp\/|\.ts:\d|\.js:\d/;

let running: RunningServer;
const logs: Record<string, unknown>[] = [];
const url = (path: string) => `${running.url}${path}`;
const post = (path: string, body: string, headers: Record<string, string> = {}) =>
  fetch(url(path), { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });

beforeAll(async () => {
  running = await startServer({ port: 0, bodyLimit: 65_536, log: (r) => logs.push(r) });
});
afterAll(async () => {
  await running.close();
});

describe('GET /openapi.json', () => {
  it('is the generated document, valid OpenAPI 3.1 under an OpenAPI validator', async () => {
    const res = await fetch(url('/openapi.json'));
    expect(res.status).toBe(200);
    const doc = (await res.json()) as Record<string, unknown>;
    expect(doc).toEqual(JSON.parse(JSON.stringify(openApiDocument())));
    const validator = new Validator();
    const result = await validator.validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('describes every endpoint, and every schema it names compiles with its references resolved', () => {
    const doc = openApiDocument() as { paths: Record<string, object>; components: { schemas: Record<string, unknown> } };
    expect(Object.keys(doc.paths).sort()).toEqual(
      [
        '/v1/classify',
        '/v1/classify/batch',
        '/v1/next-questions',
        '/v1/schema',
        '/v1/legal-bases',
        '/v1/legal-bases/{id}',
        '/v1/rules',
        '/v1/elections',
        '/openapi.json',
        '/healthz',
        '/readyz',
      ].sort(),
    );
    const component = componentValidator();
    for (const name of Object.keys(doc.components.schemas)) expect(typeof component(name), name).toBe('function');
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([A-Za-z]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of refs) expect(Object.keys(doc.components.schemas)).toContain(ref);
  });

  it('describes the incident with the library\'s JSON Schema and the result as open to new members', () => {
    const { components } = openApiDocument() as { components: { schemas: Record<string, Record<string, unknown>> } };
    const { $schema: _, ...incident } = incidentJsonSchema as Record<string, unknown>;
    expect(components.schemas.Incident).toEqual(incident);
    expect(components.schemas.ClassificationResult!.additionalProperties).toBe(true);
  });

  it('the response checker rejects a body that is not what the document says', () => {
    expect(check('/v1/classify', 'post', 200, { ok: true, verdict: 'maybe' }).length).toBeGreaterThan(0);
    expect(check('/v1/classify', 'post', 299, {})).toEqual(['post /v1/classify does not document 299']);
  });
});

describe('POST /v1/classify', () => {
  it('answers each valid fixture incident with the library\'s result, valid under the document', async () => {
    expect(validIncidents.length).toBeGreaterThan(50);
    for (const incident of validIncidents.slice(0, 60)) {
      const res = await post('/v1/classify', JSON.stringify(incident));
      const body = (await res.json()) as unknown;
      expect(res.status).toBe(200);
      expect(body).toEqual(JSON.parse(JSON.stringify(classifySync(incident))));
      expect(check('/v1/classify', 'post', 200, body)).toEqual([]);
    }
  });

  it('answers an invalid incident with 422 and the library\'s bilingual issues, each naming its field', async () => {
    expect(invalidIncidents.length).toBeGreaterThan(5);
    for (const incident of invalidIncidents) {
      const expected = classifySync(incident);
      if (expected.ok) throw new Error('fixture expected invalid');
      const res = await post('/v1/classify', JSON.stringify(incident));
      const body = (await res.json()) as { ok: boolean; error: { code: string; message: unknown; issues: { path: string; message: unknown; text: string }[] } };
      expect(res.status).toBe(422);
      expect(body.ok).toBe(false);
      expect(body.error.code).toBe('invalid_incident');
      expect(body.error.message).toEqual(expected.error.message);
      expect(body.error.issues.map(({ text: _, ...issue }) => issue)).toEqual(expected.error.issues);
      expect(check('/v1/classify', 'post', 422, body)).toEqual([]);
    }
  });

  it('gives the messages in the language of Accept-Language, Bahasa Indonesia by default', async () => {
    const bad = JSON.stringify({ actor: { employment: 'pilot' }, act: { kind: 'party_membership' } });
    const cases: [Record<string, string>, 'id' | 'en'][] = [
      [{}, 'id'],
      [{ 'accept-language': 'en' }, 'en'],
      [{ 'accept-language': 'en-GB,en;q=0.9' }, 'en'],
      [{ 'accept-language': 'id-ID' }, 'id'],
      [{ 'accept-language': 'fr, en;q=0.5' }, 'en'],
      [{ 'accept-language': 'fr' }, 'id'],
    ];
    for (const [headers, language] of cases) {
      const res = await post('/v1/classify', bad, headers);
      const body = (await res.json()) as { error: { message: Record<string, string>; text: string; issues: { message: Record<string, string>; text: string }[] } };
      expect(res.headers.get('content-language'), JSON.stringify(headers)).toBe(language);
      expect(body.error.text).toBe(body.error.message[language]);
      expect(body.error.issues[0]!.text).toBe(body.error.issues[0]!.message[language]);
    }
    const malformed = await post('/v1/classify', '{', { 'accept-language': 'en' });
    expect(((await malformed.json()) as { error: { text: string } }).error.text).toBe('The request body is not valid JSON.');
  });

  it('answers malformed or empty JSON with 400, an oversized body with 413, a GET with 405', async () => {
    for (const body of ['{', '', 'nul', '{"actor":}', '\u0000', '[1,2']) {
      const res = await post('/v1/classify', body);
      const json = (await res.json()) as { error: { code: string } };
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(json.error.code).toBe('malformed_json');
      expect(check('/v1/classify', 'post', 400, json)).toEqual([]);
    }
    const big = await post('/v1/classify', JSON.stringify({ ...pppk, reference: 'x'.repeat(70_000) }));
    const bigBody = (await big.json()) as { error: { code: string } };
    expect(big.status).toBe(413);
    expect(bigBody.error.code).toBe('payload_too_large');
    expect(check('/v1/classify', 'post', 413, bigBody)).toEqual([]);
    // Chunked, with no Content-Length: the limit is counted on the bytes.
    const chunked = await rawExchange(
      running.port,
      `POST /v1/classify HTTP/1.1\r\nHost: x\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n${(70_000).toString(16)}\r\n${'x'.repeat(70_000)}\r\n0\r\n\r\n`,
    );
    expect(chunked.status).toBe(413);
    const get = await fetch(url('/v1/classify'));
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    expect(check('/v1/classify', 'post', 405, await get.json())).toEqual([]);
  });

  it('answers a body that is valid JSON but not an incident with 422, never 500', async () => {
    for (const body of ['null', '42', '"text"', '[]', '{}', '{"__proto__":{"polluted":true}}', '[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]']) {
      const res = await post('/v1/classify', body);
      expect(res.status, body).toBe(422);
      expect(check('/v1/classify', 'post', 422, await res.json())).toEqual([]);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('POST /v1/classify/batch', () => {
  const cli = join(import.meta.dirname, '..', 'dist', 'cli.js');
  const lines = [
    JSON.stringify(pppk),
    '',
    'not json',
    JSON.stringify({ actor: { employment: 'pilot' }, act: { kind: 'party_membership' } }),
    '   ',
    ...validIncidents.slice(0, 30).map((i) => JSON.stringify(i)),
    '{"actor":{"employment":"pns"},"act":{"kind":"party_mem',
  ];
  const input = `${lines.join('\n')}\n`;

  it('answers NDJSON with the same lines as the CLI batch, each valid under the document', async () => {
    const res = await fetch(url('/v1/classify/batch'), { method: 'POST', body: input, headers: { 'content-type': 'application/x-ndjson' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    const text = await res.text();
    const fromCli = spawnSync(process.execPath, [cli, 'batch', '-', '--output', 'full'], { input, encoding: 'utf8' });
    expect(fromCli.stdout.length).toBeGreaterThan(1000);
    expect(text).toBe(fromCli.stdout);
    const line = componentValidator()('BatchLine');
    const answers = text.trimEnd().split('\n').map((l) => JSON.parse(l) as { line: number; ok: boolean });
    expect(answers.map((a) => a.line)).toEqual(lines.flatMap((l, i) => (l.trim() === '' ? [] : [i + 1])));
    for (const answer of answers) expect(line(answer), JSON.stringify(line.errors)).toBe(true);
    expect(answers.filter((a) => !a.ok).length).toBe(3);
  });

  it('ends a body over the limit with one whole error line, every line before it whole', async () => {
    const small = await startServer({ port: 0, batchBodyLimit: 4_000 });
    try {
      const body = `${Array.from({ length: 100 }, () => JSON.stringify(pppk)).join('\n')}\n`;
      // Streamed (chunked, no Content-Length): counted as the bytes come.
      const res = await fetch(`${small.url}/v1/classify/batch`, { method: 'POST', body: new Blob([body]).stream(), duplex: 'half' } as RequestInit);
      const answers = (await res.text()).split('\n');
      expect(answers.pop()).toBe('');
      const parsed = answers.map((l) => JSON.parse(l) as { ok: boolean; error?: { code: string } });
      expect(parsed.length).toBeLessThan(100);
      expect(parsed.at(-1)?.error?.code).toBe('payload_too_large');
      expect(parsed.slice(0, -1).every((a) => a.ok)).toBe(true);
      // With a Content-Length over the limit: refused before anything is read.
      const announced = await rawExchange(small.port, rawPost('/v1/classify/batch', body));
      expect(announced.status).toBe(413);
      expect(check('/v1/classify/batch', 'post', 413, JSON.parse(announced.body))).toEqual([]);
    } finally {
      await small.close();
    }
  });
});

describe('POST /v1/next-questions', () => {
  it('answers a partial incident with the library\'s next questions', async () => {
    const partials = [{}, { actor: { employment: 'pns' } }, { actor: { employment: 'pns' }, act: { kind: 'attend_declaration_or_campaign' } }, pppk, 'junk'];
    for (const partial of partials) {
      const res = await post('/v1/next-questions', JSON.stringify(partial));
      const body = (await res.json()) as { ok: boolean; questions: unknown[] };
      expect(res.status).toBe(200);
      expect(body).toEqual({ ok: true, questions: JSON.parse(JSON.stringify(nextQuestions(partial))) });
      expect(check('/v1/next-questions', 'post', 200, body)).toEqual([]);
    }
    const bad = await post('/v1/next-questions', '{"actor":');
    expect(bad.status).toBe(400);
  });
});

describe('the reference endpoints', () => {
  it('GET /v1/schema is the incident JSON Schema', async () => {
    const res = await fetch(url('/v1/schema'));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(JSON.parse(JSON.stringify(incidentJsonSchema)));
  });

  it('GET /v1/legal-bases lists every document and basis; /v1/legal-bases/{id} gives one, or 404', async () => {
    const res = await fetch(url('/v1/legal-bases'));
    const body = (await res.json()) as { documents: { id: string }[]; legalBases: { id: string }[] };
    expect(res.status).toBe(200);
    expect(check('/v1/legal-bases', 'get', 200, body)).toEqual([]);
    expect(body.legalBases.map((b) => b.id)).toEqual(Object.keys(LEGAL_BASES));
    expect(body.documents.map((d) => d.id)).toEqual(Object.keys(LEGAL_DOCUMENTS));
    for (const path of ['/v1/legal-bases/skb-2022/d-1', '/v1/legal-bases/skb-2022%2Fd-1']) {
      const one = await fetch(url(path));
      const basis = (await one.json()) as { legalBasis: Record<string, unknown>; document: { id: string } };
      expect(one.status, path).toBe(200);
      expect(check('/v1/legal-bases/{id}', 'get', 200, basis)).toEqual([]);
      expect(basis.legalBasis).toEqual({ id: 'skb-2022/d-1', ...LEGAL_BASES['skb-2022/d-1'] });
      expect(basis.document.id).toBe('skb-2022');
    }
    for (const path of ['/v1/legal-bases/no-such-basis', '/v1/legal-bases/__proto__', '/v1/legal-bases/constructor']) {
      const missing = await fetch(url(path));
      const body404 = (await missing.json()) as { error: { code: string } };
      expect(missing.status, path).toBe(404);
      expect(body404.error.code).toBe('unknown_legal_basis');
      expect(check('/v1/legal-bases/{id}', 'get', 404, body404)).toEqual([]);
    }
  });

  it('GET /v1/rules gives the rule files the classifier runs; GET /v1/elections the calendars', async () => {
    const rules = (await (await fetch(url('/v1/rules'))).json()) as { dataHash: string; files: { file: string }[] };
    expect(check('/v1/rules', 'get', 200, rules)).toEqual([]);
    expect(rules.dataHash).toBe(DATA_HASH);
    expect(rules.files).toEqual(JSON.parse(JSON.stringify(loadRules().files)));
    const elections = (await (await fetch(url('/v1/elections'))).json()) as { elections: unknown[] };
    expect(check('/v1/elections', 'get', 200, elections)).toEqual([]);
    expect(elections.elections).toEqual(ELECTIONS.map((e) => JSON.parse(JSON.stringify(getCalendar(e)))));
  });

  it('GET /healthz and /readyz answer for an orchestrator; an unknown path is 404', async () => {
    const health = await fetch(url('/healthz'));
    expect(health.status).toBe(200);
    expect(check('/healthz', 'get', 200, await health.json())).toEqual([]);
    const ready = await fetch(url('/readyz'));
    const readyBody = (await ready.json()) as { dataHash: string; rules: number };
    expect(ready.status).toBe(200);
    expect(check('/readyz', 'get', 200, readyBody)).toEqual([]);
    expect(readyBody.dataHash).toBe(DATA_HASH);
    expect(readyBody.rules).toBe(loadRules().rules.length);
    for (const path of ['/', '/v2/classify', '/v1/classify/x', '/openapi.yaml']) {
      const res = await fetch(url(path));
      const body = (await res.json()) as { error: { code: string } };
      expect(res.status, path).toBe(404);
      expect(body.error.code).toBe('not_found');
    }
  });
});

describe('production behaviour', () => {
  it('sends no CORS header unless an origin is configured, then only for that origin', async () => {
    const origin = 'https://lapor.example.go.id';
    const off = await post('/v1/classify', JSON.stringify(pppk), { origin });
    expect(off.headers.get('access-control-allow-origin')).toBeNull();
    const withCors = await startServer({ port: 0, cors: [origin] });
    try {
      const allowed = await fetch(`${withCors.url}/v1/classify`, { method: 'POST', body: JSON.stringify(pppk), headers: { origin } });
      expect(allowed.status).toBe(200);
      expect(allowed.headers.get('access-control-allow-origin')).toBe(origin);
      const preflight = await fetch(`${withCors.url}/v1/classify`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe(origin);
      const other = await fetch(`${withCors.url}/v1/classify`, { method: 'POST', body: JSON.stringify(pppk), headers: { origin: 'https://evil.example' } });
      expect(other.headers.get('access-control-allow-origin')).not.toBe('https://evil.example');
    } finally {
      await withCors.close();
    }
  });

  it('logs one structured record per request with the audit hashes, never the reference of the report', async () => {
    const reference = 'LAPORAN-RAHASIA-4471 Budi Santoso';
    const res = await post('/v1/classify', JSON.stringify({ ...pppk, reference }), { 'x-request-id': 'test-log-1' });
    const result = (await res.json()) as { reference: string; audit: { incidentHash: string; dataHash: string }; verdict: string };
    expect(result.reference).toBe(reference);
    const record = logs.find((r) => r.requestId === 'test-log-1');
    expect(record).toMatchObject({
      msg: 'request',
      method: 'POST',
      path: '/v1/classify',
      status: 200,
      incidentHash: result.audit.incidentHash,
      dataHash: result.audit.dataHash,
      verdict: result.verdict,
    });
    expect(JSON.stringify(logs)).not.toContain('LAPORAN-RAHASIA');
    expect(JSON.stringify(logs)).not.toContain('Budi');
  });

  it('writes the decision log: one NDJSON line per decision, time, incident hash, data hash, verdict', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'netralitas-decisions-')), 'decisions.ndjson');
    const withLog = await startServer({ port: 0, decisionLog: file });
    const results: { audit: { incidentHash: string; dataHash: string }; verdict: string }[] = [];
    try {
      for (const incident of [pppk, ...validIncidents.slice(0, 4)]) {
        const res = await fetch(`${withLog.url}/v1/classify`, { method: 'POST', body: JSON.stringify({ ...(incident as object), reference: 'RAHASIA-1' }) });
        results.push((await res.json()) as (typeof results)[number]);
      }
      await fetch(`${withLog.url}/v1/classify`, { method: 'POST', body: '{"actor":{}}' });
      await fetch(`${withLog.url}/v1/classify/batch`, { method: 'POST', body: `${JSON.stringify(pppk)}\n` });
    } finally {
      await withLog.close();
    }
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain('RAHASIA');
    const entries = text.trimEnd().split('\n').map((l) => decisionSchema.strict().parse(JSON.parse(l)));
    expect(entries.map(({ time: _, ...d }) => d)).toEqual([
      ...results.map((r) => ({ incidentHash: r.audit.incidentHash, dataHash: r.audit.dataHash, verdict: r.verdict })),
      // The batch line had no reference, so another incident hash than the first request's.
      { incidentHash: (classifySync(pppk) as { audit: { incidentHash: string } }).audit.incidentHash, dataHash: DATA_HASH, verdict: 'violation' },
    ]);
  });

  it('logs an error, once, when the decision log cannot be written, and goes on answering', async () => {
    const records: Record<string, unknown>[] = [];
    const full = await startServer({ port: 0, decisionLog: '/dev/full', log: (r) => records.push(r) });
    try {
      for (let i = 0; i < 3; i++) {
        const res = await fetch(`${full.url}/v1/classify`, { method: 'POST', body: JSON.stringify(pppk) });
        expect(res.status).toBe(200);
        await res.arrayBuffer();
      }
      for (let i = 0; i < 100 && !records.some((r) => r.level === 'error'); i++) await new Promise((r) => setTimeout(r, 20));
    } finally {
      await full.close();
    }
    const errors = records.filter((r) => r.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.msg).toMatch(/decision log failed/);
  });

  it('allows any origin with --cors *', async () => {
    const any = await startServer({ port: 0, cors: ['*'] });
    try {
      const res = await fetch(`${any.url}/healthz`, { headers: { origin: 'https://a.example' } });
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
    } finally {
      await any.close();
    }
  });

  it('answers an internal failure with a bare 500: no stack trace, no message, no path', async () => {
    const failing = await startServer({
      port: 0,
      onDecision: () => {
        throw new Error('boom in /work/secret/src/server/app.ts:42');
      },
    });
    try {
      const res = await fetch(`${failing.url}/v1/classify`, { method: 'POST', body: JSON.stringify(pppk) });
      const text = await res.text();
      expect(res.status).toBe(500);
      expect(text).not.toMatch(LEAK);
      expect(text).not.toContain('boom');
      expect(check('/v1/classify', 'post', 500, JSON.parse(text))).toEqual([]);
    } finally {
      await failing.close();
    }
  });

  it('leaks no stack trace or path in any error answer', async () => {
    const answers = await Promise.all([
      post('/v1/classify', '{'),
      post('/v1/classify', JSON.stringify({ actor: { employment: 'pilot' } })),
      post('/v1/classify', 'x'.repeat(70_000)),
      fetch(url('/v1/legal-bases/../../etc/passwd')),
      fetch(url('/v1/nothing')),
      fetch(url('/v1/rules'), { method: 'DELETE' }),
      rawExchange(running.port, rawPost('/v1/classify', '{"a":1}', { 'Content-Length': '100' }).subarray(0, 120)),
    ]);
    for (const answer of answers) {
      const text = answer instanceof Response ? await answer.text() : answer.body;
      expect(text).not.toMatch(LEAK);
    }
  });
});
