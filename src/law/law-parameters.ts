/**
 * Dated law parameters read from `law/*.json` (bundled at build time): the start date of the pay regulation that
 * PP 94/2021 Pasal 42 waits for, and the bodies that hold the KASN role, each in its window. Law data sets them; no
 * date here is a TypeScript constant.
 */
import * as z from 'zod/mini';
import { BODIES } from '../vocabulary/enums.js';
import { LAW_FILES } from './generated/data.js';
import { isLegalBasisId, type LegalBasisId } from './legal-bases.js';
import { PARSE_ONCE } from './packs.js';

const day = z.iso.date();
const basisIds = z.array(z.string().check(z.refine(isLegalBasisId, 'unknown legal basis id'))).check(z.minLength(1));

const parametersSchema = z.object({
  payRegulation: z.object({ inForceFrom: z.nullable(day), bases: basisIds }),
  handlers: z
    .array(z.object({ body: z.enum(BODIES), from: z.optional(day), until: z.optional(day), bases: basisIds }))
    .check(z.minLength(1)),
  operationalSwitch: z.object({ date: day }),
  nonAsnSettlement: z.object({ until: day, bases: basisIds }),
  futureHandler: z.object({ decidedOn: day, dueBy: day, bases: basisIds }),
});

/** The law parameters, validated. @internal */
export interface LawParameters {
  readonly payRegulation: { readonly inForceFrom: string | null; readonly bases: readonly LegalBasisId[] };
  readonly handlers: readonly {
    readonly body: (typeof BODIES)[number];
    readonly from?: string | undefined;
    readonly until?: string | undefined;
    readonly bases: readonly LegalBasisId[];
  }[];
  readonly operationalSwitch: { readonly date: string };
  readonly nonAsnSettlement: { readonly until: string; readonly bases: readonly LegalBasisId[] };
  readonly futureHandler: {
    readonly decidedOn: string;
    readonly dueBy: string;
    readonly bases: readonly LegalBasisId[];
  };
}

/**
 * Validates a law parameter file (throws with the path of the first problem).
 * @internal
 */
export function parseLawParameters(data: unknown): LawParameters {
  const parsed = parametersSchema.safeParse(data, PARSE_ONCE);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`law/parameters.json: ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data as LawParameters;
}

let cached: LawParameters | undefined;

/** The bundled law parameters (`law/parameters.json`). @internal */
export function lawParameters(): LawParameters {
  cached ??= parseLawParameters(LAW_FILES['parameters']);
  return cached;
}
