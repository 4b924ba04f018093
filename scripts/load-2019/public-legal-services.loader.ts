import { calendarDateIn, ComplaintOutcome, ComplaintTarget, DEFAULT_TIME_ZONE, PlatformLevel, ProviderKind, ServiceChannel, ServiceKind } from '@casetrack/contracts';
import { HttpClient } from '../../tests/support/http-client';
import { AreaLoader, ExpectedFigures, LoadContext } from './area-loader';
import { postIdempotent, runPool } from './http-pool';
import { apportion, Prng, scaled } from './prng';

/**
 * The seed's 一(四): 运行以来累计为5000余人次提供公共法律服务 (5023 here, to the end of 2019, the centre
 * having opened in 2018); 7个镇街公共法律服务工作站、25个村(社区)公共法律服务工作室完成规范化建设; 区内42家
 * 律所、7家司法鉴定所、国信公证处; 处理对律师投诉案件8件，司法鉴定投诉2件; 参考人员共计2906人次，零失误、零投诉.
 */
const CENTRE_PERSONS_TO_DATE = 5023;
const STATIONS = 7;
const ROOMS = 25;
const LAW_FIRMS = 42;
const APPRAISAL_INSTITUTIONS = 7;
const LAWYER_COMPLAINTS = 8;
const APPRAISER_COMPLAINTS = 2;
const EXAM_CANDIDATES = 2906;

/**
 * Not in the seed; chosen so the year has every kind of record: the centre's persons of 2018 (the
 * rest are 2019's); services at the stations and rooms too; a room opened in 2019 not yet
 * standardised; a law firm registered in 2019 and one deregistered in 2019 (42 at the year's end
 * either way); a complaint against a lawyer received in 2018 and concluded in 2019, and one still
 * open at the year's end; three exam sittings (two objective batches and the subjective part).
 */
const CENTRE_PERSONS_2018 = 2380;
const LOCAL_SERVICES = 240;
const EXAM_SITTINGS: readonly (readonly [number, number, number])[] = [[264, 8 * 60, 0.4], [265, 8 * 60, 0.4], [293, 8 * 60, 0.2]];

const DAY_MS = 86_400_000;
const YEAR_START = Date.parse('2019-01-01T00:00:00+08:00');

/** Day `day` of 2019 (1 = 1 January; 0 and below reach back into 2018 and before) at minute `minuteOfDay`, written with +08:00. */
function at(day: number, minuteOfDay: number): string {
  const local = new Date(YEAR_START + (day - 1) * DAY_MS + minuteOfDay * 60_000 + 8 * 3_600_000);
  return `${local.toISOString().slice(0, 19)}+08:00`;
}

const office = (prng: Prng) => prng.int(9 * 60, 17 * 60);

const STREETS = ['渝碚路街道', '小龙坎街道', '沙坪坝街道', '磁器口街道', '天星桥街道', '土湾街道', '童家桥街道', '石井坡街道', '井口镇', '歌乐山镇', '青木关镇', '凤凰镇', '回龙坝镇', '曾家镇'];

export interface PlatformPlan {
  register: { level: PlatformLevel; name: string; registeredAt: string };
  standardise?: { standardisedAt: string };
  services: { channel: ServiceChannel; kind: ServiceKind; persons: number; servedAt: string }[];
}

export interface PublicLegalServicesYear {
  platforms: PlatformPlan[];
  providers: { register: { kind: ProviderKind; name: string; registeredAt: string }; deregister?: { deregisteredAt: string } }[];
  complaints: { receive: { against: ComplaintTarget; summary: string; receivedAt: string }; conclude?: { outcome: ComplaintOutcome; concludedAt: string } }[];
  sittings: { heldAt: string; candidates: number; incidents: number; complaints: number }[];
}

const CHANNELS: readonly (readonly [ServiceChannel, number])[] = [['walk-in', 55], ['hotline-12348', 30], ['wechat', 10], ['online', 5]];
const KINDS: readonly (readonly [ServiceKind, number])[] = [['consultation', 70], ['document-help', 10], ['referral', 6], ['mediation-referral', 6], ['legal-aid-referral', 6], ['other', 2]];

/** Services totalling exactly `persons` persons (1–4 each), at days from `fromDay` to `toDay`. */
function services(prng: Prng, persons: number, fromDay: number, toDay: number): PlatformPlan['services'] {
  const out: PlatformPlan['services'] = [];
  for (let left = persons; left > 0; ) {
    const n = Math.min(left, prng.weighted([[1, 60], [2, 25], [3, 10], [4, 5]] as const));
    out.push({ channel: prng.weighted(CHANNELS), kind: prng.weighted(KINDS), persons: n, servedAt: at(prng.int(fromDay, toDay), office(prng)) });
    left -= n;
  }
  return out;
}

/** The year as requests, at `scale` of the seed's figures (the same every time). */
export function planPublicLegalServicesYear(scale: number): PublicLegalServicesYear {
  const prng = new Prng(`public-legal-services-2019:${scale}`);
  const toDate = scaled(CENTRE_PERSONS_TO_DATE, scale);
  const in2018 = Math.min(scaled(CENTRE_PERSONS_2018, scale), toDate - 1);
  // The centre opened on 15 January 2018 (day -350) and was standardised that March.
  const centre: PlatformPlan = {
    register: { level: 'centre', name: '沙坪坝区公共法律服务中心', registeredAt: at(-350, 9 * 60) },
    standardise: { standardisedAt: at(-300, 10 * 60) },
    services: [...services(prng, in2018, -349, -1), ...services(prng, toDate - in2018, 2, 362)],
  };
  const stations = Array.from({ length: scaled(STATIONS, scale) }, (_, i): PlatformPlan => ({
    register: { level: 'station', name: `${STREETS[i % STREETS.length]}公共法律服务工作站`, registeredAt: at(-200 + i, 9 * 60) },
    standardise: { standardisedAt: at(prng.int(60, 330), office(prng)) },
    services: [],
  }));
  const rooms = Array.from({ length: scaled(ROOMS, scale) + 1 }, (_, i): PlatformPlan => ({
    register: { level: 'room', name: `${STREETS[i % STREETS.length]}第${i + 1}社区公共法律服务工作室`, registeredAt: i < scaled(ROOMS, scale) ? at(-150 + i, 9 * 60) : at(200, 9 * 60) },
    standardise: i < scaled(ROOMS, scale) ? { standardisedAt: at(prng.int(90, 340), office(prng)) } : undefined,
    services: [],
  }));
  // Services at the stations and rooms (after each opened), none at the centre's count.
  const local = [...stations, ...rooms];
  const shares = apportion(scaled(LOCAL_SERVICES, scale), local.map(() => 1));
  local.forEach((p, i) => p.services.push(...services(prng, shares[i], Math.max(2, Math.ceil((Date.parse(p.register.registeredAt) - YEAR_START) / DAY_MS) + 2), 362)));

  const firms = scaled(LAW_FIRMS, scale);
  const providers: PublicLegalServicesYear['providers'] = [
    // All but one registered before 2019, one in 2019; and one more, registered in 2010, deregistered in 2019.
    ...Array.from({ length: firms }, (_, i) => ({ register: { kind: 'law-firm' as const, name: `重庆某某律师事务所（${i + 1}）`, registeredAt: i === firms - 1 ? at(120, 10 * 60) : at(-prng.int(30, 6000), office(prng)) } })),
    { register: { kind: 'law-firm', name: '重庆某某律师事务所（已注销）', registeredAt: at(-3300, 10 * 60) }, deregister: { deregisteredAt: at(250, 10 * 60) } },
    ...Array.from({ length: scaled(APPRAISAL_INSTITUTIONS, scale) }, (_, i) => ({ register: { kind: 'forensic-appraisal-institution' as const, name: `某司法鉴定所（${i + 1}）`, registeredAt: at(-prng.int(100, 5000), office(prng)) } })),
    { register: { kind: 'notary-office', name: '重庆市国信公证处', registeredAt: at(-7000, 9 * 60) } },
  ];

  const complaints: PublicLegalServicesYear['complaints'] = [];
  const lawyerOutcomes: ComplaintOutcome[] = ['upheld-penalty', 'upheld-discipline', 'upheld-other', 'not-upheld', 'withdrawn'];
  for (let i = 0; i < scaled(LAWYER_COMPLAINTS, scale); i++) {
    const receivedDay = i === 0 ? -10 : prng.int(5, 320);
    complaints.push({
      receive: { against: 'lawyer', summary: `投诉律师执业行为（${i + 1}）`, receivedAt: at(receivedDay, office(prng)) },
      conclude: { outcome: lawyerOutcomes[i % lawyerOutcomes.length], concludedAt: at(Math.max(receivedDay, 1) + prng.int(10, 30), office(prng)) },
    });
  }
  for (let i = 0; i < scaled(APPRAISER_COMPLAINTS, scale); i++) {
    const receivedDay = prng.int(30, 300);
    complaints.push({
      receive: { against: 'forensic-appraiser', summary: `投诉司法鉴定意见（${i + 1}）`, receivedAt: at(receivedDay, office(prng)) },
      conclude: { outcome: i === 0 ? 'not-upheld' : 'upheld-discipline', concludedAt: at(receivedDay + prng.int(15, 40), office(prng)) },
    });
  }
  complaints.push({ receive: { against: 'lawyer', summary: '投诉律师执业行为（年末未结）', receivedAt: at(355, 10 * 60) } });

  const candidates = apportion(scaled(EXAM_CANDIDATES, scale), EXAM_SITTINGS.map(([, , w]) => w));
  const sittings = EXAM_SITTINGS.map(([day, minute], i) => ({ heldAt: at(day, minute), candidates: candidates[i], incidents: 0, complaints: 0 }));
  return { platforms: [centre, ...stations, ...rooms], providers, complaints, sittings };
}

const in2019 = (t: string | undefined) => t !== undefined && calendarDateIn(DEFAULT_TIME_ZONE, t).year === 2019;
const YEAR_END = Date.parse('2019-12-31T23:59:59+08:00');

/** The year's figures from its plan: what the report's publicLegalServices section must show, by the section's names. */
export function publicLegalServicesFigures(year: PublicLegalServicesYear): ExpectedFigures {
  const all = year.platforms.flatMap((p) => p.services.map((s) => ({ ...s, level: p.register.level })));
  const centre = all.filter((s) => s.level === 'centre');
  const sum = (xs: { persons: number }[]) => xs.reduce((s, x) => s + x.persons, 0);
  const standardised = (level: PlatformLevel) => year.platforms.filter((p) => p.register.level === level && in2019(p.standardise?.standardisedAt)).length;
  const atYearEnd = (kind: ProviderKind) =>
    year.providers.filter((p) => p.register.kind === kind && Date.parse(p.register.registeredAt) <= YEAR_END && !(p.deregister && Date.parse(p.deregister.deregisteredAt) <= YEAR_END)).length;
  const handled = (against: ComplaintTarget) => year.complaints.filter((c) => c.receive.against === against && in2019(c.conclude?.concludedAt)).length;
  const sittings = year.sittings.filter((s) => in2019(s.heldAt));
  return {
    serviceRecords: all.filter((s) => in2019(s.servedAt)).length,
    personsServed: sum(all.filter((s) => in2019(s.servedAt))),
    centrePersonsServed: sum(centre.filter((s) => in2019(s.servedAt))),
    centrePersonsServedToDate: sum(centre.filter((s) => Date.parse(s.servedAt) <= YEAR_END)),
    stationsStandardised: standardised('station'),
    roomsStandardised: standardised('room'),
    lawFirmsAtYearEnd: atYearEnd('law-firm'),
    appraisalInstitutionsAtYearEnd: atYearEnd('forensic-appraisal-institution'),
    notaryOfficesAtYearEnd: atYearEnd('notary-office'),
    lawyerComplaintsHandled: handled('lawyer'),
    appraiserComplaintsHandled: handled('forensic-appraiser'),
    examSittings: sittings.length,
    examCandidates: sittings.reduce((s, x) => s + x.candidates, 0),
    examIncidents: sittings.reduce((s, x) => s + x.incidents, 0),
    examComplaints: sittings.reduce((s, x) => s + x.complaints, 0),
  };
}

/** 公共法律服务 in 2019 (the centre from its opening in 2018): every record through the service's public API. */
export const publicLegalServicesLoader: AreaLoader = {
  area: 'public-legal-services',
  sectionKey: 'publicLegalServices',

  expected(scale: number): ExpectedFigures {
    return publicLegalServicesFigures(planPublicLegalServicesYear(scale));
  },

  async load(ctx: LoadContext): Promise<void> {
    const http = new HttpClient(ctx.baseUrl, ctx.headers);
    const year = planPublicLegalServicesYear(ctx.scale);
    const total =
      year.platforms.reduce((s, p) => s + 1 + (p.standardise ? 1 : 0) + p.services.length, 0) + year.providers.reduce((s, p) => s + 1 + (p.deregister ? 1 : 0), 0) +
      year.complaints.reduce((s, c) => s + 1 + (c.conclude ? 1 : 0), 0) + year.sittings.length;
    let done = 0;
    const post = async (path: string, body: unknown, key: string) => {
      const res = await postIdempotent(http, path, body, `${ctx.runId}:public-legal-services:${key}`);
      ctx.progress('public-legal-services', ++done, total);
      return res;
    };
    const ids: string[] = [];
    await runPool(year.platforms, ctx.concurrency, async (p, n) => {
      ids[n] = (await post('/v1/platforms', p.register, `platform:${n}`)).body.id as string;
      if (p.standardise) await post(`/v1/platforms/${ids[n]}/standardisation`, p.standardise, `platform:${n}:standardise`);
    });
    const records = year.platforms.flatMap((p, n) => p.services.map((s, i) => ({ body: { platformId: ids[n], ...s }, key: `platform:${n}:service:${i}` })));
    await runPool(records, ctx.concurrency, async (r) => void (await post('/v1/service-records', r.body, r.key)));
    await runPool(year.providers, ctx.concurrency, async (p, n) => {
      const id = (await post('/v1/providers', p.register, `provider:${n}`)).body.id as string;
      if (p.deregister) await post(`/v1/providers/${id}/deregistration`, p.deregister, `provider:${n}:deregister`);
    });
    await runPool(year.complaints, ctx.concurrency, async (c, n) => {
      const id = (await post('/v1/complaints', c.receive, `complaint:${n}`)).body.id as string;
      if (c.conclude) await post(`/v1/complaints/${id}/conclusion`, c.conclude, `complaint:${n}:conclude`);
    });
    for (const [i, s] of year.sittings.entries()) await post('/v1/exam-sittings', s, `sitting:${i}`);
  },
};
