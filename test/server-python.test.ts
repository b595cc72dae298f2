// A client that is not JavaScript: Python's standard library (urllib) calls the service over loopback, as a complaint
// desk written in Python would, and gets the same verdict, hashes and bilingual errors as the library.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { classifySync } from '../src/decide/classify-sync.js';
import { startServer, type RunningServer } from '../src/server.js';

vi.setConfig({ testTimeout: 60_000 });

const CLIENT = String.raw`
import json, sys, urllib.request, urllib.error

base = sys.argv[1]

def call(method, path, body=None, lang=None):
    data = None if body is None else json.dumps(body).encode("utf-8")
    req = urllib.request.Request(base + path, data=data, method=method)
    req.add_header("Content-Type", "application/json")
    if lang:
        req.add_header("Accept-Language", lang)
    try:
        with urllib.request.urlopen(req, timeout=30) as res:
            return res.status, json.loads(res.read().decode("utf-8"))
    except urllib.error.HTTPError as err:
        return err.code, json.loads(err.read().decode("utf-8"))

out = {}
status, result = call("POST", "/v1/classify", {"actor": {"employment": "pppk"}, "act": {"kind": "party_membership"}})
out["classify"] = {"status": status, "verdict": result["verdict"], "incidentHash": result["audit"]["incidentHash"]}
status, error = call("POST", "/v1/classify", {"actor": {"employment": "pilot"}, "act": {"kind": "party_membership"}}, "en")
out["invalid"] = {"status": status, "paths": [i["path"] for i in error["error"]["issues"]], "text": error["error"]["text"]}
status, ready = call("GET", "/readyz")
out["ready"] = {"status": status, "state": ready["status"]}
print(json.dumps(out))
`;

let running: RunningServer;
beforeAll(async () => {
  running = await startServer({ port: 0 });
});
afterAll(async () => {
  await running.close();
});

describe('a Python client (standard library only)', () => {
  it('classifies, gets the bilingual errors of an invalid incident, and checks readiness', async () => {
    // Asynchronously: the server runs in this process and must keep answering.
    const r = await promisify(execFile)('python3', ['-c', CLIENT, running.url], { encoding: 'utf8', timeout: 30_000 });
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as Record<string, Record<string, unknown>>;
    const expected = classifySync({ actor: { employment: 'pppk' }, act: { kind: 'party_membership' } });
    if (!expected.ok) throw new Error('expected a result');
    expect(out.classify).toEqual({ status: 200, verdict: expected.verdict, incidentHash: expected.audit.incidentHash });
    const invalid = classifySync({ actor: { employment: 'pilot' }, act: { kind: 'party_membership' } });
    if (invalid.ok) throw new Error('expected invalid');
    expect(out.invalid).toEqual({ status: 422, paths: invalid.error.issues.map((i) => i.path), text: invalid.error.message.en });
    expect(out.ready).toEqual({ status: 200, state: 'ready' });
  });
});
