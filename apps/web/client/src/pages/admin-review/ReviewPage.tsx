import { Alert, Button, Card, Descriptions, Result, Skeleton, Space, Tag } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api, ApiError, svc } from '../../api';
import { deadlineOf } from '../../deadline';
import type { Review } from '../../schemas';
import { DECISION_LABELS, MATTER_LABELS, REVIEW_ACTIONS, REVIEW_CHANNEL_LABELS, REVIEW_STATUS_COLORS, REVIEW_STATUS_LABELS, ReviewAction } from '../admin-review-labels';
import { ReviewActionButtons, ReviewActionModal } from './ReviewActions';
import { DeadlineTag, LABEL_NOWRAP, NoAccess, ReviewDeskHeader, when } from './ReviewDesk';

/** One review, personal data masked as the API answers it, its deadline and days left, with the actions its status allows. */
export function ReviewPage() {
  const { id } = useParams();
  const [r, setR] = useState<Review>();
  const [error, setError] = useState<ApiError>();
  const [acting, setActing] = useState<ReviewAction>();
  const load = useCallback(() => {
    api<Review>('GET', svc('administrative-review', `/v1/reviews/${encodeURIComponent(id ?? '')}`))
      .then(setR)
      .catch((e) => setError(e instanceof ApiError ? e : new ApiError(0, undefined, String(e))));
  }, [id]);
  useEffect(load, [load]);
  const back = <Link to="/review"><Button>返回复议案件列表</Button></Link>;
  if (error?.status === 403) return <NoAccess />;
  if (error?.status === 404 || error?.status === 400) return <Result status="404" title="404" subTitle="没有找到该复议案件。" extra={back} />;
  if (error) return <Result status="error" title="无法读取复议案件" subTitle={error.message} extra={back} />;
  if (!r) return <Skeleton active />;
  const d = deadlineOf(r, new Date());
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <ReviewDeskHeader />
      <Card title="复议案件详情" extra={back}>
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          {d.tone === 'overdue' && <Alert type="error" showIcon title={`已超过决定期限（${d.dueDate}），${d.text}`} data-testid="overdue-alert" />}
          {d.tone === 'soon' && <Alert type="warning" showIcon title={`决定期限 ${d.dueDate} 临近：${d.text}`} />}
          {REVIEW_ACTIONS[r.status].length > 0 && (
            <Space wrap>
              <ReviewActionButtons review={r} onAct={setActing} size="middle" />
            </Space>
          )}
          <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} styles={LABEL_NOWRAP}>
            <Descriptions.Item label="状态"><Tag color={REVIEW_STATUS_COLORS[r.status]}>{REVIEW_STATUS_LABELS[r.status]}</Tag></Descriptions.Item>
            <Descriptions.Item label="收到申请时间">{when(r.receivedAt)}</Descriptions.Item>
            <Descriptions.Item label="申请方式">{REVIEW_CHANNEL_LABELS[r.channel]}</Descriptions.Item>
            <Descriptions.Item label="复议事项">{MATTER_LABELS[r.matter]}</Descriptions.Item>
            <Descriptions.Item label="被申请人" span={{ xs: 1, md: 2 }}>{r.respondentAgency}</Descriptions.Item>
            <Descriptions.Item label="申请人">{r.applicantName ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="身份证号码">{r.applicantIdNumber ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="联系电话">{r.applicantPhone ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="受理时间">{when(r.acceptedAt)}</Descriptions.Item>
            <Descriptions.Item label="决定期限">
              <span data-testid="due-date">{d.dueDate ?? '—'}</span>
              {d.dueDate && '（北京时间当日 24 时届满）'}
            </Descriptions.Item>
            <Descriptions.Item label="剩余天数"><span data-testid="days-left"><DeadlineTag deadline={d} /></span></Descriptions.Item>
            <Descriptions.Item label="延期">{r.extended ? `延长 ${r.extensionDays} 天（${when(r.extendedAt)} 决定）` : '未延期'}</Descriptions.Item>
            <Descriptions.Item label="复议决定">{r.decision ? DECISION_LABELS[r.decision] : '—'}</Descriptions.Item>
            <Descriptions.Item label="决定时间">{when(r.decidedAt)}{r.late && <Tag color="volcano" style={{ marginInlineStart: 8 }}>逾期作出</Tag>}</Descriptions.Item>
            <Descriptions.Item label="不予受理时间">{when(r.rejectedAt)}</Descriptions.Item>
            <Descriptions.Item label="不予受理理由" span={{ xs: 1, md: 2 }}>{r.rejectionReason ?? '—'}</Descriptions.Item>
          </Descriptions>
        </Space>
        <ReviewActionModal action={acting} review={acting ? r : undefined} onClose={() => setActing(undefined)} onDone={load} />
      </Card>
    </Space>
  );
}
