import { Role } from '@casetrack/platform';
import { randomUUID } from 'node:crypto';

export type ServiceName =
  | 'mediation' | 'legal-aid' | 'administrative-review' | 'file-review' | 'legal-affairs' | 'reporting'
  | 'public-legal-services' | 'legal-education';

/** One group of endpoints, probed by one request, and the roles besides admin that may use it. */
export interface EndpointGroup {
  service: ServiceName;
  group: string;
  method: 'GET' | 'POST';
  path: string;
  roles: readonly Role[] | 'every role';
}

/**
 * The access table the services must implement, one probe per endpoint group. POSTs send `{}` and
 * GETs of one resource name an unknown id: a role that passes the guard gets a 400 or a 404, so the
 * table writes nothing, and a role that does not gets a 403.
 */
export function endpointGroups(district: string): EndpointGroup[] {
  const id = randomUUID();
  return [
    { service: 'mediation', group: 'committees: list', method: 'GET', path: '/v1/committees', roles: ['mediation-clerk'] },
    { service: 'mediation', group: 'committees: register', method: 'POST', path: '/v1/committees', roles: [] },
    { service: 'mediation', group: 'disputes: list', method: 'GET', path: '/v1/disputes', roles: ['mediation-clerk'] },
    { service: 'mediation', group: 'disputes: read', method: 'GET', path: `/v1/disputes/${id}`, roles: ['mediation-clerk'] },
    { service: 'mediation', group: 'disputes: register', method: 'POST', path: '/v1/disputes', roles: ['mediation-clerk'] },
    { service: 'mediation', group: 'disputes: conclude', method: 'POST', path: `/v1/disputes/${id}/conclusion`, roles: ['mediation-clerk'] },
    { service: 'legal-aid', group: 'cases: list', method: 'GET', path: '/v1/cases', roles: ['legal-aid-officer'] },
    { service: 'legal-aid', group: 'cases: read', method: 'GET', path: `/v1/cases/${id}`, roles: ['legal-aid-officer'] },
    { service: 'legal-aid', group: 'cases: personal data', method: 'GET', path: `/v1/cases/${id}/personal-data`, roles: ['legal-aid-officer'] },
    { service: 'legal-aid', group: 'cases: apply', method: 'POST', path: '/v1/cases', roles: ['legal-aid-officer'] },
    { service: 'legal-aid', group: 'cases: close', method: 'POST', path: `/v1/cases/${id}/closure`, roles: ['legal-aid-officer'] },
    { service: 'administrative-review', group: 'reviews: list', method: 'GET', path: '/v1/reviews', roles: ['review-officer'] },
    { service: 'administrative-review', group: 'reviews: personal data', method: 'GET', path: `/v1/reviews/${id}/personal-data`, roles: ['review-officer'] },
    { service: 'administrative-review', group: 'reviews: receive', method: 'POST', path: '/v1/reviews', roles: ['review-officer'] },
    { service: 'administrative-review', group: 'reviews: decide', method: 'POST', path: `/v1/reviews/${id}/decision`, roles: ['review-officer'] },
    { service: 'administrative-review', group: 'lawsuits: list', method: 'GET', path: '/v1/lawsuits', roles: ['review-officer'] },
    { service: 'administrative-review', group: 'lawsuits: read', method: 'GET', path: `/v1/lawsuits/${id}`, roles: ['review-officer'] },
    { service: 'administrative-review', group: 'lawsuits: file', method: 'POST', path: '/v1/lawsuits', roles: ['review-officer'] },
    { service: 'administrative-review', group: 'lawsuits: performance supervision', method: 'POST', path: `/v1/lawsuits/${id}/performance-supervision`, roles: ['review-officer'] },
    { service: 'administrative-review', group: 'lawsuits: judicial suggestions', method: 'POST', path: `/v1/lawsuits/${id}/judicial-suggestions`, roles: ['review-officer'] },
    {
      service: 'administrative-review', group: 'lawsuits: judicial suggestion supervision', method: 'POST',
      path: `/v1/lawsuits/${id}/judicial-suggestions/${id}/supervision`, roles: ['review-officer'],
    },
    { service: 'file-review', group: 'campaigns: list', method: 'GET', path: '/v1/campaigns', roles: ['enforcement-supervisor'] },
    { service: 'file-review', group: 'campaigns: read', method: 'GET', path: `/v1/campaigns/${id}`, roles: ['enforcement-supervisor'] },
    { service: 'file-review', group: 'campaigns: open', method: 'POST', path: '/v1/campaigns', roles: ['enforcement-supervisor'] },
    { service: 'file-review', group: 'campaigns: problem list', method: 'GET', path: `/v1/campaigns/${id}/problem-list`, roles: ['enforcement-supervisor'] },
    { service: 'file-review', group: 'campaigns: files', method: 'GET', path: `/v1/campaigns/${id}/files`, roles: ['enforcement-supervisor'] },
    { service: 'file-review', group: 'files: review', method: 'POST', path: `/v1/files/${id}/review`, roles: ['enforcement-supervisor'] },
    { service: 'legal-affairs', group: 'documents: list', method: 'GET', path: '/v1/documents', roles: ['legal-affairs-officer'] },
    { service: 'legal-affairs', group: 'documents: read', method: 'GET', path: `/v1/documents/${id}`, roles: ['legal-affairs-officer'] },
    { service: 'legal-affairs', group: 'documents: submit', method: 'POST', path: '/v1/documents', roles: ['legal-affairs-officer'] },
    { service: 'legal-affairs', group: 'documents: review', method: 'POST', path: `/v1/documents/${id}/review`, roles: ['legal-affairs-officer'] },
    { service: 'legal-affairs', group: 'contracts: list', method: 'GET', path: '/v1/contracts', roles: ['legal-affairs-officer'] },
    { service: 'legal-affairs', group: 'contracts: submit', method: 'POST', path: '/v1/contracts', roles: ['legal-affairs-officer'] },
    { service: 'legal-affairs', group: 'engagements: list', method: 'GET', path: '/v1/engagements', roles: ['legal-affairs-officer'] },
    { service: 'legal-affairs', group: 'engagements: work records', method: 'POST', path: `/v1/engagements/${id}/work-records`, roles: ['legal-affairs-officer'] },
    { service: 'legal-affairs', group: 'agenda meetings: record', method: 'POST', path: '/v1/agenda-meetings', roles: ['legal-affairs-officer'] },
    { service: 'legal-affairs', group: 'cleanup campaigns: open', method: 'POST', path: '/v1/cleanup-campaigns', roles: ['legal-affairs-officer'] },
    { service: 'legal-affairs', group: 'cleanup campaigns: decide', method: 'POST', path: `/v1/cleanup-campaigns/${id}/decisions`, roles: ['legal-affairs-officer'] },
    { service: 'legal-affairs', group: 'units: register', method: 'POST', path: '/v1/units', roles: ['legal-affairs-officer'] },
    { service: 'legal-affairs', group: 'units: read', method: 'GET', path: `/v1/units/${id}`, roles: ['legal-affairs-officer'] },
    { service: 'legal-affairs', group: 'adviser coverage', method: 'GET', path: '/v1/adviser-coverage?at=x', roles: ['legal-affairs-officer'] },
    { service: 'legal-affairs', group: 'coordination groups: establish', method: 'POST', path: '/v1/coordination-groups', roles: ['legal-affairs-officer'] },
    { service: 'legal-affairs', group: 'committee meetings: record', method: 'POST', path: '/v1/committee-meetings', roles: ['legal-affairs-officer'] },
    { service: 'public-legal-services', group: 'platforms: list', method: 'GET', path: '/v1/platforms', roles: ['public-legal-services-officer'] },
    { service: 'public-legal-services', group: 'platforms: register', method: 'POST', path: '/v1/platforms', roles: ['public-legal-services-officer'] },
    { service: 'public-legal-services', group: 'platforms: standardise', method: 'POST', path: `/v1/platforms/${id}/standardisation`, roles: ['public-legal-services-officer'] },
    { service: 'public-legal-services', group: 'service records: record', method: 'POST', path: '/v1/service-records', roles: ['public-legal-services-officer'] },
    { service: 'public-legal-services', group: 'service records: read', method: 'GET', path: `/v1/service-records/${id}`, roles: ['public-legal-services-officer'] },
    { service: 'public-legal-services', group: 'providers: register', method: 'POST', path: '/v1/providers', roles: ['public-legal-services-officer'] },
    { service: 'public-legal-services', group: 'complaints: conclude', method: 'POST', path: `/v1/complaints/${id}/conclusion`, roles: ['public-legal-services-officer'] },
    { service: 'public-legal-services', group: 'exam sittings: list', method: 'GET', path: '/v1/exam-sittings', roles: ['public-legal-services-officer'] },
    { service: 'legal-education', group: 'exams: list', method: 'GET', path: '/v1/exams', roles: ['legal-education-officer'] },
    { service: 'legal-education', group: 'exams: read', method: 'GET', path: `/v1/exams/${id}`, roles: ['legal-education-officer'] },
    { service: 'legal-education', group: 'exams: schedule', method: 'POST', path: '/v1/exams', roles: ['legal-education-officer'] },
    { service: 'legal-education', group: 'exams: results', method: 'POST', path: `/v1/exams/${id}/results`, roles: ['legal-education-officer'] },
    { service: 'legal-education', group: 'contests: close', method: 'POST', path: `/v1/contests/${id}/close`, roles: ['legal-education-officer'] },
    { service: 'legal-education', group: 'works: award', method: 'POST', path: `/v1/works/${id}/award`, roles: ['legal-education-officer'] },
    { service: 'legal-education', group: 'publicity activities: record', method: 'POST', path: '/v1/publicity-activities', roles: ['legal-education-officer'] },
    { service: 'legal-education', group: 'media items: list', method: 'GET', path: '/v1/media-items', roles: ['legal-education-officer'] },
    { service: 'legal-education', group: 'surveys: record', method: 'POST', path: '/v1/surveys', roles: ['legal-education-officer'] },
    { service: 'legal-education', group: 'village assessments: read', method: 'GET', path: `/v1/village-assessments/${id}`, roles: ['legal-education-officer'] },
    { service: 'reporting', group: 'annual report', method: 'GET', path: `/v1/reports/annual/2019?district=${district}`, roles: 'every role' },
    { service: 'reporting', group: 'breakdowns', method: 'GET', path: `/v1/reports/annual/2019/mediation?by=category&district=${district}`, roles: 'every role' },
    { service: 'reporting', group: 'filings: list', method: 'GET', path: `/v1/reports/annual/2019/filings?district=${district}`, roles: 'every role' },
    // Case and event ids behind the figures: report readers only (docs/access-control.md).
    { service: 'reporting', group: 'drill-through', method: 'GET', path: `/v1/reports/annual/2019/mediation/cases?figure=registered&district=${district}`, roles: ['report-reader'] },
    { service: 'reporting', group: 'against a filing', method: 'GET', path: `/v1/reports/annual/2019?against=filing:1&district=${district}`, roles: ['report-reader'] },
    // Dead letters can carry anything, and a replay changes the figures: admin only. An unknown one answers admin 404 and changes nothing.
    { service: 'reporting', group: 'dead letters: list', method: 'GET', path: '/v1/admin/dead-letters', roles: [] },
    { service: 'reporting', group: 'dead letters: read', method: 'GET', path: '/v1/admin/dead-letters/999999999999', roles: [] },
    { service: 'reporting', group: 'dead letters: replay', method: 'POST', path: '/v1/admin/dead-letters/999999999999/replay', roles: [] },
  ];
}

/** True when the table lets `role` use `group`: admin always, others when listed. */
export const mayUse = (group: EndpointGroup, role: Role) => role === 'admin' || group.roles === 'every role' || group.roles.includes(role);
