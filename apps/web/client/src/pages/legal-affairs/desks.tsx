import { Descriptions, Skeleton, Space, Table, Tag, Typography } from 'antd';
import type { Breakpoint } from 'antd/es/_util/responsiveObserver';
import dayjs from 'dayjs';
import { ReactNode, useEffect, useState } from 'react';
import { api, svc } from '../../api';
import { failure } from '../../form-problems';
import { fenToYuan } from '../../money';
import type {
  AgendaMeeting, CleanupCampaign, CleanupDecision, CloseCleanupCampaignBody, CommitteeMeeting, CoordinationGroup, DecideCleanupDocumentBody, DissolveGroupBody,
  DissolveUnitBody, DistrictUnit, EndEngagementBody, EngageAdviserBody, Engagement, EstablishGroupBody, FileDocumentBody, GovernmentContract, LegalDocument,
  OpenCleanupCampaignBody, RecordAgendaMeetingBody, RecordCommitteeMeetingBody, RecordFindingBody, RecordWorkBody, RegisterUnitBody, ReviewContractBody,
  ReviewDocumentBody, SubmitContractBody, SubmitDocumentBody, WorkRecord,
} from '../../schemas';
import {
  ADVISER_KIND_LABELS, AGENDA_KIND_LABELS, CAMPAIGN_STATUS_COLORS, CAMPAIGN_STATUS_LABELS, CONTRACT_KIND_LABELS, CONTRACT_STATUS_COLORS, CONTRACT_STATUS_LABELS,
  DOCUMENT_KIND_LABELS, DOCUMENT_STATUS_COLORS, DOCUMENT_STATUS_LABELS, ENGAGEMENT_STATUS_COLORS, ENGAGEMENT_STATUS_LABELS, FINDING_LABELS, GROUP_FIELD_LABELS,
  GROUP_STATUS_COLORS, GROUP_STATUS_LABELS, OPINION_COLORS, OPINION_LABELS, OUTCOME_COLORS, OUTCOME_LABELS, UNIT_STATUS_COLORS, UNIT_STATUS_LABELS, WORK_KIND_LABELS,
} from '../legal-affairs-labels';
import type { FieldSpec } from './field-spec';
import { when } from './field-spec';
import type { DeskSpec } from './RecordDesk';
import { CAMPAIGN_STEPS, CONTRACT_STEPS, DISSOLVE_STEP, DOCUMENT_STEPS, ENGAGEMENT_STEPS } from './steps';

// On a phone (below sm) a list keeps what names the record, its status and its steps; the rest is in the opened row or the dialog.
const SM: Breakpoint[] = ['sm'];
const tag = (labels: Record<string, string>, colors: Record<string, string>) => (s: string) => <Tag color={colors[s]} style={{ marginInlineEnd: 0 }}>{labels[s]}</Tag>;
// The lists show the day (the dialogs, the opened row and the forms the time): every column fits beside the form at 1280 px.
const day = (t: string | null) => (t ? dayjs(t).format('YYYY-MM-DD') : '—');
const at = (t: string | null) => <span style={{ whiteSpace: 'nowrap' }}>{day(t)}</span>;
/** A second line of a cell, smaller and grey (a record's kind under its title, the day it ended under its status). */
const secondary = (text: string) => <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12, whiteSpace: 'nowrap' }}>{text}</Typography.Text>;
// A meeting's or a piece of work's list shows its time: there is nothing else to open.
const atTime = (t: string | null) => <span style={{ whiteSpace: 'nowrap' }}>{when(t)}</span>;
/** A card's title in Chinese with its English beside it, smaller. */
export const titled = (zh: string, en: string) => (
  <span>{zh} <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 'normal' }}>{en}</Typography.Text></span>
);

// The limits of docs/services/legal-affairs.md: a unit or a name 1–200 characters, a title or a subject 1–300.
const UNIT = { name: 'unit', label: '报送单位', kind: 'text', max: 200, placeholder: '区级单位全称，如 沙坪坝区住房和城乡建设委员会' } as const;
const TITLE = { name: 'title', label: '文件名称', kind: 'text', max: 300 } as const;

const SUBMIT_DOCUMENT: FieldSpec<SubmitDocumentBody, never>[] = [
  UNIT, TITLE,
  { name: 'kind', label: '文件类别', kind: 'select', choices: DOCUMENT_KIND_LABELS, half: true },
  { name: 'submittedAt', label: '报送时间', kind: 'time', half: true },
];
const REVIEW_DOCUMENT: FieldSpec<ReviewDocumentBody, LegalDocument>[] = [
  { name: 'reviewedAt', label: '审查时间', kind: 'time', notBefore: { field: 'submittedAt', label: '报送时间' } },
  { name: 'opinion', label: '审查意见', kind: 'select', choices: OPINION_LABELS },
  { name: 'normative', label: '认定为行政规范性文件', kind: 'bool', extra: '认定为行政规范性文件且未被否定的，审查后须备案' },
];
const FILE_DOCUMENT: FieldSpec<FileDocumentBody, LegalDocument>[] = [
  { name: 'filedAt', label: '备案时间', kind: 'time', notBefore: { field: 'reviewedAt', label: '审查时间' } },
];
const RECORD_FINDING: FieldSpec<RecordFindingBody, LegalDocument>[] = [
  { name: 'finding', label: '结果', kind: 'select', choices: FINDING_LABELS },
  { name: 'foundAt', label: '确认或撤销时间', kind: 'time', notBefore: { field: 'filedAt', label: '备案时间' } },
];

/** 规范性文件和重大文件合法性审查: submitted → reviewed → filed (normative and not rejected) → found unlawful or revoked. */
export const DOCUMENTS: DeskSpec<LegalDocument> = {
  key: 'documents',
  path: '/v1/documents',
  listTitle: titled('合法性审查文件', 'Documents'),
  listNote: '按报送时间先后',
  createTitle: titled('登记报审文件', 'Submit a document'),
  createButton: '登记',
  create: SUBMIT_DOCUMENT,
  saved: (d) => `${d.unit}：${d.title}`,
  filters: [
    { name: 'status', label: '状态', choices: DOCUMENT_STATUS_LABELS },
    { name: 'unit', label: '查询单位' },
  ],
  statusLabels: DOCUMENT_STATUS_LABELS,
  scrollX: 720,
  actionWidth: 104,
  columns: [
    { title: '报送时间', dataIndex: 'submittedAt', width: 100, render: at, responsive: SM },
    { title: '报送单位', dataIndex: 'unit', width: 130, responsive: SM },
    { title: '文件名称', dataIndex: 'title', render: (t: string, d) => <>{t}{secondary(DOCUMENT_KIND_LABELS[d.kind])}</> },
    {
      title: '状态', key: 'status', width: 124,
      render: (_: unknown, d) => (
        <Space size={4} wrap>
          <Tag color={DOCUMENT_STATUS_COLORS[d.status]} style={{ marginInlineEnd: 0 }}>{DOCUMENT_STATUS_LABELS[d.status]}</Tag>
          {d.opinion && <Tag color={OPINION_COLORS[d.opinion]} style={{ marginInlineEnd: 0 }}>{OPINION_LABELS[d.opinion]}</Tag>}
          {d.normative && <Tag color="purple" style={{ marginInlineEnd: 0 }}>规范性文件</Tag>}
        </Space>
      ),
    },
  ],
  actions: [
    { key: 'review', label: '审查', title: '登记合法性审查意见', route: 'review', allowed: DOCUMENT_STEPS.review, fields: REVIEW_DOCUMENT },
    {
      key: 'file', label: '备案', title: '登记备案', route: 'filing', fields: FILE_DOCUMENT,
      // The service files only a normative document whose review did not reject it (409 DOCUMENT.NOT_NORMATIVE / REJECTED).
      allowed: DOCUMENT_STEPS.file,
    },
    {
      key: 'finding', label: '确认违法或撤销', title: '登记确认违法或撤销', route: 'finding', fields: RECORD_FINDING, danger: true, allowed: DOCUMENT_STEPS.finding,
      note: '已备案的文件后来被确认违法或被撤销时登记。',
    },
  ],
  summary: (d) => [['报送单位', d.unit], ['文件名称', d.title], ['报送时间', when(d.submittedAt)], ...(d.reviewedAt ? [['审查时间', when(d.reviewedAt)] as [string, ReactNode]] : [])],
  expand: (d) => (
    <Descriptions size="small" column={{ xs: 1, sm: 3 }} items={[
      { key: 'r', label: '审查时间', children: when(d.reviewedAt) },
      { key: 'o', label: '审查意见', children: d.opinion ? OPINION_LABELS[d.opinion] : '—' },
      { key: 'n', label: '行政规范性文件', children: d.normative === null ? '—' : d.normative ? '是' : '否' },
      { key: 'f', label: '备案时间', children: when(d.filedAt) },
      { key: 'x', label: '确认违法或撤销', children: d.finding ? `${FINDING_LABELS[d.finding]}（${when(d.foundAt)}）` : '—' },
    ]} />
  ),
};

const SUBMIT_CONTRACT: FieldSpec<SubmitContractBody, never>[] = [
  UNIT,
  { ...TITLE, label: '合同名称' },
  { name: 'kind', label: '合同类别', kind: 'select', choices: CONTRACT_KIND_LABELS, half: true },
  { name: 'amountFen', label: '合同金额', kind: 'yuan', half: true, extra: '以元为单位，最多两位小数；无金额填 0' },
  { name: 'submittedAt', label: '报送时间', kind: 'time' },
];
const REVIEW_CONTRACT: FieldSpec<ReviewContractBody, GovernmentContract>[] = [
  { name: 'reviewedAt', label: '审查时间', kind: 'time', notBefore: { field: 'submittedAt', label: '报送时间' } },
  { name: 'opinion', label: '审查意见', kind: 'select', choices: OPINION_LABELS },
];

/** 政府合同合法性审查: submitted → reviewed. */
export const CONTRACTS: DeskSpec<GovernmentContract> = {
  key: 'contracts',
  path: '/v1/contracts',
  listTitle: titled('政府合同合法性审查', 'Contracts'),
  listNote: '按报送时间先后',
  createTitle: titled('登记报审合同', 'Submit a contract'),
  createButton: '登记',
  create: SUBMIT_CONTRACT,
  saved: (c) => `${c.unit}：${c.title}（${fenToYuan(c.amountFen)} 元）`,
  filters: [
    { name: 'status', label: '状态', choices: CONTRACT_STATUS_LABELS, width: 110 },
    { name: 'kind', label: '类别', choices: CONTRACT_KIND_LABELS },
  ],
  statusLabels: CONTRACT_STATUS_LABELS,
  scrollX: 680,
  actionWidth: 64,
  columns: [
    { title: '报送时间', dataIndex: 'submittedAt', width: 100, render: at, responsive: SM },
    { title: '报送单位', dataIndex: 'unit', width: 140, responsive: SM },
    { title: '合同名称', dataIndex: 'title', render: (t: string, c) => <>{t}{secondary(CONTRACT_KIND_LABELS[c.kind])}</> },
    { title: '金额（元）', dataIndex: 'amountFen', width: 120, responsive: SM, align: 'right', render: (f: number) => fenToYuan(f) },
    {
      title: '状态', key: 'status', width: 110,
      render: (_: unknown, c) => (
        <Space size={4} wrap>
          <Tag color={CONTRACT_STATUS_COLORS[c.status]} style={{ marginInlineEnd: 0 }}>{CONTRACT_STATUS_LABELS[c.status]}</Tag>
          {c.opinion && <Tag color={OPINION_COLORS[c.opinion]} style={{ marginInlineEnd: 0 }}>{OPINION_LABELS[c.opinion]}</Tag>}
        </Space>
      ),
    },
  ],
  actions: [
    { key: 'review', label: '审查', title: '登记合同审查意见', route: 'review', allowed: CONTRACT_STEPS.review, fields: REVIEW_CONTRACT },
  ],
  summary: (c) => [['报送单位', c.unit], ['合同名称', c.title], ['金额', `${fenToYuan(c.amountFen)} 元`], ['报送时间', when(c.submittedAt)]],
};

const ENGAGE: FieldSpec<EngageAdviserBody, never>[] = [
  { ...UNIT, label: '聘请单位' },
  { name: 'adviser', label: '法律顾问', kind: 'text', max: 200, placeholder: '律师姓名或律师事务所名称' },
  { name: 'adviserKind', label: '顾问类型', kind: 'select', choices: ADVISER_KIND_LABELS, half: true },
  { name: 'startedAt', label: '选聘时间', kind: 'time', half: true },
];
const RECORD_WORK: FieldSpec<RecordWorkBody, Engagement>[] = [
  { name: 'kind', label: '工作类别', kind: 'select', choices: WORK_KIND_LABELS },
  { name: 'performedAt', label: '工作时间', kind: 'time', notBefore: { field: 'startedAt', label: '选聘时间' } },
];
const END_ENGAGEMENT: FieldSpec<EndEngagementBody, Engagement>[] = [
  { name: 'endedAt', label: '解聘时间', kind: 'time', notBefore: { field: 'startedAt', label: '选聘时间' }, extra: '应不早于选聘时间，也不早于最近一次顾问工作' },
];

/** 法律顾问: engaged → ended, work recorded while engaged. */
export const ENGAGEMENTS: DeskSpec<Engagement> = {
  key: 'engagements',
  path: '/v1/engagements',
  listTitle: titled('法律顾问选聘', 'Adviser engagements'),
  listNote: '按选聘时间先后；展开一行看顾问工作',
  createTitle: titled('登记选聘法律顾问', 'Engage an adviser'),
  createButton: '登记',
  create: ENGAGE,
  saved: (e) => `${e.unit}：${e.adviser}`,
  filters: [
    { name: 'status', label: '状态', choices: ENGAGEMENT_STATUS_LABELS, width: 110 },
    { name: 'unit', label: '查询单位' },
  ],
  statusLabels: ENGAGEMENT_STATUS_LABELS,
  scrollX: 720,
  actionWidth: 130,
  columns: [
    { title: '选聘时间', dataIndex: 'startedAt', width: 100, render: at, responsive: SM },
    { title: '聘请单位', dataIndex: 'unit', responsive: SM },
    {
      title: '法律顾问', dataIndex: 'adviser', width: 160,
      render: (a: string, e) => <>{a}<Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>{ADVISER_KIND_LABELS[e.adviserKind]}</Typography.Text></>,
    },
    { title: <span style={{ whiteSpace: 'nowrap' }}>工作记录</span>, dataIndex: 'workRecordCount', width: 82, align: 'right', responsive: SM },
    { title: '状态', dataIndex: 'status', width: 100, render: (st: Engagement['status'], e) => <>{tag(ENGAGEMENT_STATUS_LABELS, ENGAGEMENT_STATUS_COLORS)(st)}{e.endedAt && secondary(`${day(e.endedAt)} 解聘`)}</> },
  ],
  actions: [
    { key: 'work', label: '记录工作', title: '记录法律顾问工作', route: 'work-records', allowed: ENGAGEMENT_STEPS.work, fields: RECORD_WORK },
    { key: 'end', label: '解聘', title: '登记解聘或聘期届满', route: 'end', allowed: ENGAGEMENT_STEPS.end, fields: END_ENGAGEMENT, danger: true },
  ],
  summary: (e) => [['聘请单位', e.unit], ['法律顾问', `${e.adviser}（${ADVISER_KIND_LABELS[e.adviserKind]}）`], ['选聘时间', when(e.startedAt)]],
  expand: (e) => <WorkRecords key={`${e.id}-${e.updatedAt}`} engagement={e} />,
};

/** An engagement's work records, in the order done. */
function WorkRecords({ engagement }: { engagement: Engagement }) {
  return (
    <SubList<WorkRecord>
      path={`/v1/engagements/${engagement.id}/work-records`}
      empty="尚无工作记录"
      columns={[
        { title: '工作时间', dataIndex: 'performedAt', width: 140, render: atTime },
        { title: '工作类别', dataIndex: 'kind', render: (k: WorkRecord['kind']) => WORK_KIND_LABELS[k] },
      ]}
    />
  );
}

const RECORD_AGENDA: FieldSpec<RecordAgendaMeetingBody, never>[] = [
  { name: 'kind', label: '会议类型', kind: 'select', choices: AGENDA_KIND_LABELS, half: true },
  { name: 'heldAt', label: '召开时间', kind: 'time', half: true },
  { name: 'subject', label: '研究议题', kind: 'text', max: 300, placeholder: '如 研究2019年法治政府建设工作要点' },
];

/** 局党组会、局长办公会研究法治建设工作: single-event records. */
export const AGENDA_MEETINGS: DeskSpec<AgendaMeeting> = {
  key: 'agenda',
  path: '/v1/agenda-meetings',
  listTitle: titled('研究法治建设工作的会议', 'Agenda meetings'),
  listNote: '按召开时间先后',
  createTitle: titled('登记会议', 'Record a meeting'),
  createButton: '登记',
  create: RECORD_AGENDA,
  saved: (m) => `${AGENDA_KIND_LABELS[m.kind]}：${m.subject}`,
  filters: [{ name: 'kind', label: '会议', choices: AGENDA_KIND_LABELS }],
  statusLabels: {},
  scrollX: 600,
  columns: [
    { title: '召开时间', dataIndex: 'heldAt', width: 140, render: atTime },
    { title: '会议', dataIndex: 'kind', width: 120, responsive: SM, render: (k: AgendaMeeting['kind']) => AGENDA_KIND_LABELS[k] },
    { title: '研究议题', dataIndex: 'subject' },
  ],
  actions: [],
  summary: () => [],
};

const OPEN_CAMPAIGN: FieldSpec<OpenCleanupCampaignBody, never>[] = [
  { name: 'title', label: '清理名称', kind: 'text', max: 300, placeholder: '如 2019年行政规范性文件专项清理' },
  { name: 'startedAt', label: '开始时间', kind: 'time' },
];
const DECIDE_CLEANUP: FieldSpec<DecideCleanupDocumentBody, CleanupCampaign>[] = [
  { name: 'document', label: '清理文件', kind: 'text', max: 300, placeholder: '现行有效文件的名称' },
  { name: 'outcome', label: '清理结果', kind: 'select', choices: OUTCOME_LABELS },
  { name: 'decidedAt', label: '决定时间', kind: 'time', notBefore: { field: 'startedAt', label: '开始时间' } },
];
const CLOSE_CAMPAIGN: FieldSpec<CloseCleanupCampaignBody, CleanupCampaign>[] = [
  { name: 'closedAt', label: '结束时间', kind: 'time', notBefore: { field: 'startedAt', label: '开始时间' }, extra: '应不早于开始时间，也不早于最近一次清理决定' },
];

/** 文件清理: open → closed, each document in force kept, amended or repealed while open. */
export const CAMPAIGNS: DeskSpec<CleanupCampaign> = {
  key: 'cleanup',
  path: '/v1/cleanup-campaigns',
  listTitle: titled('规范性文件清理', 'Clean-up campaigns'),
  listNote: '按开始时间先后；展开一行看逐件决定',
  createTitle: titled('开始一次清理', 'Open a campaign'),
  createButton: '开始清理',
  create: OPEN_CAMPAIGN,
  saved: (c) => c.title,
  filters: [{ name: 'status', label: '状态', choices: CAMPAIGN_STATUS_LABELS, width: 110 }],
  statusLabels: CAMPAIGN_STATUS_LABELS,
  scrollX: 680,
  actionWidth: 130,
  columns: [
    { title: '开始时间', dataIndex: 'startedAt', width: 100, render: at, responsive: SM },
    { title: '清理名称', dataIndex: 'title' },
    { title: '已清理', dataIndex: 'reviewed', width: 64, align: 'right', responsive: SM },
    {
      title: <span style={{ whiteSpace: 'nowrap' }}>保留/修改/废止</span>, key: 'outcomes', width: 120, align: 'center', responsive: SM,
      render: (_: unknown, c) => <span data-testid="outcomes">{c.kept} / {c.amended} / {c.repealed}</span>,
    },
    { title: '状态', dataIndex: 'status', width: 100, render: (st: CleanupCampaign['status'], c) => <>{tag(CAMPAIGN_STATUS_LABELS, CAMPAIGN_STATUS_COLORS)(st)}{c.closedAt && secondary(`${day(c.closedAt)} 结束`)}</> },
  ],
  actions: [
    { key: 'decide', label: '清理决定', title: '登记一件文件的清理决定', route: 'decisions', allowed: CAMPAIGN_STEPS.decide, fields: DECIDE_CLEANUP },
    { key: 'close', label: '结束清理', title: '结束清理', route: 'close', allowed: CAMPAIGN_STEPS.close, fields: CLOSE_CAMPAIGN, note: '结束后不能再登记清理决定。' },
  ],
  summary: (c) => [['清理名称', c.title], ['开始时间', when(c.startedAt)], ['已清理', `${c.reviewed} 件（保留 ${c.kept}，修改 ${c.amended}，废止 ${c.repealed}）`]],
  expand: (c) => <Decisions key={`${c.id}-${c.updatedAt}`} campaign={c} />,
};

/** A campaign's decisions, in the order made. */
function Decisions({ campaign }: { campaign: CleanupCampaign }) {
  return (
    <SubList<CleanupDecision>
      path={`/v1/cleanup-campaigns/${campaign.id}/decisions`}
      empty="尚无清理决定"
      columns={[
        { title: '决定时间', dataIndex: 'decidedAt', width: 140, render: atTime },
        { title: '清理文件', dataIndex: 'document' },
        { title: '结果', dataIndex: 'outcome', width: 80, render: tag(OUTCOME_LABELS, OUTCOME_COLORS) },
      ]}
    />
  );
}

const REGISTER_UNIT: FieldSpec<RegisterUnitBody, never>[] = [
  { name: 'name', label: '单位名称', kind: 'text', max: 200, placeholder: '全称，与选聘法律顾问时的聘请单位一致' },
  { name: 'registeredAt', label: '登记时间', kind: 'time' },
];
const DISSOLVE_UNIT: FieldSpec<DissolveUnitBody, DistrictUnit>[] = [
  { name: 'dissolvedAt', label: '撤销或合并时间', kind: 'time', notBefore: { field: 'registeredAt', label: '登记时间' } },
];

/** 区级单位名录 (what adviser coverage counts over): active → dissolved. */
export const UNITS: DeskSpec<DistrictUnit> = {
  key: 'units',
  path: '/v1/units',
  listTitle: titled('区级单位名录', 'District units'),
  listNote: '按登记时间先后',
  createTitle: titled('登记区级单位', 'Register a unit'),
  createButton: '登记',
  create: REGISTER_UNIT,
  saved: (u) => u.name,
  filters: [{ name: 'status', label: '状态', choices: UNIT_STATUS_LABELS }],
  statusLabels: UNIT_STATUS_LABELS,
  scrollX: 640,
  actionWidth: 100,
  columns: [
    { title: '登记时间', dataIndex: 'registeredAt', width: 100, render: at, responsive: SM },
    { title: '单位名称', dataIndex: 'name' },
    { title: '状态', dataIndex: 'status', width: 110, render: tag(UNIT_STATUS_LABELS, UNIT_STATUS_COLORS) },
    { title: '撤销或合并时间', dataIndex: 'dissolvedAt', width: 100, render: at, responsive: SM },
  ],
  actions: [
    { key: 'dissolve', label: '撤销或合并', title: '登记单位撤销或合并', route: 'dissolution', allowed: DISSOLVE_STEP, fields: DISSOLVE_UNIT, danger: true, note: '撤销或合并后不再计入法律顾问覆盖；同名单位可再次登记。' },
  ],
  summary: (u) => [['单位名称', u.name], ['登记时间', when(u.registeredAt)]],
};

const ESTABLISH_GROUP: FieldSpec<EstablishGroupBody, never>[] = [
  { name: 'field', label: '工作领域', kind: 'select', choices: GROUP_FIELD_LABELS, half: true },
  { name: 'establishedAt', label: '成立时间', kind: 'time', half: true },
  { name: 'name', label: '协调小组名称', kind: 'text', max: 200, placeholder: '如 执法协调小组' },
];
const DISSOLVE_GROUP: FieldSpec<DissolveGroupBody, CoordinationGroup>[] = [
  { name: 'dissolvedAt', label: '撤销时间', kind: 'time', notBefore: { field: 'establishedAt', label: '成立时间' } },
];

/** 区委全面依法治区委员会协调小组: active → dissolved. */
export const GROUPS: DeskSpec<CoordinationGroup> = {
  key: 'groups',
  path: '/v1/coordination-groups',
  listTitle: titled('依法治区委员会协调小组', 'Coordination groups'),
  listNote: '按成立时间先后',
  createTitle: titled('登记协调小组', 'Establish a group'),
  createButton: '登记',
  create: ESTABLISH_GROUP,
  saved: (g) => `${GROUP_FIELD_LABELS[g.field]}：${g.name}`,
  filters: [
    { name: 'status', label: '状态', choices: GROUP_STATUS_LABELS, width: 110 },
    { name: 'field', label: '领域', choices: GROUP_FIELD_LABELS, width: 120 },
  ],
  statusLabels: GROUP_STATUS_LABELS,
  scrollX: 680,
  actionWidth: 64,
  columns: [
    { title: '成立时间', dataIndex: 'establishedAt', width: 100, render: at, responsive: SM },
    { title: '领域', dataIndex: 'field', width: 90, responsive: SM, render: (f: CoordinationGroup['field']) => GROUP_FIELD_LABELS[f] },
    { title: '协调小组名称', dataIndex: 'name' },
    { title: '状态', dataIndex: 'status', width: 80, render: tag(GROUP_STATUS_LABELS, GROUP_STATUS_COLORS) },
    { title: '撤销时间', dataIndex: 'dissolvedAt', width: 100, render: at, responsive: SM },
  ],
  actions: [
    { key: 'dissolve', label: '撤销', title: '登记协调小组撤销', route: 'dissolution', allowed: DISSOLVE_STEP, fields: DISSOLVE_GROUP, danger: true },
  ],
  summary: (g) => [['协调小组', `${g.name}（${GROUP_FIELD_LABELS[g.field]}）`], ['成立时间', when(g.establishedAt)]],
};

const RECORD_COMMITTEE: FieldSpec<RecordCommitteeMeetingBody, never>[] = [
  { name: 'number', label: '会议次数', kind: 'int', range: [1, 999], affix: ['第', '次会议'], half: true },
  { name: 'heldAt', label: '召开时间', kind: 'time', half: true },
  { name: 'subject', label: '会议议题', kind: 'text', max: 300 },
];

/** 区委全面依法治区委员会会议: single-event records, numbered 第N次会议. */
export const COMMITTEE_MEETINGS: DeskSpec<CommitteeMeeting> = {
  key: 'committee',
  path: '/v1/committee-meetings',
  listTitle: titled('依法治区委员会会议', 'Committee meetings'),
  listNote: '按召开时间先后',
  createTitle: titled('登记委员会会议', 'Record a committee meeting'),
  createButton: '登记',
  create: RECORD_COMMITTEE,
  saved: (m) => `第${m.number}次会议：${m.subject}`,
  filters: [],
  statusLabels: {},
  scrollX: 600,
  columns: [
    { title: '会议', dataIndex: 'number', width: 110, render: (n: number) => `第${n}次会议` },
    { title: '召开时间', dataIndex: 'heldAt', width: 140, render: atTime },
    { title: '会议议题', dataIndex: 'subject' },
  ],
  actions: [],
  summary: () => [],
};

/** A record's own list under its row (`{ items }`, not paged: work records and decisions are few per record). */
function SubList<T extends { id: string }>({ path, columns, empty }: { path: string; columns: NonNullable<Parameters<typeof Table<T>>[0]['columns']>; empty: string }) {
  const [items, setItems] = useState<T[]>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    let live = true;
    api<{ items: T[] }>('GET', svc('legal-affairs', path)).then((r) => live && setItems(r.items), (e) => live && setError(failure(e)));
    return () => void (live = false);
  }, [path]);
  if (error) return <Typography.Text type="danger">{error}</Typography.Text>;
  if (!items) return <Skeleton active paragraph={{ rows: 1 }} />;
  return <Table<T> size="small" rowKey="id" dataSource={items} columns={columns} pagination={false} locale={{ emptyText: empty }} style={{ maxWidth: 560 }} />;
}
