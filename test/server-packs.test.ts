// The service with law packs (issue 10 and 11): createApp({ packs }) answers from the built-in law plus the packs on
// every endpoint that depends on the law; a pack that does not load is refused when the app is made.
import { describe, expect, it } from 'vitest';
import { PackError } from '../src/law/packs.js';
import { createApp } from '../src/server/app.js';
import { packFolder } from './pack-folder.js';
import { responseChecker } from './server-helpers.js';

const pack = packFolder('test/packs/test-fixture-region');
const incident = { actor: { employment: 'pns', region: 'kabupaten_uji' }, act: { kind: 'online_campaign' }, target: { office: 'bupati' }, election: 'pilkada_uji_2026', stage: 'calon' };
const post = (path: string, body: unknown, app = createApp({ packs: [pack] })) => app.request(path, { method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body) });

describe('the service with a pack (test fixture, not law)', () => {
  it('classifies with the pack: its region is valid and its rule fires; the audit names the pack', async () => {
    const r = await (await post('/v1/classify', incident)).json();
    expect(r.verdict).toBe('violation');
    expect(r.violations.map((v: { list: string }) => v.list)).toContain('se_uji');
    expect(r.audit.packs.map((p: { id: string }) => p.id)).toEqual(['test-fixture-region']);
    expect((await post('/v1/classify', incident, createApp())).status).toBe(422);
  });
  it('answers the same in batch, asks the pack region in next-questions, and serves its schema, basis and election', async () => {
    const app = createApp({ packs: [pack] });
    const batch = await (await post('/v1/classify/batch', `${JSON.stringify(incident)}\n`, app)).text();
    expect(JSON.parse(batch.split('\n')[0]!).verdict).toBe('violation');
    const questions = await (await post('/v1/next-questions', { actor: { employment: 'pns' }, act: { kind: 'online_campaign' }, target: { office: 'bupati' }, election: 'pilkada_uji_2026' }, app)).json();
    expect(JSON.stringify(questions)).toMatch(/kabupaten_uji/);
    const schema = await (await app.request('/v1/schema')).json();
    expect(schema.properties.actor.properties.region.enum).toContain('kabupaten_uji');
    const basis = await (await app.request('/v1/legal-bases/se-uji/1')).json();
    expect(basis.document.short).toBe('SE Uji (paket uji)');
    const elections = await (await app.request('/v1/elections')).json();
    expect(elections.elections.map((e: { election: string }) => e.election)).toContain('pilkada_uji_2026');
  });
  it("publishes an OpenAPI document of the law with the pack, which its answers meet and the built-in document does not", async () => {
    const app = createApp({ packs: [pack] });
    const doc = (await (await app.request('/openapi.json')).json()) as Record<string, any>;
    expect(doc.components.schemas.Incident.properties.actor.properties.region.enum).toContain('kabupaten_uji');
    const electionEnum = doc.components.schemas.Elections.properties.elections.items.properties.election.enum;
    expect(electionEnum).toContain('pilkada_uji_2026');
    const elections = await (await app.request('/v1/elections')).json();
    expect(responseChecker(doc)('/v1/elections', 'get', 200, elections)).toEqual([]);
    expect(responseChecker()('/v1/elections', 'get', 200, elections).length).toBeGreaterThan(0);
    const builtIn = (await (await createApp().request('/openapi.json')).json()) as Record<string, any>;
    expect(builtIn.components.schemas.Incident.properties.actor.properties.region.enum).not.toContain('kabupaten_uji');
  });
  it('refuses a pack that does not load when the app is made', () => {
    expect(() => createApp({ packs: [{ ...pack, regions: { dki_jakarta: { id: 'x', en: 'x' } } }] })).toThrow(PackError);
  });
});
