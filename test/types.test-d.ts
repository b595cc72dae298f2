// Types that guide (issue 15, developers): the public types narrow as the runtime values do. Checked by `tsc --noEmit`
// (the pretest) and by `npm run test:types` (vitest --typecheck); each line failed to compile before its change.
import { describe, expectTypeOf, it } from 'vitest';
import {
  applyAnswer,
  classify,
  classifySync,
  createClassifier,
  type InvalidIncident,
  type PartialIncident,
  type PartialMultiActIncident,
  type PartialReport,
  nextQuestions,
  questionFor,
  type Incident,
  type IncidentAct,
  type IncidentField,
  type IncidentFieldValue,
  type Question,
  type ClassificationResult,
  type MissingFact,
  type SanctionResult,
  type TrackResult,
  type MultiActIncident,
  validateReport,
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

describe('a question names an incident field, with that field\'s value type from the zod schema', () => {
  it('questionFor keeps the field and its values', () => {
    const q = questionFor('cltn');
    expectTypeOf(q.field).toEqualTypeOf<'actor.cltn'>();
    expectTypeOf(q.options[0]!.value).toEqualTypeOf<boolean>();
    expectTypeOf(questionFor('stage').options[0]!.value).toEqualTypeOf<NonNullable<Incident['stage']>>();
    expectTypeOf(questionFor('act').options[0]!.value).toEqualTypeOf<IncidentAct['kind']>();
  });

  it('a Question narrows by its field', () => {
    const next = nextQuestions({});
    const q = Array.isArray(next) ? next[0] : undefined;
    if (q?.field === 'act.activeSupport') expectTypeOf(q.options[0]!.value).toEqualTypeOf<boolean>();
    if (q?.field === 'actor.employment') {
      expectTypeOf(q.fact).toEqualTypeOf<'employment'>();
      expectTypeOf(q.options[0]!.value).toEqualTypeOf<Incident['actor']['employment']>();
    }
    // A field no question asks is not a field.
    // @ts-expect-error: 'actor.mood' is not an incident field
    if (q?.field === 'actor.mood') expectTypeOf(q).toBeNever();
  });

  it('IncidentField lists the paths, IncidentFieldValue their value types', () => {
    expectTypeOf<'actor.cltn'>().toExtend<IncidentField>();
    expectTypeOf<'target.office'>().toExtend<IncidentField>();
    expectTypeOf<'actor.mood'>().not.toExtend<IncidentField>();
    expectTypeOf<IncidentFieldValue<'target.relation'>>().toEqualTypeOf<NonNullable<NonNullable<Incident['target']>['relation']>>();
    expectTypeOf<IncidentFieldValue<'act.photoShows'>>().toEqualTypeOf<NonNullable<Extract<IncidentAct, { kind: 'post_photo' }>['photoShows']>>();
    expectTypeOf<Question['field']>().toEqualTypeOf<IncidentField>();
  });
});

describe('applyAnswer takes only a value the question\'s field holds', () => {
  it('accepts an option value and returns a partial incident or the typed error', () => {
    const draft: PartialIncident = { actor: { employment: 'pns' } };
    expectTypeOf(applyAnswer(draft, questionFor('stage'), 'calon')).toEqualTypeOf<
      { readonly ok: true; readonly incident: PartialIncident } | InvalidIncident
    >();
    applyAnswer(draft, questionFor('cltn'), false);
    applyAnswer(draft, questionFor('cltn'), undefined); // clears the answer
    applyAnswer(draft, { field: 'target.office' }, 'bupati');
  });

  it('keeps the kind of draft: a report with several acts stays one, and its values are typed as well', () => {
    const report: PartialMultiActIncident = { acts: [{ act: { kind: 'online_campaign' } }, {}] };
    expectTypeOf(applyAnswer(report, { field: 'stage', reportField: 'acts.1.stage' }, 'calon')).toEqualTypeOf<
      { readonly ok: true; readonly incident: PartialMultiActIncident } | InvalidIncident
    >();
    const either = report as PartialReport;
    expectTypeOf(applyAnswer(either, questionFor('cltn'), false)).toEqualTypeOf<{ readonly ok: true; readonly incident: PartialReport } | InvalidIncident>();
    // A draft with an act of its own and a list of acts is neither kind.
    expectTypeOf<{ act: { kind: 'online_campaign' }; acts: [] }>().not.toExtend<PartialReport>();
    // @ts-expect-error: 'kampanye' is not a stage, in an act's place too
    applyAnswer(report, { field: 'stage', reportField: 'acts.1.stage' }, 'kampanye');
  });

  it('rejects a value of another field, at compile time', () => {
    const draft: PartialIncident = {};
    // @ts-expect-error: 'kampanye' is not a stage
    applyAnswer(draft, questionFor('stage'), 'kampanye');
    // @ts-expect-error: CLTN is a boolean
    applyAnswer(draft, questionFor('cltn'), 'ya');
    // @ts-expect-error: no question asks 'actor.mood'
    applyAnswer(draft, { field: 'actor.mood' }, 'x');
  });

  it('PartialIncident leaves every field optional but keeps the value types', () => {
    expectTypeOf<{}>().toExtend<PartialIncident>();
    expectTypeOf<{ actor: { cltn: false } }>().toExtend<PartialIncident>();
    expectTypeOf<{ stage: 'kampanye' }>().not.toExtend<PartialIncident>();
    // An act names its kind.
    expectTypeOf<{ act: { activeSupport: true } }>().not.toExtend<PartialIncident>();
  });
});

describe('typed Incident input where the caller wants it; unknown input still accepted', () => {
  it('classifySync<Incident> and classify<Incident> check the literal', async () => {
    classifySync<Incident>({ actor: { employment: 'pns' }, act: { kind: 'party_membership' } });
    // @ts-expect-error: 'pilot' is not an employment status
    classifySync<Incident>({ actor: { employment: 'pilot' }, act: { kind: 'party_membership' } });
    // @ts-expect-error: a typo in a field name
    await classify<Incident>({ actor: { employment: 'pns' }, act: { kind: 'party_membership' }, stgae: 'calon' });
    expectTypeOf(classifySync<Incident>).parameter(0).toEqualTypeOf<Incident>();
  });

  it('nextQuestions<PartialIncident> checks a draft', () => {
    nextQuestions<PartialIncident>({ stage: 'calon' });
    // @ts-expect-error: 'kampanye' is not a stage
    nextQuestions<PartialIncident>({ stage: 'kampanye' });
  });

  it('a classifier made with packs takes the same opt-in', () => {
    const law = createClassifier({ packs: [] });
    // @ts-expect-error: 'pilot' is not an employment status
    law.classifySync<Incident>({ actor: { employment: 'pilot' }, act: { kind: 'party_membership' } });
    expectTypeOf(law.classifySync).toBeCallableWith(JSON.parse('{}') as unknown);
  });

  it('unknown input, as from JSON, is still accepted without a cast', () => {
    const body: unknown = JSON.parse('{}');
    expectTypeOf(classifySync).toBeCallableWith(body);
    expectTypeOf(nextQuestions).toBeCallableWith(body);
  });
});

describe('validateReport gives the kind of input it was given', () => {
  it('an incident for one act, a report for several, either for input of unknown shape', () => {
    const one = validateReport({ actor: { employment: 'pns' }, act: { kind: 'party_membership' } });
    if (one.ok) expectTypeOf(one.incident).toEqualTypeOf<Incident>();
    const several = validateReport({ actor: { employment: 'pns' }, acts: [{ act: { kind: 'party_membership' } }] });
    if (several.ok) expectTypeOf(several.incident).toEqualTypeOf<MultiActIncident>();
    const either = validateReport(JSON.parse('{}') as unknown);
    if (either.ok) expectTypeOf(either.incident).toEqualTypeOf<Incident | MultiActIncident>();
    else expectTypeOf(either).toEqualTypeOf<InvalidIncident>();
    const law = createClassifier();
    const viaLaw = law.validateReport({ actor: { employment: 'pns' }, acts: [{ act: { kind: 'party_membership' } }] });
    if (viaLaw.ok) expectTypeOf(viaLaw.incident).toEqualTypeOf<MultiActIncident>();
  });
});
