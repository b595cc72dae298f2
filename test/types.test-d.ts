// Types that guide (issue 15, developers): the public types narrow as the runtime values do. Checked by `tsc --noEmit`
// (the pretest) and by `npm run test:types` (vitest --typecheck); each line failed to compile before its change.
import { describe, expectTypeOf, it } from 'vitest';
import {
  classifySync,
  type ClassificationResult,
  type MissingFact,
  type SanctionResult,
  type TrackResult,
} from '../src/index.js';

declare const result: ClassificationResult;
type Category = NonNullable<ClassificationResult['category']>;

describe('the result is discriminated by its verdict', () => {
  it('violation: category, sanction and a first track are there; nothing is missing', () => {
    if (result.verdict === 'violation') {
      expectTypeOf(result.sanction).toEqualTypeOf<SanctionResult>();
      expectTypeOf(result.category).toEqualTypeOf<Category>();
      expectTypeOf(result.tracks[0]).toEqualTypeOf<TrackResult>();
      expectTypeOf(result.missingFacts).toEqualTypeOf<readonly []>();
    }
  });

  it('needs_information: a first question is there; no category, sanction, finding or track', () => {
    if (result.verdict === 'needs_information') {
      expectTypeOf(result.missingFacts[0]).toEqualTypeOf<MissingFact>();
      expectTypeOf(result.sanction).toEqualTypeOf<null>();
      expectTypeOf(result.category).toEqualTypeOf<null>();
      expectTypeOf(result.violations).toEqualTypeOf<readonly []>();
      expectTypeOf(result.exemptions).toEqualTypeOf<readonly []>();
      expectTypeOf(result.alternatives).toEqualTypeOf<readonly []>();
      expectTypeOf(result.tracks).toEqualTypeOf<readonly []>();
    }
  });

  it('no_violation: no category, sanction, violation or question', () => {
    if (result.verdict === 'no_violation') {
      expectTypeOf(result.sanction).toEqualTypeOf<null>();
      expectTypeOf(result.category).toEqualTypeOf<null>();
      expectTypeOf(result.violations).toEqualTypeOf<readonly []>();
      expectTypeOf(result.missingFacts).toEqualTypeOf<readonly []>();
    }
  });

  it('out_of_scope: no category, sanction, violation, exemption or question', () => {
    if (result.verdict === 'out_of_scope') {
      expectTypeOf(result.sanction).toEqualTypeOf<null>();
      expectTypeOf(result.category).toEqualTypeOf<null>();
      expectTypeOf(result.violations).toEqualTypeOf<readonly []>();
      expectTypeOf(result.exemptions).toEqualTypeOf<readonly []>();
      expectTypeOf(result.missingFacts).toEqualTypeOf<readonly []>();
    }
  });

  it('narrows what classifySync returns, with no cast', () => {
    const r = classifySync({ actor: { employment: 'pns' }, act: { kind: 'party_membership' } });
    if (r.ok && r.verdict === 'violation') expectTypeOf(r.sanction.level).toBeString();
    // Before the check the sanction may be null.
    if (r.ok) expectTypeOf(r.sanction).toEqualTypeOf<SanctionResult | null>();
  });
});
