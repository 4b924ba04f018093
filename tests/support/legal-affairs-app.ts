import { Clock, ServiceConfig } from '@casetrack/platform';
import { AppModule as LegalAffairsModule } from '../../apps/legal-affairs/src/app.module';
import { startApp, testServiceConfig } from './apps';
import { HttpClient } from './http-client';

/** A legal-affairs service in this process for `district`, against the test database and the real broker. */
export function startLegalAffairs(district: string, extra: Partial<ServiceConfig> = {}, clock?: Clock) {
  return startApp(LegalAffairsModule.register(testServiceConfig(district, extra), clock), 'legal-affairs');
}

/** A valid body of POST /v1/documents submitted at `submittedAt`. */
export const documentBody = (submittedAt: string, extra: Record<string, unknown> = {}) => ({
  unit: '沙坪坝区市场监督管理局', title: '关于进一步优化营商环境的实施意见', kind: 'policy-document', submittedAt, ...extra,
});

/** A valid body of POST /v1/contracts submitted at `submittedAt`. */
export const contractBody = (submittedAt: string, extra: Record<string, unknown> = {}) => ({
  unit: '沙坪坝区住房和城乡建设委员会', title: '某道路改造工程施工合同', kind: 'government-investment-project', amountFen: 1_250_000_000, submittedAt, ...extra,
});

/** A valid body of POST /v1/engagements started at `startedAt`. */
export const engagementBody = (startedAt: string, extra: Record<string, unknown> = {}) => ({
  unit: '沙坪坝区司法局', adviser: '重庆某某律师事务所', adviserKind: 'law-firm', startedAt, ...extra,
});

/** What recordLegalAffairsYear records, as the legalAffairs section of that year counts it. */
export const LEGAL_AFFAIRS_YEAR = {
  agendaMeetings: 4, coordinationGroupsEstablished: 2, coordinationGroupsDissolved: 0, committeeMeetings: 1, committeeFirstMeetings: 1,
  cleanupReviewed: 3, cleanupKept: 1, cleanupAmended: 1, cleanupRepealed: 1, documentsSubmitted: 5, documentsReviewed: 4, documentsNormative: 2, documentsFiled: 2, filedFoundUnlawfulOrRevoked: 1,
  contractsSubmitted: 4, contractsReviewed: 3, investmentContractsReviewed: 2, engagementsStarted: 2, engagementsEnded: 1,
  adviserWork: 5, adviserContractWork: 2, adviserCasesRepresented: 2, adviserSpecialServices: 1,
  // No unit registered: the service's registry is shared by every test's district (legal-affairs-report.e2e-spec.ts counts some).
  unitsAtYearEnd: 0, unitsWithAdviser: 0, adviserCoverage: null,
};

/**
 * Records a small legal-affairs year through the service's API (no loader generates one yet):
 * meetings, two coordination groups and the committee's first meeting, a clean-up of three documents, documents through every step, contracts of two kinds, two units' advisers and their
 * work, all inside `year` in Shanghai time. Throws on any answer but the expected one.
 */
export async function recordLegalAffairsYear(http: HttpClient, year: number): Promise<void> {
  const post = async (path: string, body: unknown, status = 201) => {
    const res = await http.post(path, body);
    if (res.status !== status) throw new Error(`POST ${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const at = (month: number, day = 10) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T09:00:00+08:00`;
  for (const [i, kind] of ['party-group', 'director-office', 'party-group', 'director-office'].entries())
    await post('/v1/agenda-meetings', { kind, heldAt: at(i * 3 + 1), subject: '研究法治建设工作' });
  for (const field of ['legislation', 'law-observance']) await post('/v1/coordination-groups', { field, name: '协调小组', establishedAt: at(3, 1) });
  await post('/v1/committee-meetings', { number: 1, heldAt: at(4, 2), subject: '审议年度工作要点' });
  const campaign = await post('/v1/cleanup-campaigns', { title: '行政规范性文件清理', startedAt: at(5, 1) });
  for (const [i, outcome] of ['kept', 'amended', 'repealed'].entries()) await post(`/v1/cleanup-campaigns/${campaign.id}/decisions`, { document: `某某办法（${i + 1}）`, outcome, decidedAt: at(5, 2 + i) });
  await post(`/v1/cleanup-campaigns/${campaign.id}/close`, { closedAt: at(6, 1) }, 200);
  const units = ['沙坪坝区市场监督管理局', '沙坪坝区教育委员会'];
  const reviews = [{ normative: true, filed: true, found: true }, { normative: true, filed: true }, { normative: false }, { normative: false }, null];
  for (const [i, review] of reviews.entries()) {
    const doc = await post('/v1/documents', documentBody(at(2 + i), { unit: units[i % 2] }));
    if (!review) continue;
    await post(`/v1/documents/${doc.id}/review`, { reviewedAt: at(2 + i, 20), opinion: 'approved', normative: review.normative }, 200);
    if (review.filed) await post(`/v1/documents/${doc.id}/filing`, { filedAt: at(2 + i, 25) }, 200);
    if (review.found) await post(`/v1/documents/${doc.id}/finding`, { finding: 'unlawful', foundAt: at(11) }, 200);
  }
  for (const [i, kind] of ['government-investment-project', 'government-investment-project', 'procurement', 'concession'].entries()) {
    const contract = await post('/v1/contracts', contractBody(at(3 + i), { kind, unit: units[i % 2] }));
    if (i < 3) await post(`/v1/contracts/${contract.id}/review`, { reviewedAt: at(3 + i, 20), opinion: 'approved' }, 200);
  }
  const work = [['contract-drafted-or-reviewed', 'case-represented', 'special-service'], ['contract-drafted-or-reviewed', 'case-represented']];
  for (const [i, kinds] of work.entries()) {
    const engagement = await post('/v1/engagements', engagementBody(at(1, 5), { unit: units[i] }));
    for (const [j, kind] of kinds.entries()) await post(`/v1/engagements/${engagement.id}/work-records`, { kind, performedAt: at(4 + j) });
    if (i === 0) await post(`/v1/engagements/${engagement.id}/end`, { endedAt: at(12) }, 200);
  }
}
