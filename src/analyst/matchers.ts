/**
 * A test matcher for `expect.extend` (vitest or jest): `expect(incident).toClassifyAs(expectation)`.
 */
import { compareOutcome, expectationSchema, type Expectation } from './cases.js';
import { classifySync } from '../decide/classify-sync.js';
import { IN_ENGLISH } from '../vocabulary/zod-english.js';

/**
 * The assertion the matcher adds; merge it into your test runner's `Assertion` type.
 * @example
 * ```ts
 * import type { ClassifyMatchers } from 'netralitas-asn/testing';
 * declare module 'vitest' {
 *   interface Assertion<T = any> extends ClassifyMatchers {}
 * }
 * ```
 */
export interface ClassifyMatchers<R = unknown> {
  /** Classifies the received incident and checks the given fields of the outcome. */
  toClassifyAs(expectation: Expectation): R;
}

/**
 * Matchers for `expect.extend`. `toClassifyAs` classifies the received incident with `classifySync` and passes when
 * every field of the expectation holds; the failure message lists what differs in the law's terms.
 * @example
 * ```ts
 * import { expect, it } from 'vitest';
 * import { classifyMatchers } from 'netralitas-asn/testing';
 * expect.extend(classifyMatchers);
 * it('a like on a calon\'s account is disiplin 6', () => {
 *   expect({ actor: { employment: 'pns' }, act: { kind: 'social_media_engagement', engagement: 'like' }, stage: 'calon' })
 *     .toClassifyAs({ verdict: 'violation', items: ['disiplin 6'], sanction: 'berat' });
 * });
 * ```
 */
export const classifyMatchers = {
  toClassifyAs(received: unknown, expectation: unknown): { pass: boolean; message: () => string } {
    const parsed = expectationSchema.safeParse(expectation, IN_ENGLISH);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return { pass: false, message: () => `invalid expectation: field ${issue.path.join('.')}: ${issue.message}` };
    }
    const differences = compareOutcome(parsed.data, classifySync(received), 'en', received);
    return {
      pass: differences.length === 0,
      message: () =>
        differences.length === 0
          ? `expected the incident not to classify as ${JSON.stringify(parsed.data)}, but it does`
          : differences.join('; '),
    };
  },
};
