/**
 * The built-in law is loaded without parsing its packs again (`checkedAtBuild`: scripts/generate-data.mjs ran every
 * check when it wrote them, and fails the build otherwise). Taking the packs as checked must give the very law that
 * every check gives: same rules, registry, calendars, sanctions and tracks. Likewise the presumptions of
 * law/presumptions.json.
 */
import { describe, expect, it } from 'vitest';
import { BUILT_IN_PACKS, BUILT_IN_SHAPED, ELECTION_IDS, LAW_FILES } from '../src/law/generated/data.js';
import { sanctionsSchema } from '../src/law/sanction-data.js';
import { unshape } from '../src/law/shaped.js';
import { tracksSchema } from '../src/law/track-data.js';
import { checkPresumptions, presumptionsOf, PRESUMPTIONS } from '../src/law/presumptions.js';
import { buildLaw, defaultLaw, type Law } from '../src/law/law.js';
import { OFFICES } from '../src/vocabulary/enums.js';

/** A law's data, with its functions replaced by what they answer for every election and office. */
const dataOf = (law: Law) => {
  const { officesOf, electionsFilling, packs, ...rest } = law;
  return {
    ...rest,
    packs: packs.map(({ data, ...info }) => ({ ...info, data: JSON.stringify(data) })),
    officesOf: law.elections.map((e) => officesOf(e)),
    electionsFilling: OFFICES.map((o) => electionsFilling(o)),
  };
};

describe('the built-in law, taken as checked at build', () => {
  it('is the law every check builds from the same packs', () => {
    const checked = buildLaw(BUILT_IN_PACKS);
    const taken = defaultLaw();
    expect(taken.rules.length).toBeGreaterThan(100);
    expect(dataOf(taken)).toEqual(dataOf(checked));
  });

  it('ships the sanction and track data as their schemas shape the packs, key for key and in order', () => {
    const packs = BUILT_IN_PACKS as { sanctions?: unknown; tracks?: unknown }[];
    expect(BUILT_IN_SHAPED.length).toBe(packs.length);
    expect(packs.some((p) => p.sanctions !== undefined) && packs.some((p) => p.tracks !== undefined)).toBe(true);
    packs.forEach((pack, i) => {
      const shaped = BUILT_IN_SHAPED[i]!;
      const sanctions = pack.sanctions === undefined ? undefined : sanctionsSchema({ hasBasis: () => true, hasDocument: () => true }, pack.sanctions).parse(pack.sanctions);
      const tracks = pack.tracks === undefined ? undefined : tracksSchema({ hasBasis: () => true, elections: ELECTION_IDS }, pack.tracks).parse(pack.tracks);
      expect(JSON.stringify(unshape(shaped.sanctions, pack))).toBe(JSON.stringify(sanctions));
      expect(JSON.stringify(unshape(shaped.tracks, pack))).toBe(JSON.stringify(tracks));
    });
  });

  it('still refuses what only the checks between packs catch: a pack loaded twice', () => {
    expect(() => buildLaw([...BUILT_IN_PACKS, BUILT_IN_PACKS[0]], undefined, { checkedAtBuild: true })).toThrow(/loaded twice/);
  });
});

describe('the presumptions, taken as checked at build', () => {
  it('are the presumptions every check reads from law/presumptions.json', () => {
    expect(Object.keys(PRESUMPTIONS).length).toBeGreaterThan(0);
    expect(PRESUMPTIONS).toEqual(checkPresumptions(LAW_FILES['presumptions']));
  });

  it('are still refused where two presumptions share a path', () => {
    const file = LAW_FILES['presumptions'] as { presumptions: unknown[] };
    expect(() => presumptionsOf({ ...file, presumptions: [file.presumptions[0], file.presumptions[0]] } as Parameters<typeof presumptionsOf>[0])).toThrow(/twice/);
  });
});
