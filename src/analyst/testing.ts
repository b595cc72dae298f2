/**
 * The test-suite entry (`netralitas-asn/testing`, node only): run analysts' case files inside an app's own tests and
 * assert classifications in the law's terms with the `toClassifyAs` matcher.
 * @packageDocumentation
 */
export { caseSchema, caseSchemaOf, casePresumeSchema, expectationSchema, compareOutcome, type Case, type CaseLaw, type Expectation } from './cases.js';
export {
  parseCases,
  runCases,
  summarise,
  formatCaseError,
  formatCaseRun,
  type CaseFileError,
  type CaseOutcome,
  type CaseRun,
  type Classifier,
  type LocatedCase,
} from './case-runner.js';
export { DEFAULT_MAX_CASE_FILE_BYTES, loadCaseFiles, runCaseFiles, type CaseFileOptions } from './case-files.js';
export { classifyMatchers, type ClassifyMatchers } from './matchers.js';
export { didYouMean, incidentHint, normaliseItem } from './case-hints.js';
export { diffCsv, diffLaw, diffMarkdown, type DiffOutcome, type DiffRow } from './law-diff.js';
