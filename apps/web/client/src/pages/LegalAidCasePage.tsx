import { Button, Card, Descriptions, Result, Skeleton, Space, Tag } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api, ApiError, svc } from '../api';
import { fenToYuan } from '../money';
import type { AidCase } from '../schemas';
import { AidActionButtons, AidActionModal } from './AidActions';
import { NoAccess } from './LegalAidPage';
import {
  AID_ACTIONS, AID_STATUS_COLORS, AID_STATUS_LABELS, AidAction, APPLICANT_GROUP_LABELS, CASE_TYPE_LABELS, CHANNEL_LABELS, MATTER_LABELS, REJECTION_REASON_LABELS, RESULT_LABELS,
} from './legal-aid-labels';

const when = (t: string | null) => (t ? dayjs(t).format('YYYY-MM-DD HH:mm') : '—');

/** One legal aid case, personal data masked as the API answers it, with the actions its status allows. */
export function LegalAidCasePage() {
  const { id } = useParams();
  const [c, setC] = useState<AidCase>();
  const [error, setError] = useState<ApiError>();
  const [acting, setActing] = useState<AidAction>();
  const load = useCallback(() => {
    api<AidCase>('GET', svc('legal-aid', `/v1/cases/${encodeURIComponent(id ?? '')}`))
      .then(setC)
      .catch((e) => setError(e instanceof ApiError ? e : new ApiError(0, undefined, String(e))));
  }, [id]);
  useEffect(load, [load]);
  const back = <Link to="/legal-aid"><Button>返回申请列表</Button></Link>;
  if (error?.status === 403) return <NoAccess />;
  if (error?.status === 404 || error?.status === 400) return <Result status="404" title="404" subTitle="没有找到该援助案件。" extra={back} />;
  if (error) return <Result status="error" title="无法读取援助案件" subTitle={error.message} extra={back} />;
  if (!c) return <Skeleton active />;
  return (
    <Card title="援助案件详情" extra={back}>
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        {AID_ACTIONS[c.status].length > 0 && (
          <Space wrap>
            <AidActionButtons aidCase={c} onAct={setActing} size="middle" />
          </Space>
        )}
        <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label="状态"><Tag color={AID_STATUS_COLORS[c.status]}>{AID_STATUS_LABELS[c.status]}</Tag></Descriptions.Item>
          <Descriptions.Item label="申请时间">{when(c.appliedAt)}</Descriptions.Item>
          <Descriptions.Item label="申请人">{c.applicantName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="身份证号码">{c.applicantIdNumber ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="受援人群">{c.applicantGroups.map((g) => APPLICANT_GROUP_LABELS[g]).join('、')}</Descriptions.Item>
          <Descriptions.Item label="绿色通道">{c.greenChannel ? '是' : '否'}</Descriptions.Item>
          <Descriptions.Item label="案件类型">{CASE_TYPE_LABELS[c.caseType]}</Descriptions.Item>
          <Descriptions.Item label="援助事项">{MATTER_LABELS[c.matter]}</Descriptions.Item>
          <Descriptions.Item label="申请渠道">{CHANNEL_LABELS[c.channel]}</Descriptions.Item>
          <Descriptions.Item label="受理时间">{when(c.acceptedAt)}{c.daysToAcceptance !== null && `（申请后 ${c.daysToAcceptance} 天）`}</Descriptions.Item>
          <Descriptions.Item label="不予受理时间">{when(c.rejectedAt)}</Descriptions.Item>
          <Descriptions.Item label="不予受理理由">{c.rejectionReason ? REJECTION_REASON_LABELS[c.rejectionReason] : '—'}</Descriptions.Item>
          <Descriptions.Item label="指派时间">{when(c.assignedAt)}</Descriptions.Item>
          <Descriptions.Item label="承办律师事务所">{c.lawFirm ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="承办律师">{c.lawyer ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="结案时间">{when(c.closedAt)}</Descriptions.Item>
          <Descriptions.Item label="结案结果">{c.result ? RESULT_LABELS[c.result] : '—'}</Descriptions.Item>
          <Descriptions.Item label="挽回损失或取得利益">{c.benefitFen === null ? '—' : `${fenToYuan(c.benefitFen)} 元`}</Descriptions.Item>
        </Descriptions>
      </Space>
      <AidActionModal action={acting} aidCase={acting ? c : undefined} onClose={() => setActing(undefined)} onDone={load} />
    </Card>
  );
}
