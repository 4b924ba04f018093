// The API shapes the pages use, named from the types generated from the services' OpenAPI
// documents (src/api-types, `npm run api:types`): a service's answer changes, the pages stop compiling.
import type { components as AdministrativeReview } from './api-types/administrative-review';
import type { components as FileReview } from './api-types/file-review';
import type { components as LegalAffairs } from './api-types/legal-affairs';
import type { components as LegalAid } from './api-types/legal-aid';
import type { components as Mediation } from './api-types/mediation';
import type { components as Reporting } from './api-types/reporting';
import type { components as Web } from './api-types/web';

export type MediationSchemas = Mediation['schemas'];
export type LegalAidSchemas = LegalAid['schemas'];
export type LegalAffairsSchemas = LegalAffairs['schemas'];
export type AdministrativeReviewSchemas = AdministrativeReview['schemas'];
export type FileReviewSchemas = FileReview['schemas'];
export type ReportingSchemas = Reporting['schemas'];
export type WebSchemas = Web['schemas'];

export type Dispute = MediationSchemas['DisputeView'];
export type Committee = MediationSchemas['CommitteeView'];
export type CreateCommitteeBody = MediationSchemas['CreateCommitteeDto'];
export type CorrectDisputeBody = MediationSchemas['CorrectDisputeDto'];
export type DisputeCategory = Dispute['category'];
/** A page of a service's list: its items and the cursor of the next page (null on the last). */
export interface Paged<T> {
  items: T[];
  nextCursor: string | null;
}

// Legal aid (法律援助): the case as every answer shows it (personal data masked) and the bodies of its commands.
export type AidCase = LegalAidSchemas['CaseView'];
export type AidStatus = AidCase['status'];
export type ApplyForAidBody = LegalAidSchemas['ApplyForAidDto'];
export type AcceptAidBody = LegalAidSchemas['AcceptCaseDto'];
export type RejectAidBody = LegalAidSchemas['RejectCaseDto'];
export type AssignAidBody = LegalAidSchemas['AssignCaseDto'];
export type CloseAidBody = LegalAidSchemas['CloseCaseDto'];

// File review (案卷评查): pages/file-review/.
export type Campaign = FileReviewSchemas['CampaignView'];
export type CampaignSummary = FileReviewSchemas['CampaignSummaryView'];
export type OpenCampaign = FileReviewSchemas['OpenCampaignDto'];
export type PanelRole = FileReviewSchemas['PanelMemberDto']['role'];
export type PoolFile = FileReviewSchemas['PoolFileDto'];
export type PenaltyType = PoolFile['penaltyType'];
export type PooledFiles = FileReviewSchemas['PooledFilesView'];
export type PenaltyFile = FileReviewSchemas['FileView'];
export type Draw = FileReviewSchemas['DrawView'];
export type ReviewFile = FileReviewSchemas['ReviewFileDto'];
export type ProblemCategory = FileReviewSchemas['ProblemDto']['category'];
export type ProblemList = FileReviewSchemas['ProblemListView'];
// Dead-letter desk (死信队列, pages/DeadLettersPage.tsx): the reporting service's admin routes.
export type DeadLetter = ReportingSchemas['DeadLetterView'];
export type DeadLetterDetail = ReportingSchemas['DeadLetterDetailView'];
export type DeadLetterReplay = ReportingSchemas['ReplayView'];
export type DeadLetterReplayAll = ReportingSchemas['ReplayAllView'];
export type DeadLetterKind = DeadLetter['kind'];
// Accounts (账号管理, pages/AccountsPage.tsx): the web app's own admin routes.
export type AccountView = WebSchemas['AccountView'];
export type AccountList = WebSchemas['AccountListView'];
export type OneTimePassword = WebSchemas['OneTimePasswordView'];
export type AddAccountBody = WebSchemas['AddAccountDto'];
// Administrative review (行政复议) and lawsuits against the district's agencies (行政应诉): pages/admin-review/.
export type Review = AdministrativeReviewSchemas['ReviewView'];
export type ReviewStatus = Review['status'];
export type ReceiveReviewBody = AdministrativeReviewSchemas['ReceiveReviewDto'];
export type AcceptReviewBody = AdministrativeReviewSchemas['AcceptReviewDto'];
export type RejectReviewBody = AdministrativeReviewSchemas['RejectReviewDto'];
export type ExtendReviewBody = AdministrativeReviewSchemas['ExtendReviewDto'];
export type DecideReviewBody = AdministrativeReviewSchemas['DecideReviewDto'];
export type AdministrativeMatter = Review['matter'];
export type Lawsuit = AdministrativeReviewSchemas['LawsuitView'];
export type LawsuitStatus = Lawsuit['status'];
export type Hearing = AdministrativeReviewSchemas['HearingView'];
export type FileLawsuitBody = AdministrativeReviewSchemas['FileLawsuitDto'];
export type RecordHearingBody = AdministrativeReviewSchemas['RecordHearingDto'];
export type RecordJudgmentBody = AdministrativeReviewSchemas['RecordJudgmentDto'];
export type PerformanceSupervision = AdministrativeReviewSchemas['PerformanceSupervisionView'];
export type JudicialSuggestion = AdministrativeReviewSchemas['JudicialSuggestionView'];
export type SuggestionStatus = JudicialSuggestion['status'];
export type StartPerformanceSupervisionBody = AdministrativeReviewSchemas['StartPerformanceSupervisionDto'];
export type ConcludePerformanceSupervisionBody = AdministrativeReviewSchemas['ConcludePerformanceSupervisionDto'];
export type ReceiveJudicialSuggestionBody = AdministrativeReviewSchemas['ReceiveJudicialSuggestionDto'];
export type SuperviseJudicialSuggestionBody = AdministrativeReviewSchemas['SuperviseJudicialSuggestionDto'];
export type AnswerJudicialSuggestionBody = AdministrativeReviewSchemas['AnswerJudicialSuggestionDto'];

// Legal affairs (法制审查): the records of the section's desk (pages/legal-affairs/) and the advisers' coverage of the units.
export type LegalDocument = LegalAffairsSchemas['DocumentView'];
export type SubmitDocumentBody = LegalAffairsSchemas['SubmitDocumentDto'];
export type ReviewDocumentBody = LegalAffairsSchemas['ReviewDocumentDto'];
export type FileDocumentBody = LegalAffairsSchemas['FileDocumentDto'];
export type RecordFindingBody = LegalAffairsSchemas['RecordFindingDto'];
export type GovernmentContract = LegalAffairsSchemas['ContractView'];
export type SubmitContractBody = LegalAffairsSchemas['SubmitContractDto'];
export type ReviewContractBody = LegalAffairsSchemas['ReviewContractDto'];
export type Engagement = LegalAffairsSchemas['EngagementView'];
export type EngageAdviserBody = LegalAffairsSchemas['EngageAdviserDto'];
export type RecordWorkBody = LegalAffairsSchemas['RecordWorkDto'];
export type EndEngagementBody = LegalAffairsSchemas['EndEngagementDto'];
export type WorkRecord = LegalAffairsSchemas['WorkRecordView'];
export type AgendaMeeting = LegalAffairsSchemas['AgendaMeetingView'];
export type RecordAgendaMeetingBody = LegalAffairsSchemas['RecordAgendaMeetingDto'];
export type CleanupCampaign = LegalAffairsSchemas['CleanupCampaignView'];
export type OpenCleanupCampaignBody = LegalAffairsSchemas['OpenCleanupCampaignDto'];
export type DecideCleanupDocumentBody = LegalAffairsSchemas['DecideCleanupDocumentDto'];
export type CloseCleanupCampaignBody = LegalAffairsSchemas['CloseCleanupCampaignDto'];
export type CleanupDecision = LegalAffairsSchemas['CleanupDecisionView'];
export type DistrictUnit = LegalAffairsSchemas['DistrictUnitView'];
export type RegisterUnitBody = LegalAffairsSchemas['RegisterUnitDto'];
export type DissolveUnitBody = LegalAffairsSchemas['DissolveUnitDto'];
export type CoordinationGroup = LegalAffairsSchemas['CoordinationGroupView'];
export type EstablishGroupBody = LegalAffairsSchemas['EstablishGroupDto'];
export type DissolveGroupBody = LegalAffairsSchemas['DissolveGroupDto'];
export type CommitteeMeeting = LegalAffairsSchemas['CommitteeMeetingView'];
export type RecordCommitteeMeetingBody = LegalAffairsSchemas['RecordCommitteeMeetingDto'];
export type AdviserCoverage = LegalAffairsSchemas['AdviserCoverageView'];
