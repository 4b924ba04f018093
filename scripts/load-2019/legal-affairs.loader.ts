import {
  AdviserKind, AdviserWorkKind, AgendaMeetingKind, calendarDateIn, CleanupOutcome, ContractKind, COORDINATION_GROUP_FIELDS, CoordinationGroupField,
  DEFAULT_TIME_ZONE, DocumentKind, ReviewOpinion,
} from '@casetrack/contracts';
import { DEFAULT_DISTRICT_CODE } from '@casetrack/platform';
import { HttpClient } from '../../tests/support/http-client';
import { AreaLoader, ExpectedFigures, LoadContext } from './area-loader';
import { rateFigures } from './compare';
import { postIdempotent, runPool } from './http-pool';
import { apportion, Prng, scaled } from './prng';

/**
 * The seed's 一(一)–(三): 局党组会、局长办公会研究法治建设工作情况30余次 (32 here: the seed says "more
 * than 30"); 4个协调小组, 委员会第一次会议; 审查区级各类重大文件86件，认定行政规范性文件8件，无一件被认定
 * 违法或撤销; 清理现行有效的44件行政规范性文件，废止2件; 合法性审查政府性投资项目合同169件; 区级单位法律
 * 顾问全覆盖; 起草、修改、审查合同和协议379个，代理复议、诉讼案件198件，其他专项法律服务197次.
 */
const AGENDA_MEETINGS = 32;
const DOCUMENTS_REVIEWED = 86;
const NORMATIVE = 8;
const CLEANUP_REVIEWED = 44;
const CLEANUP_REPEALED = 2;
const INVESTMENT_CONTRACTS = 169;
const WORK: Record<AdviserWorkKind, number> = { 'contract-drafted-or-reviewed': 379, 'case-represented': 198, 'special-service': 197 };

/**
 * Not in the seed; chosen so the year has every kind of record: 12 of the agenda meetings are
 * director's office meetings; documents and contracts still awaiting review at the year's end;
 * documents reviewed in January that were submitted in December 2018; contracts of the other kinds;
 * clean-up decisions that amended a document; three units that changed adviser during the year.
 */
const DIRECTOR_OFFICE_MEETINGS = 12;
const DOCUMENTS_PENDING = 4;
const DOCUMENTS_CROSS_YEAR = 3;
const CLEANUP_AMENDED = 6;
const CONTRACTS_PENDING = 3;
const OTHER_CONTRACTS: readonly (readonly [Exclude<ContractKind, 'government-investment-project'>, number])[] = [['procurement', 46], ['concession', 4], ['other', 31]];
const ADVISER_CHANGES = 3;

/** The district's units (区级单位) whose legal advisers the section coordinates: the registry coverage is counted over. */
export const DISTRICT_UNITS: readonly string[] = [
  '沙坪坝区人民政府办公室', '沙坪坝区发展和改革委员会', '沙坪坝区教育委员会', '沙坪坝区科学技术局', '沙坪坝区经济和信息化委员会',
  '沙坪坝区民政局', '沙坪坝区司法局', '沙坪坝区财政局', '沙坪坝区人力资源和社会保障局', '沙坪坝区规划和自然资源局',
  '重庆市沙坪坝区生态环境局', '沙坪坝区住房和城乡建设委员会', '沙坪坝区城市管理局', '沙坪坝区交通局', '沙坪坝区水利局',
  '沙坪坝区农业农村委员会', '沙坪坝区商务委员会', '沙坪坝区文化和旅游发展委员会', '沙坪坝区卫生健康委员会', '沙坪坝区退役军人事务局',
  '沙坪坝区应急管理局', '沙坪坝区审计局', '沙坪坝区国有资产监督管理委员会', '沙坪坝区市场监督管理局', '沙坪坝区统计局',
  '沙坪坝区医疗保障局', '沙坪坝区林业局', '沙坪坝区体育局', '沙坪坝区信访办公室', '沙坪坝区机关事务管理局',
  '沙坪坝区大数据应用发展管理局', '沙坪坝区人民防空办公室', '沙坪坝区投资促进中心', '沙坪坝区征地服务中心', '沙坪坝区公共资源交易中心',
  '重庆市公安局沙坪坝区分局', '沙坪坝区民族宗教事务委员会', '沙坪坝区乡村振兴局', '沙坪坝区城市更新发展中心', '沙坪坝区融媒体中心',
];

/**
 * The names the district's units have in a run for `district`: the seed's own for its district
 * (沙坪坝区, DEFAULT_DISTRICT_CODE), each followed by the district code for any other. The registry
 * is one deployment's, that is one district's, and holds one active unit per name (decision 52);
 * a database shared by many districts (tests, a demo of several) then keeps each district's units
 * apart, and every run's report counts its own (decision 56). A second run for one district finds
 * its names registered (409) and keeps them: the report counted them then.
 */
export function districtUnitNames(district: string): readonly string[] {
  return district === DEFAULT_DISTRICT_CODE ? DISTRICT_UNITS : DISTRICT_UNITS.map((name) => `${name}（${district}）`);
}

const LAW_FIRMS = ['重庆沙磁律师事务所', '重庆歌乐律师事务所', '重庆嘉陵律师事务所', '重庆三峡广场律师事务所', '重庆西永律师事务所', '重庆渝碚律师事务所', '重庆磁器口律师事务所'];
const LAWYERS = ['王律师', '李律师', '张律师', '刘律师', '陈律师', '杨律师'];

const DAY_MS = 86_400_000;
const YEAR_START = Date.parse('2019-01-01T00:00:00+08:00');

/** Day `day` of 2019 (1 = 1 January; 0 and below reach back into 2018) at minute `minuteOfDay`, written with +08:00. */
function at(day: number, minuteOfDay: number): string {
  const local = new Date(YEAR_START + (day - 1) * DAY_MS + minuteOfDay * 60_000 + 8 * 3_600_000);
  return `${local.toISOString().slice(0, 19)}+08:00`;
}

/** `minutes` after `from` (a +08:00 timestamp), written with +08:00. */
function later(from: string, minutes: number): string {
  const local = new Date(Date.parse(from) + minutes * 60_000 + 8 * 3_600_000);
  return `${local.toISOString().slice(0, 19)}+08:00`;
}

const office = (prng: Prng) => prng.int(9 * 60, 17 * 60);

export interface DocumentPlan {
  submit: { unit: string; title: string; kind: DocumentKind; submittedAt: string };
  review?: { reviewedAt: string; opinion: ReviewOpinion; normative: boolean };
  filing?: { filedAt: string };
}

export interface ContractPlan {
  submit: { unit: string; title: string; kind: ContractKind; amountFen: number; submittedAt: string };
  review?: { reviewedAt: string; opinion: ReviewOpinion };
}

export interface EngagementPlan {
  engage: { unit: string; adviser: string; adviserKind: AdviserKind; startedAt: string };
  work: { kind: AdviserWorkKind; performedAt: string }[];
  end?: { endedAt: string };
}

export interface LegalAffairsYear {
  units: { name: string; registeredAt: string }[];
  engagements: EngagementPlan[];
  documents: DocumentPlan[];
  contracts: ContractPlan[];
  cleanup: { open: { title: string; startedAt: string }; decisions: { document: string; outcome: CleanupOutcome; decidedAt: string }[]; close: { closedAt: string } };
  agenda: { kind: AgendaMeetingKind; heldAt: string; subject: string }[];
  groups: { field: CoordinationGroupField; name: string; establishedAt: string }[];
  committeeMeetings: { number: number; heldAt: string; subject: string }[];
}

const GROUP_NAMES: Record<CoordinationGroupField, string> = { legislation: '立法协调小组', enforcement: '执法协调小组', judiciary: '司法协调小组', 'law-observance': '普法守法协调小组' };
const DOCUMENT_SUBJECTS = ['优化营商环境', '城市更新', '老旧小区改造', '生活垃圾分类', '民营企业发展', '公共法律服务', '乡村振兴', '学校建设', '医疗卫生服务', '交通秩序整治'];
const AGENDA_SUBJECTS = ['研究法治政府建设年度工作要点', '传达学习全面依法治国新理念新思想新战略', '研究法治政府示范创建工作', '研究综合性督察自查整改', '研究年度普法责任清单', '研究行政复议规范化建设'];

/** Every day of the plan's times is in 2019 except the engagements' starts and the cross-year submissions (late 2018). */
function planDocuments(prng: Prng, scale: number, unitNames: readonly string[]): DocumentPlan[] {
  const reviewed = scaled(DOCUMENTS_REVIEWED, scale);
  const normative = Math.min(scaled(NORMATIVE, scale), reviewed);
  const crossYear = Math.min(scaled(DOCUMENTS_CROSS_YEAR, scale), reviewed - normative);
  const plans: DocumentPlan[] = [];
  for (let i = 0; i < reviewed + scaled(DOCUMENTS_PENDING, scale); i++) {
    const pending = i >= reviewed;
    const isNormative = i < normative;
    const subject = prng.pick(DOCUMENT_SUBJECTS);
    const kind: DocumentKind = isNormative ? 'policy-document' : prng.weighted<DocumentKind>([['major-decision', 40], ['policy-document', 25], ['meeting-topic', 25], ['other', 10]]);
    const submittedAt = pending ? at(prng.int(358, 364), office(prng)) : i >= normative && i < normative + crossYear ? at(prng.int(-8, -2), office(prng)) : at(prng.int(5, 330), office(prng));
    const plan: DocumentPlan = { submit: { unit: prng.pick(unitNames), title: `关于${subject}的${kind === 'meeting-topic' ? '议题' : '实施意见'}（${i + 1}）`, kind, submittedAt } };
    if (!pending) {
      const start = Math.max(Date.parse(submittedAt), YEAR_START + 2 * DAY_MS);
      const reviewedAt = later(new Date(start).toISOString(), prng.int(1, 12) * 1440 + prng.int(0, 240));
      const opinion = isNormative
        ? prng.weighted<ReviewOpinion>([['approved', 5], ['approved-with-changes', 3]])
        : prng.weighted<ReviewOpinion>([['approved', 60], ['approved-with-changes', 30], ['rejected', 10]]);
      plan.review = { reviewedAt, opinion, normative: isNormative };
      if (isNormative) plan.filing = { filedAt: later(reviewedAt, prng.int(3, 20) * 1440) };
    }
    plans.push(plan);
  }
  return plans;
}

function planContracts(prng: Prng, scale: number, unitNames: readonly string[]): ContractPlan[] {
  const kinds: ContractKind[] = [
    ...Array<ContractKind>(scaled(INVESTMENT_CONTRACTS, scale)).fill('government-investment-project'),
    ...OTHER_CONTRACTS.flatMap(([k, n]) => Array<ContractKind>(scaled(n, scale)).fill(k)),
  ];
  const reviewed = kinds.map((kind): ContractPlan => {
    const amountYuan = kind === 'government-investment-project' ? prng.int(50, 5000) * 10_000 : prng.int(2, 300) * 10_000;
    const submittedAt = at(prng.int(3, 340), office(prng));
    return {
      submit: { unit: prng.pick(unitNames), title: `${prng.pick(DOCUMENT_SUBJECTS)}项目合同`, kind, amountFen: amountYuan * 100 + prng.int(0, 99), submittedAt },
      review: { reviewedAt: later(submittedAt, prng.int(1, 10) * 1440), opinion: prng.weighted<ReviewOpinion>([['approved', 70], ['approved-with-changes', 27], ['rejected', 3]]) },
    };
  });
  const pending = Array.from({ length: scaled(CONTRACTS_PENDING, scale) }, (): ContractPlan => ({
    submit: { unit: prng.pick(unitNames), title: '年末报审合同', kind: 'government-investment-project', amountFen: prng.int(100, 2000) * 1_000_000, submittedAt: at(prng.int(360, 364), office(prng)) },
  }));
  return [...reviewed, ...pending];
}

/**
 * One engagement per unit, started in 2018 (or in January 2019), running past the year's end, so
 * every unit has an adviser on 31 December; a few units changed adviser mid-year (the first
 * engagement ends the day before the next starts). The work is split over the engagements.
 */
function planEngagements(prng: Prng, units: readonly string[], scale: number): EngagementPlan[] {
  const plans: EngagementPlan[] = [];
  const changes = Math.min(scaled(ADVISER_CHANGES, scale), units.length);
  units.forEach((unit, i) => {
    const firm = prng.pick(LAW_FIRMS);
    const lawyer = prng.next() < 0.3;
    const startedAt = prng.next() < 0.85 ? at(prng.int(-300, -20), office(prng)) : at(prng.int(2, 25), office(prng));
    const engage = { unit, adviser: lawyer ? `${firm}${prng.pick(LAWYERS)}` : firm, adviserKind: (lawyer ? 'lawyer' : 'law-firm') as AdviserKind, startedAt };
    if (i < changes) {
      const switchDay = prng.int(120, 240);
      plans.push({ engage, work: [], end: { endedAt: at(switchDay, 17 * 60) } });
      plans.push({ engage: { unit, adviser: prng.pick(LAW_FIRMS.filter((f) => f !== firm)), adviserKind: 'law-firm', startedAt: at(switchDay + 1, 9 * 60) }, work: [] });
    } else plans.push({ engage, work: [] });
  });
  for (const [kind, figure] of Object.entries(WORK) as [AdviserWorkKind, number][]) {
    const counts = apportion(scaled(figure, scale), plans.map(() => prng.int(1, 10)));
    plans.forEach((p, i) => {
      const from = Math.max(Date.parse(p.engage.startedAt), YEAR_START);
      const to = p.end ? Date.parse(p.end.endedAt) : Date.parse('2019-12-31T17:00:00+08:00');
      for (let n = 0; n < counts[i]; n++) {
        const t = from + Math.floor(prng.next() * (to - from - 3_600_000)) + 60_000;
        p.work.push({ kind, performedAt: later(new Date(t).toISOString(), 0) });
      }
    });
  }
  for (const p of plans) p.work.sort((a, b) => Date.parse(a.performedAt) - Date.parse(b.performedAt));
  return plans;
}

/**
 * The whole year, deterministic for a scale; its units named for `district` (districtUnitNames),
 * every other field, and so every figure, the same for every district.
 */
export function planLegalAffairsYear(scale: number, district: string = DEFAULT_DISTRICT_CODE): LegalAffairsYear {
  const prng = new Prng(`legal-affairs-2019-${scale}`);
  const names = districtUnitNames(district);
  const units = names.slice(0, Math.min(names.length, scaled(names.length, scale)));
  const reviewed = scaled(CLEANUP_REVIEWED, scale);
  const repealed = Math.min(scaled(CLEANUP_REPEALED, scale), reviewed);
  const amended = Math.min(scaled(CLEANUP_AMENDED, scale), reviewed - repealed);
  const outcomes = prng.shuffle<CleanupOutcome>([
    ...Array<CleanupOutcome>(repealed).fill('repealed'), ...Array<CleanupOutcome>(amended).fill('amended'), ...Array<CleanupOutcome>(reviewed - repealed - amended).fill('kept'),
  ]);
  const meetings = scaled(AGENDA_MEETINGS, scale);
  const directorOffice = Math.min(scaled(DIRECTOR_OFFICE_MEETINGS, scale), meetings - 1);
  return {
    units: units.map((name) => ({ name, registeredAt: '2018-01-01T00:00:00+08:00' })),
    engagements: planEngagements(prng, units, scale),
    documents: planDocuments(prng, scale, names),
    contracts: planContracts(prng, scale, names),
    cleanup: {
      open: { title: '2019年沙坪坝区现行有效行政规范性文件全面清理', startedAt: at(91, 9 * 60) },
      decisions: outcomes.map((outcome, i) => ({ document: `沙坪坝区现行有效行政规范性文件（第${i + 1}件）`, outcome, decidedAt: at(95 + Math.floor((i * 150) / Math.max(1, outcomes.length)), office(prng)) })),
      close: { closedAt: at(304, 17 * 60) },
    },
    agenda: Array.from({ length: meetings }, (_, i) => ({
      kind: (i < directorOffice ? 'director-office' : 'party-group') as AgendaMeetingKind,
      heldAt: at(prng.int(8, 358), prng.int(9 * 60, 16 * 60)),
      subject: prng.pick(AGENDA_SUBJECTS),
    })),
    groups: COORDINATION_GROUP_FIELDS.map((field) => ({ field, name: GROUP_NAMES[field], establishedAt: at(71, 10 * 60) })),
    committeeMeetings: [{ number: 1, heldAt: at(108, 15 * 60), subject: '区委全面依法治区委员会第一次会议：审议2019年工作要点' }],
  };
}

const in2019 = (t: string | undefined) => t !== undefined && calendarDateIn(DEFAULT_TIME_ZONE, t).year === 2019;
/** The instant adviser coverage is counted at: the year's last second. */
export const COVERAGE_AT = '2019-12-31T23:59:59+08:00';

/** The units of the registry and of them those with an adviser engaged at COVERAGE_AT (区级单位法律顾问全覆盖). */
export function planCoverage(year: LegalAffairsYear): { districtUnits: number; unitsWithAdviser: number } {
  const running = (e: EngagementPlan) => Date.parse(e.engage.startedAt) <= Date.parse(COVERAGE_AT) && (!e.end || Date.parse(e.end.endedAt) > Date.parse(COVERAGE_AT));
  const covered = year.units.filter((u) => year.engagements.some((e) => e.engage.unit === u.name && running(e))).length;
  return { districtUnits: year.units.length, unitsWithAdviser: covered };
}

/**
 * The year's figures from its plan: what the report's legal-affairs section must show, by the
 * section's names, the advisers' coverage of the units at the year's end among them (planCoverage:
 * every unit of the plan is registered for the run's district, decision 56).
 */
export function legalAffairsFigures(year: LegalAffairsYear): ExpectedFigures {
  const reviewedDocs = year.documents.filter((d) => in2019(d.review?.reviewedAt));
  const work = (kind: AdviserWorkKind) => year.engagements.reduce((s, e) => s + e.work.filter((w) => w.kind === kind && in2019(w.performedAt)).length, 0);
  const meetings = year.committeeMeetings.filter((m) => in2019(m.heldAt));
  const coverage = planCoverage(year);
  return {
    agendaMeetings: year.agenda.filter((m) => in2019(m.heldAt)).length,
    coordinationGroupsEstablished: year.groups.filter((g) => in2019(g.establishedAt)).length,
    committeeMeetings: meetings.length,
    committeeFirstMeetings: meetings.filter((m) => m.number === 1).length,
    documentsReviewed: reviewedDocs.length,
    documentsNormative: reviewedDocs.filter((d) => d.review!.normative).length,
    documentsFiled: year.documents.filter((d) => in2019(d.filing?.filedAt)).length,
    filedFoundUnlawfulOrRevoked: 0,
    cleanupReviewed: year.cleanup.decisions.filter((d) => in2019(d.decidedAt)).length,
    cleanupRepealed: year.cleanup.decisions.filter((d) => d.outcome === 'repealed' && in2019(d.decidedAt)).length,
    investmentContractsReviewed: year.contracts.filter((c) => c.submit.kind === 'government-investment-project' && in2019(c.review?.reviewedAt)).length,
    adviserContractWork: work('contract-drafted-or-reviewed'),
    adviserCasesRepresented: work('case-represented'),
    adviserSpecialServices: work('special-service'),
    unitsAtYearEnd: coverage.districtUnits,
    unitsWithAdviser: coverage.unitsWithAdviser,
    ...rateFigures('adviserCoverage', coverage.unitsWithAdviser, coverage.districtUnits),
  };
}

/** 法制审查、法律顾问、法治建设议题 in 2019: every record through the legal-affairs service's public API. */
export const legalAffairsLoader: AreaLoader = {
  area: 'legal-affairs',
  sectionKey: 'legalAffairs',

  expected(scale: number): ExpectedFigures {
    return legalAffairsFigures(planLegalAffairsYear(scale));
  },

  async load(ctx: LoadContext): Promise<void> {
    const http = new HttpClient(ctx.baseUrl, ctx.headers);
    const year = planLegalAffairsYear(ctx.scale, ctx.district);
    const total =
      year.units.length + year.engagements.reduce((s, e) => s + 1 + e.work.length + (e.end ? 1 : 0), 0) +
      year.documents.reduce((s, d) => s + 1 + (d.review ? 1 : 0) + (d.filing ? 1 : 0), 0) + year.contracts.reduce((s, c) => s + 1 + (c.review ? 1 : 0), 0) +
      2 + year.cleanup.decisions.length + year.agenda.length + year.groups.length + year.committeeMeetings.length;
    let done = 0;
    const post = async (path: string, body: unknown, key: string) => {
      const res = await postIdempotent(http, path, body, `${ctx.runId}:legal-affairs:${key}`);
      ctx.progress('legal-affairs', ++done, total);
      return res;
    };

    // The registry is the district's, not the run's: a unit a former run for this district registered is kept as it is.
    await runPool(year.units, ctx.concurrency, async (u, n) => {
      const res = await http.post('/v1/units', u, { 'Idempotency-Key': `${ctx.runId}:legal-affairs:unit:${n}` });
      if (res.status !== 201 && !(res.status === 409 && res.body?.code === 'UNIT.ALREADY_REGISTERED')) throw new Error(`POST /v1/units answered ${res.status}: ${JSON.stringify(res.body)}`);
      ctx.progress('legal-affairs', ++done, total);
    });
    await runPool(year.engagements, ctx.concurrency, async (e, n) => {
      const id = (await post('/v1/engagements', e.engage, `engagement:${n}`)).body.id as string;
      for (const [w, work] of e.work.entries()) await post(`/v1/engagements/${id}/work-records`, work, `engagement:${n}:work:${w}`);
      if (e.end) await post(`/v1/engagements/${id}/end`, e.end, `engagement:${n}:end`);
    });
    await runPool(year.documents, ctx.concurrency, async (d, n) => {
      const id = (await post('/v1/documents', d.submit, `document:${n}`)).body.id as string;
      if (d.review) await post(`/v1/documents/${id}/review`, d.review, `document:${n}:review`);
      if (d.filing) await post(`/v1/documents/${id}/filing`, d.filing, `document:${n}:filing`);
    });
    await runPool(year.contracts, ctx.concurrency, async (c, n) => {
      const id = (await post('/v1/contracts', c.submit, `contract:${n}`)).body.id as string;
      if (c.review) await post(`/v1/contracts/${id}/review`, c.review, `contract:${n}:review`);
    });
    const campaign = (await post('/v1/cleanup-campaigns', year.cleanup.open, 'cleanup')).body.id as string;
    for (const [i, d] of year.cleanup.decisions.entries()) await post(`/v1/cleanup-campaigns/${campaign}/decisions`, d, `cleanup:decision:${i}`);
    await post(`/v1/cleanup-campaigns/${campaign}/close`, year.cleanup.close, 'cleanup:close');
    await runPool(year.agenda, ctx.concurrency, async (m, n) => void (await post('/v1/agenda-meetings', m, `agenda:${n}`)));
    for (const [i, g] of year.groups.entries()) await post('/v1/coordination-groups', g, `group:${i}`);
    for (const [i, m] of year.committeeMeetings.entries()) await post('/v1/committee-meetings', m, `committee-meeting:${i}`);

    // The service's own count of coverage: none of the year's units may lack an adviser at its end
    // (the registry may hold other districts' units: a test database is shared by many).
    const coverage = await http.get(`/v1/adviser-coverage?at=${encodeURIComponent(COVERAGE_AT)}`);
    const uncovered = coverage.status === 200 ? year.units.filter((u) => (coverage.body.uncovered as string[]).includes(u.name)) : year.units;
    if (uncovered.length > 0)
      throw new Error(`legal-affairs: at ${COVERAGE_AT} the service counts ${uncovered.length} of the year's units without an adviser (${coverage.status}): ${JSON.stringify(coverage.body).slice(0, 300)}`);
  },
};
