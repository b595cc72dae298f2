// The report of issue 20's example, shared by the presumption tests: a PNS actively supporting a calon bupati, the
// report saying nothing of a spouse or a CLTN; and the presumptions a bulk import states for it.
export const silent = {
  actor: { employment: 'pns' },
  act: { kind: 'attend_declaration_or_campaign', activeSupport: true },
  target: { office: 'bupati' },
  stage: 'calon',
  election: 'pilkada_2024',
  date: '2024-10-01',
};
export const presume = { 'target.relation': 'none', 'actor.cltn': false } as const;
