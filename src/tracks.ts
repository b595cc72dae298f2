/**
 * Handling tracks: the ordered steps of each track with the body responsible, each body and basis valid in its own
 * window (the KASN step passes to BKN on 24 August 2024, ref §4.3).
 */
import type { Body, Election, Track } from './enums.js';
import type { LegalBasisId } from './legal-bases.js';
import { t, type Bilingual } from './text.js';
import { basesInForce, inForce, type Window } from './validity.js';

interface BodyOption extends Window {
  readonly body: Body;
  readonly bases: readonly LegalBasisId[];
}

interface StepTemplate {
  readonly bodies: readonly BodyOption[];
  readonly action: Bilingual;
  /** Bases by election, where the step's basis depends on the election law. */
  readonly basesByElection?: Partial<Record<Election, readonly LegalBasisId[]>>;
  /** Take the bases of the resolved sanction. */
  readonly basesFromSanction?: boolean;
}

const KASN_TRANSFER = '2024-08-24';
const KASN_LAST_DAY = '2024-08-23';

const REPORT: StepTemplate = {
  bodies: [{ body: 'bawaslu', bases: [] }],
  action: t(
    'Bawaslu menerima temuan atau laporan, melakukan klarifikasi, dan meneruskan rekomendasi; pengaduan masyarakat yang diterima Kemendagri diteruskan kepada KASN dengan tembusan kepada PPK.',
    'Bawaslu receives the finding or report, clarifies it and forwards a recommendation; public complaints received by Kemendagri are forwarded to KASN with a copy to the PPK.',
  ),
  basesByElection: { pilkada_2024: ['uu-pilkada/p30-e'] },
};

const RECOMMEND: StepTemplate = {
  bodies: [
    { body: 'kasn', until: KASN_LAST_DAY, bases: ['uu-5-2014/p32', 'uu-20-2023/p70-3', 'kemendagri-5812-2023/2-c'] },
    { body: 'bkn', from: KASN_TRANSFER, bases: ['kasn-transfer-2024/bkn'] },
  ],
  action: t(
    'Menilai dugaan pelanggaran dan menyampaikan rekomendasi kepada Pejabat Pembina Kepegawaian (PPK) untuk wajib ditindaklanjuti.',
    'Assesses the suspected violation and sends a recommendation to the staffing authority (PPK), which must act on it.',
  ),
};

const TEMPLATES: Record<Track, readonly StepTemplate[]> = {
  kode_etik: [
    REPORT,
    RECOMMEND,
    {
      bodies: [{ body: 'majelis_kode_etik', bases: ['pp-42-2004/p17-19'] }],
      action: t('Majelis Kode Etik memeriksa dan memutus pelanggaran kode etik; keputusannya final.', 'The ethics council (Majelis Kode Etik) examines and decides the ethics breach; its decision is final.'),
    },
    {
      bodies: [{ body: 'ppk', bases: [] }],
      action: t('PPK menyatakan sanksi moral secara tertulis.', 'The PPK states the moral sanction in writing.'),
      basesFromSanction: true,
    },
  ],
  disiplin: [
    REPORT,
    RECOMMEND,
    {
      bodies: [{ body: 'tim_pemeriksa', bases: ['pp-94-2021/p29'] }],
      action: t(
        'Pemeriksaan oleh tim pemeriksa (wajib untuk hukuman disiplin berat, dapat untuk sedang).',
        'Examination by an examining team (mandatory for heavy penalties, optional for medium ones).',
      ),
    },
    {
      bodies: [{ body: 'pejabat_berwenang_menghukum', bases: ['pp-94-2021/p24'] }],
      action: t('Pejabat yang Berwenang Menghukum wajib menjatuhkan hukuman disiplin.', 'The official authorised to punish must impose the disciplinary penalty.'),
      basesFromSanction: true,
    },
    {
      bodies: [{ body: 'kemendagri', until: KASN_LAST_DAY, bases: ['kemendagri-5812-2023/2-b'] }],
      action: t(
        'Bila kepala daerah tidak menindaklanjuti rekomendasi KASN, Kemendagri menjatuhkan sanksi kepada kepala daerah tersebut.',
        'If the regional head does not act on the KASN recommendation, Kemendagri sanctions that regional head.',
      ),
    },
  ],
  pemberhentian: [
    REPORT,
    RECOMMEND,
    {
      bodies: [{ body: 'ppk', bases: [] }],
      action: t('PPK memberhentikan tidak dengan hormat menurut undang-undang ASN.', 'The PPK dismisses the employee (not with honour) under the ASN law.'),
      basesFromSanction: true,
    },
  ],
  gakkumdu: [
    {
      bodies: [{ body: 'bawaslu', bases: [] }],
      action: t('Bawaslu meneruskan dugaan tindak pidana pemilihan ke Sentra Gakkumdu.', 'Bawaslu forwards the suspected election crime to Sentra Gakkumdu.'),
    },
    {
      bodies: [{ body: 'sentra_gakkumdu', bases: [] }],
      action: t('Sentra Gakkumdu (Bawaslu, Polri, Kejaksaan) menangani dugaan tindak pidana.', 'Sentra Gakkumdu (Bawaslu, police, prosecution) handles the suspected crime.'),
      basesByElection: { pemilu_2024: ['uu-7-2017/p486'], pilkada_2024: ['uu-pilkada/p152'] },
    },
    {
      bodies: [{ body: 'pengadilan', bases: [] }],
      action: t('Penuntutan dan pemeriksaan perkara di pengadilan.', 'Prosecution and trial in court.'),
    },
  ],
};

/**
 * One body that takes a step, with the window in which it does.
 * @example
 * ```ts
 * import { classifySync } from 'netralitas-asn';
 * // fixtures/skb-2022-disiplin.yaml, "D-1 baliho for a calon bupati" (no date, so both KASN and BKN are listed)
 * const r = classifySync({ actor: { employment: 'pns' }, act: { kind: 'install_campaign_props' }, target: { office: 'bupati' }, stage: 'calon' });
 * if (r.ok) r.tracks[0]?.steps[1]?.bodies;
 * // [{ body: 'kasn', until: '2024-08-23' }, { body: 'bkn', from: '2024-08-24' }]
 * ```
 */
export interface StepBody {
  /** The body. */
  readonly body: Body;
  /** First day it takes this step, where limited. */
  readonly from?: string;
  /** Last day it takes this step, where limited. */
  readonly until?: string;
}

/**
 * One step of a handling track: its position, the bodies responsible, what they do and the bases in force.
 * @example
 * ```ts
 * import { classifySync } from 'netralitas-asn';
 * // fixtures/skb-2022-disiplin.yaml, "D-1 baliho for a calon bupati"
 * const r = classifySync({ actor: { employment: 'pns' }, act: { kind: 'install_campaign_props' }, target: { office: 'bupati' }, stage: 'calon' });
 * if (r.ok) r.tracks[0]?.steps.map((s) => `${s.order} ${s.bodies.map((b) => b.body).join('/')}`);
 * // ['1 bawaslu', '2 kasn/bkn', '3 tim_pemeriksa', '4 pejabat_berwenang_menghukum', '5 kemendagri']
 * if (r.ok) r.tracks[0]?.steps[2]?.bases; // ['pp-94-2021/p29']
 * ```
 */
export interface TrackStep {
  /** 1-based position in the track. */
  readonly order: number;
  /** The body responsible; several only when no incident date says which one was in charge. */
  readonly bodies: readonly StepBody[];
  /** What the body does, in both languages. */
  readonly action: Bilingual;
  /** Legal bases of the step in force on the incident date. */
  readonly bases: readonly LegalBasisId[];
}

/**
 * A handling track: which track and its ordered steps.
 * @example
 * ```ts
 * import { classifySync } from 'netralitas-asn';
 * // fixtures/skb-2022-disiplin.yaml, "D-1 baliho for a calon bupati"
 * const r = classifySync({ actor: { employment: 'pns' }, act: { kind: 'install_campaign_props' }, target: { office: 'bupati' }, stage: 'calon' });
 * if (r.ok) r.tracks.map((t) => t.track); // ['disiplin']
 * if (r.ok) r.tracks[0]?.steps.length; // 5
 * ```
 */
export interface TrackResult {
  /** Which track. */
  readonly track: Track;
  /** Its ordered steps. */
  readonly steps: readonly TrackStep[];
}

/**
 * The steps of a track on a date; bodies and bases outside their window are left out.
 * @internal
 */
export function buildTrack(
  track: Track,
  context: { date: string | undefined; election: Election | undefined; sanctionBases: readonly LegalBasisId[] },
): TrackResult {
  const steps: TrackStep[] = [];
  for (const template of TEMPLATES[track]) {
    const bodies = template.bodies.filter((b) => inForce(b, context.date));
    if (bodies.length === 0) continue;
    const electionBases = context.election
      ? (template.basesByElection?.[context.election] ?? [])
      : Object.values(template.basesByElection ?? {}).flat();
    const candidates = [
      ...bodies.flatMap((b) => b.bases),
      ...electionBases,
      ...(template.basesFromSanction ? context.sanctionBases : []),
    ];
    const bases = [...new Set(basesInForce(candidates, context.date))];
    steps.push({
      order: steps.length + 1,
      bodies: bodies.map(({ body, from, until }) => ({ body, ...(from ? { from } : {}), ...(until ? { until } : {}) })),
      action: template.action,
      bases,
    });
  }
  return { track, steps };
}
