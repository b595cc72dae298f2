// classifySync (rules compiled from the rule files) returns exactly what classify (json-rules-engine) returns.
import { describe, expect, it } from 'vitest';
import { classify } from '../src/decide/classify.js';
import { classifySync } from '../src/decide/classify-sync.js';
import { loadFixtures } from './fixture-files.js';

describe('classifySync equals classify', () => {
  it.each(loadFixtures().map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    expect(classifySync(c.incident)).toEqual(await classify(c.incident));
  });
});
