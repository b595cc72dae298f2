/**
 * Earlier penalties (issue 20 part 3). PP 94/2021 Pasal 35 makes a repeat of the same kind of disciplinary violation
 * get a penalty heavier than the last; it binds PNS, and CPNS through Pasal 43. The verified sources do not say what
 * "the same kind" means, which level or type comes next, or what applies when the last was already the heaviest, and
 * have no repeat rule for PPPK or non-ASN staff: the result says where the rule binds and what it requires, and leaves
 * each open step as a named question instead of raising the level.
 */
import { regimeOf, type SanctionLaw } from '../law/sanctions.js';
import type { LegalBasisId } from '../law/legal-bases.js';
import { EARLIER_PENALTY_LEVELS, type Employment, type SanctionLevel, type Verdict } from '../vocabulary/enums.js';
import { t, type Bilingual } from '../vocabulary/text.js';
import { VALUE_LABELS } from '../present/labels.js';

/**
 * A penalty imposed on the actor before, as the report gives it.
 * @example
 * ```ts
 * import type { EarlierPenalty } from 'netralitas-asn';
 * const p: EarlierPenalty = { level: 'sedang', date: '2023-05-02', basis: 'PP 94/2021 Pasal 13 huruf g' };
 * ```
 */
export interface EarlierPenalty {
  readonly level: (typeof EARLIER_PENALTY_LEVELS)[number];
  readonly date: string;
  readonly basis?: string | undefined;
}

/**
 * A step of the repeat rule the verified sources leave open: whether this violation is of the same kind as the earlier
 * one (`same_kind`); which level or type of penalty comes next (`next_level`); what applies when the last penalty was
 * already berat (`last_was_heaviest`); whether a penalty imposed after the act makes it a repeat (`after_the_act`);
 * that the finding's sanction, or every earlier penalty, is not a hukuman disiplin, which Pasal 35 concerns
 * (`not_hukuman_disiplin`); that the actor's regime has no repeat rule in the sources (`no_rule_for_regime`).
 * @example
 * ```ts
 * import type { RepeatQuestion } from 'netralitas-asn';
 * const q: RepeatQuestion = 'same_kind';
 * ```
 */
export type RepeatQuestion = 'same_kind' | 'next_level' | 'last_was_heaviest' | 'after_the_act' | 'not_hukuman_disiplin' | 'no_rule_for_regime';

/**
 * What the earlier penalties mean for a violation: whether PP 94/2021 Pasal 35's repeat rule binds, what it requires,
 * and what it leaves open. The sanction level of the result is never raised by it.
 * @example
 * ```ts
 * import { classifySync } from 'netralitas-asn';
 * const r = classifySync({
 *   actor: { employment: 'pns', earlierPenalties: [{ level: 'berat', date: '2023-05-02' }] },
 *   act: { kind: 'install_campaign_props' }, target: { office: 'bupati' }, stage: 'calon',
 * });
 * if (r.ok) r.repeat?.rule; // 'pp_94_2021_pasal_35'
 * if (r.ok) r.repeat?.open; // ['same_kind', 'next_level', 'last_was_heaviest']
 * ```
 */
export interface RepeatAssessment {
  /** The earlier penalties reported, oldest first. */
  readonly earlier: readonly EarlierPenalty[];
  /** The last of them. */
  readonly last: EarlierPenalty;
  /** `pp_94_2021_pasal_35` where the repeat rule binds the actor for this finding, else `none`. */
  readonly rule: 'pp_94_2021_pasal_35' | 'none';
  /** Where it binds: for a repeat of the same kind, the penalty must be heavier than this, the last hukuman disiplin. */
  readonly heavierThan?: 'ringan' | 'sedang' | 'berat';
  /** The steps the verified sources leave open. */
  readonly open: readonly RepeatQuestion[];
  /** The legal bases of what is said. */
  readonly bases: readonly LegalBasisId[];
  /** The assessment in both languages. */
  readonly note: Bilingual;
}

/** The levels of hukuman disiplin (PP 94/2021 Pasal 8 ayat (1)), lightest first. */
const HUKUMAN_DISIPLIN = ['ringan', 'sedang', 'berat'] as const;
type HukumanDisiplin = (typeof HUKUMAN_DISIPLIN)[number];
const isHukumanDisiplin = (level: string): level is HukumanDisiplin => (HUKUMAN_DISIPLIN as readonly string[]).includes(level);

/** An earlier penalty's level in words, as a result's prose names it (in lower case). */
const LEVEL_WORDS = Object.fromEntries(
  EARLIER_PENALTY_LEVELS.map((l) => [l, t(VALUE_LABELS.earlierPenaltyLevel[l].id.toLowerCase(), VALUE_LABELS.earlierPenaltyLevel[l].en.toLowerCase())]),
) as Readonly<Record<EarlierPenalty['level'], Bilingual>>;

const listed = (penalties: readonly EarlierPenalty[]): Bilingual =>
  t(
    penalties.map((p) => `${LEVEL_WORDS[p.level].id} (${p.date}${p.basis ? `, ${p.basis}` : ''})`).join('; '),
    penalties.map((p) => `${LEVEL_WORDS[p.level].en} (${p.date}${p.basis ? `, ${p.basis}` : ''})`).join('; '),
  );

/**
 * The repeat assessment of a violation, given the actor's earlier penalties (none without them, or for another verdict).
 * @example
 * ```ts
 * assessRepeat({ employment: 'pns', earlierPenalties: [{ level: 'sedang', date: '2023-05-02' }] }, '2024-10-01', 'violation', 'sedang', defaultLaw())?.heavierThan; // 'sedang'
 * ```
 * @internal
 */
export function assessRepeat(
  actor: { readonly employment: Employment; readonly earlierPenalties?: readonly EarlierPenalty[] | undefined },
  date: string | undefined,
  verdict: Verdict,
  level: SanctionLevel | undefined,
  law: SanctionLaw,
): RepeatAssessment | undefined {
  const given = actor.earlierPenalties ?? [];
  if (given.length === 0 || verdict !== 'violation') return undefined;
  const earlier = [...given].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const last = earlier[earlier.length - 1]!;
  const reported = listed(earlier);
  const lead = t(`Hukuman yang pernah dijatuhkan kepada terlapor: ${reported.id}.`, `Penalties imposed on the reported person before: ${reported.en}.`);
  const regime = regimeOf(actor.employment, law);
  const done = (rest: Omit<RepeatAssessment, 'earlier' | 'last' | 'note'>, note: Bilingual): RepeatAssessment => ({
    earlier,
    last,
    ...rest,
    note: t(`${lead.id} ${note.id}`, `${lead.en} ${note.en}`),
  });

  if (regime === 'pppk' || regime === 'non_asn') {
    const pppk = regime === 'pppk';
    return done(
      { rule: 'none', open: ['no_rule_for_regime'], bases: pppk ? ['pp-49-2018/p51-52'] : ['se-menpanrb-01-2023/ppnpn'] },
      pppk
        ? t(
            'Aturan pengulangan PP 94/2021 Pasal 35 mengikat PNS, tidak PPPK; rujukan hukum yang terverifikasi tidak memuat aturan pengulangan bagi PPPK (disiplin PPPK ditetapkan PPK instansi dan perjanjian kerja, PP 49/2018 Pasal 52). Tingkat yang ditampilkan tidak dinaikkan.',
            "The repeat rule of PP 94/2021 Pasal 35 binds PNS, not PPPK; the verified legal reference has no repeat rule for PPPK (their discipline is set by the agency's PPK and the employment contract, PP 49/2018 Pasal 52). The level shown is not raised.",
          )
        : t(
            'Aturan pengulangan PP 94/2021 Pasal 35 mengikat PNS; sanksi pegawai non-ASN bertingkat sesuai perjanjian kerja (SE MenPANRB 01/2023), dan rujukan hukum tidak memuat aturan pengulangan bagi mereka. Tingkat yang ditampilkan tidak dinaikkan.',
            'The repeat rule of PP 94/2021 Pasal 35 binds PNS; sanctions of non-ASN staff are graded under the work agreement (SE MenPANRB 01/2023), and the reference has no repeat rule for them. The level shown is not raised.',
          ),
    );
  }
  if (regime !== 'pns' && regime !== 'cpns') return undefined;
  const bases: LegalBasisId[] = regime === 'cpns' ? ['pp-94-2021/p35', 'pp-94-2021/p43'] : ['pp-94-2021/p35'];
  const disciplinary = earlier.filter((p) => isHukumanDisiplin(p.level));
  const lastDisciplinary = disciplinary[disciplinary.length - 1];
  if (level === undefined || !isHukumanDisiplin(level) || lastDisciplinary === undefined) {
    const which =
      level === undefined || !isHukumanDisiplin(level)
        ? t('sanksi temuan ini bukan hukuman disiplin', "this finding's sanction is not a hukuman disiplin")
        : t('tidak satu pun hukuman sebelumnya adalah hukuman disiplin', 'none of the earlier penalties is a hukuman disiplin');
    return done(
      { rule: 'none', open: ['not_hukuman_disiplin'], bases },
      t(
        `PP 94/2021 Pasal 35 tentang pengulangan mengenai hukuman disiplin, dan ${which.id} (sanksi moral kode etik berasal dari PP 42/2004; pemberhentian karena keanggotaan partai berasal dari undang-undang ASN); rujukan hukum yang terverifikasi tidak memuat aturan pengulangan untuk hal ini. Tingkat yang ditampilkan tidak dinaikkan.`,
        `PP 94/2021 Pasal 35 on repeats concerns hukuman disiplin, and ${which.en} (the kode etik moral sanction comes from PP 42/2004; dismissal for party membership from the ASN laws); the verified legal reference has no repeat rule for this. The level shown is not raised.`,
      ),
    );
  }
  const heavierThan = lastDisciplinary.level as HukumanDisiplin;
  const open: RepeatQuestion[] = ['same_kind', 'next_level'];
  if (heavierThan === 'berat') open.push('last_was_heaviest');
  if (date !== undefined && lastDisciplinary.date > date) open.push('after_the_act');
  const cpns = regime === 'cpns' ? t(', bagi CPNS melalui Pasal 43', ', for CPNS through Pasal 43') : t('', '');
  const already = HUKUMAN_DISIPLIN.indexOf(level) > HUKUMAN_DISIPLIN.indexOf(heavierThan);
  const levelWords = LEVEL_WORDS[level];
  const lastWords = LEVEL_WORDS[heavierThan];
  const parts: Bilingual[] = [
    t(
      `Menurut PP 94/2021 Pasal 35${cpns.id}, pengulangan pelanggaran disiplin yang sejenis dijatuhi hukuman yang lebih berat dari hukuman disiplin terakhir; yang terakhir: ${lastWords.id} (${lastDisciplinary.date}).`,
      `Under PP 94/2021 Pasal 35${cpns.en}, a repeat of a disciplinary violation of the same kind gets a penalty heavier than the last hukuman disiplin; the last: ${lastWords.en} (${lastDisciplinary.date}).`,
    ),
    already
      ? t(`Tingkat butir ini (${levelWords.id}) sudah lebih berat dari itu.`, `This item's level (${levelWords.en}) is already heavier than that.`)
      : t(
          `Tingkat butir ini (${levelWords.id}) tidak lebih berat dari itu: bila ini pengulangan yang sejenis, hukumannya harus lebih berat dari ${lastWords.id}.`,
          `This item's level (${levelWords.en}) is not heavier than that: if this is a repeat of the same kind, the penalty must be heavier than ${lastWords.en}.`,
        ),
  ];
  const unsaid: Bilingual[] = [t('apa arti "sejenis"', 'what "the same kind" means'), t('tingkat atau jenis hukuman mana yang berikutnya', 'which level or type of penalty comes next')];
  if (heavierThan === 'berat') unsaid.push(t('apa yang berlaku bila hukuman terakhir sudah yang terberat', 'what applies when the last was already the heaviest'));
  if (open.includes('after_the_act')) unsaid.push(t('apakah hukuman yang dijatuhkan sesudah perbuatan ini menjadikannya pengulangan', 'whether a penalty imposed after this act makes it a repeat'));
  const series = (words: readonly string[], or: string) => `${words.slice(0, -1).join(', ')} ${or} ${words[words.length - 1]!}`;
  const openWords = t(
    `Sumber yang terverifikasi tidak menyatakan ${series(unsaid.map((x) => x.id), 'atau')}; tingkat yang ditampilkan adalah tingkat butir ini dan tidak dinaikkan.`,
    `The verified sources do not state ${series(unsaid.map((x) => x.en), 'or')}; the level shown is the item's own and is not raised.`,
  );
  return done(
    { rule: 'pp_94_2021_pasal_35', heavierThan, open, bases },
    t(`${parts[0]!.id} ${parts[1]!.id} ${openWords.id}`, `${parts[0]!.en} ${parts[1]!.en} ${openWords.en}`),
  );
}
