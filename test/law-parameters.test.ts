// The dated law parameters (law/parameters.json): validated, and read by the sanctions and the tracks.
import { describe, expect, it } from 'vitest';
import { LAW_FILES } from '../src/law/generated/data.js';
import { lawParameters, parseLawParameters } from '../src/law/law-parameters.js';
import { defaultLaw } from '../src/law/law.js';
import { datedOptions, sanctionOptionsOf } from '../src/law/sanctions.js';

const data = LAW_FILES['parameters'] as Record<string, unknown>;

describe('law/parameters.json', () => {
  it('holds the handlers in the windows update-2026-12 §6.1 gives (KASN to 22 Aug 2024, BKN from 23 Aug 2024)', () => {
    const { handlers, operationalSwitch, futureHandler, payRegulation } = lawParameters();
    expect(handlers.map((h) => [h.body, h.from, h.until])).toEqual([
      ['kasn', undefined, '2024-08-22'],
      ['bkn', '2024-08-23', undefined],
    ]);
    expect(operationalSwitch.date).toBe('2024-08-24');
    // MK 121/PUU-XXII/2024: read out 16 Oct 2025, the body is due within two years (update §5.3); no body is named.
    expect(futureHandler).toMatchObject({ decidedOn: '2025-10-16', dueBy: '2027-10-16' });
    expect(Object.keys(futureHandler)).not.toContain('body');
    // No pay PP in force in 2024, none found for 2025 (update §4).
    expect(payRegulation.inForceFrom).toBeNull();
  });

  it('rejects an unknown basis, an unknown body and a malformed date', () => {
    const handlers = data['handlers'] as Record<string, unknown>[];
    expect(() => parseLawParameters({ ...data, handlers: [{ ...handlers[0], bases: ['pp-94-2021/p99'] }] })).toThrow(/unknown legal basis id/);
    expect(() => parseLawParameters({ ...data, handlers: [{ ...handlers[0], body: 'lembaga_baru' }] })).toThrow(/handlers\.0\.body/);
    expect(() => parseLawParameters({ ...data, payRegulation: { inForceFrom: '1 Jan 2026', bases: ['pp-94-2021/p42-1'] } })).toThrow(/payRegulation/);
  });
});

describe('the pay regulation start date decides the sedang forms (PP 94/2021 Pasal 42)', () => {
  const ids = (o: { id: string; inForce: boolean }[], inForce: boolean) => o.filter((x) => x.inForce === inForce).map((x) => x.id);
  const options = sanctionOptionsOf('disiplin_sedang', defaultLaw());
  const tukin = ['pemotongan_tukin_25_persen_6_bulan', 'pemotongan_tukin_25_persen_9_bulan', 'pemotongan_tukin_25_persen_12_bulan'];
  const pp53 = ['penundaan_kenaikan_gaji_berkala_1_tahun', 'penundaan_kenaikan_pangkat_1_tahun', 'penurunan_pangkat_1_tahun'];

  it('without a pay PP, only the PP 53/2010 Pasal 7(3) forms are in force, listed first', () => {
    const r = datedOptions(options, '2025-06-01', null);
    expect(ids(r, true)).toEqual(pp53);
    expect(ids(r, false)).toEqual(tukin);
  });

  it('the day before a pay PP the PP 53 forms apply, from its first day the tukin cuts (Pasal 42(1),(2))', () => {
    const before = datedOptions(options, '2026-12-31', '2027-01-01');
    expect(ids(before, true)).toEqual(pp53);
    expect(before.find((o) => o.id === pp53[0])?.inForceUntil).toBe('2026-12-31');
    const on = datedOptions(options, '2027-01-01', '2027-01-01');
    expect(ids(on, true)).toEqual(tukin);
    expect(ids(on, false)).toEqual(pp53);
    expect(on.find((o) => o.id === tukin[0])?.inForceFrom).toBe('2027-01-01');
  });

  it('without an incident date and with a pay PP, both sets are listed with their windows', () => {
    const r = datedOptions(options, undefined, '2027-01-01');
    expect(ids(r, true).sort()).toEqual([...pp53, ...tukin].sort());
  });
});
