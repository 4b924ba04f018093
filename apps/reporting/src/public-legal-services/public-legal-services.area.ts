import { PLATFORM_LEVELS, SERVICE_CHANNELS } from '@casetrack/contracts';
import { each, month, oneOf } from '../drill-through/area-figures';
import { aboutCount } from '../legal-affairs/legal-affairs.area';
import { defineArea } from '../projections/define-area';
import { PUBLIC_LEGAL_SERVICES_AREA, PUBLIC_LEGAL_SERVICES_COUNTERS } from './public-legal-services-facts';
import { PUBLIC_LEGAL_SERVICES_DIMENSIONS, PublicLegalServicesReportQuery } from './public-legal-services-report.query';
import { PublicLegalServicesRollupProjection } from './public-legal-services-rollup.projection';

type Json = Record<string, any>;

/** The district's notary office, as 一(四) names it when the register holds one (the events carry no names; decision 61). */
const NOTARY_OFFICE_NAME = '国信公证处';

/** 零失误、零投诉, or the count when there were some. */
const none = (n: number, word: string, unit: string) => (n === 0 ? `零${word}` : `${word}${n}${unit}`);

/**
 * The sentences of 一(四) that open its paragraph, before legal aid's: the persons the centre
 * served since it opened (to the year's end, rounded as the seed rounds: 5000余), and the stations
 * and rooms that completed their standardisation that year (left out when none did).
 */
export function publicLegalServicesLead(s: Json): string {
  const served = s.centrePersonsServedToDate > 0 ? `运行以来累计为${aboutCount(s.centrePersonsServedToDate)}人次提供公共法律服务。` : '';
  const platforms = [
    s.stationsStandardised > 0 ? `${s.stationsStandardised}个镇街公共法律服务工作站` : '',
    s.roomsStandardised > 0 ? `${s.roomsStandardised}个村(社区)公共法律服务工作室` : '',
  ].filter((x) => x !== '');
  return served + (platforms.length > 0 ? `${platforms.join('、')}完成公共法律服务实体平台规范化建设。` : '');
}

/**
 * The sentences of 一(四) after legal aid's, in the seed's words and order: the providers
 * registered at the year's end (42家律所、7家司法鉴定所、国信公证处), the complaints handled against
 * lawyers and forensic appraisers, and the exam site's candidates, incidents and complaints (the
 * exam's sentence left out in a year without a sitting).
 */
export function publicLegalServicesProse(s: Json, report: Json): string {
  const notary = s.notaryOfficesAtYearEnd === 1 ? NOTARY_OFFICE_NAME : s.notaryOfficesAtYearEnd > 1 ? `${s.notaryOfficesAtYearEnd}家公证处` : '';
  const providers = [
    s.lawFirmsAtYearEnd > 0 ? `${s.lawFirmsAtYearEnd}家律所` : '',
    s.appraisalInstitutionsAtYearEnd > 0 ? `${s.appraisalInstitutionsAtYearEnd}家司法鉴定所` : '',
    notary,
  ].filter((x) => x !== '');
  const education = providers.length > 0 ? `加强对区内${providers.join('、')}等法律服务工作者的执业纪律和职业道德教育。` : '';
  const complaints = `加大对违法违规行为的行政处罚和行业惩戒力度，处理对律师投诉案件${s.lawyerComplaintsHandled}件，司法鉴定投诉${s.appraiserComplaintsHandled}件。`;
  const exam =
    s.examSittings > 0
      ? `做实做细${report.year}年国家法考考务工作，参考人员共计${s.examCandidates}人次，做到${none(s.examIncidents, '失误', '次')}、${none(s.examComplaints, '投诉', '件')}。`
      : '';
  return education + complaints + exam;
}

/**
 * 公共法律服务: the platforms and their standardisation, the services given at them (persons served
 * in the year and, at the centre, since it opened), the legal-service providers registered at the
 * year's end, the complaints handled against lawyers and forensic appraisers, the exam site's
 * sittings. Its prose goes on legal aid's paragraph (一(四)): the lead before it, the rest after.
 */
export const PUBLIC_LEGAL_SERVICES_REPORT_AREA = defineArea({
  area: PUBLIC_LEGAL_SERVICES_AREA,
  sectionKey: 'publicLegalServices',
  label: '公共法律服务',
  projection: PublicLegalServicesRollupProjection,
  query: PublicLegalServicesReportQuery,
  dimensions: PUBLIC_LEGAL_SERVICES_DIMENSIONS,
  section: (query, em, q) => query.section(em, q.district, q.year),
  breakdown: (query, em, q) => query.breakdown(em, q.district, q.year, q.by),
  drillThrough: {
    figures: { ...each(...PUBLIC_LEGAL_SERVICES_COUNTERS), complaintsHandled: ['lawyerComplaintsHandled', 'appraiserComplaintsHandled'] },
    dimensions: { month, level: oneOf(PLATFORM_LEVELS), channel: oneOf(SERVICE_CHANNELS) },
  },
  sources: { complaintsHandled: ['lawyerComplaintsHandled', 'appraiserComplaintsHandled'] },
  figureLabels: {
    serviceRecords: '公共法律服务记录',
    personsServed: '提供公共法律服务（人次）',
    centreServiceRecords: '公共法律服务中心服务记录',
    centrePersonsServed: '公共法律服务中心服务（人次）',
    centreServiceRecordsToDate: '公共法律服务中心运行以来服务记录',
    centrePersonsServedToDate: '公共法律服务中心运行以来累计服务（人次）',
    platformsRegistered: '新设公共法律服务实体平台',
    centresStandardised: '公共法律服务中心完成规范化建设',
    stationsStandardised: '镇街公共法律服务工作站完成规范化建设',
    roomsStandardised: '村(社区)公共法律服务工作室完成规范化建设',
    platformsClosed: '撤销公共法律服务实体平台',
    providersRegistered: '新登记法律服务机构',
    providersDeregistered: '注销法律服务机构',
    lawFirmsAtYearEnd: '年末区内律所',
    appraisalInstitutionsAtYearEnd: '年末区内司法鉴定所',
    notaryOfficesAtYearEnd: '年末区内公证处',
    complaintsReceived: '收到投诉',
    complaintsHandled: '处理投诉',
    lawyerComplaintsHandled: '处理对律师投诉案件',
    appraiserComplaintsHandled: '司法鉴定投诉',
    complaintsPenalised: '投诉经查实予以行政处罚',
    complaintsDisciplined: '投诉经查实予以行业惩戒',
    examSittings: '国家法考考务场次',
    examCandidates: '国家法考参考人员（人次）',
    examIncidents: '国家法考考务失误',
    examComplaints: '国家法考考务投诉',
  },
  prose: { text: publicLegalServicesProse, leads: publicLegalServicesLead, continues: true },
});
