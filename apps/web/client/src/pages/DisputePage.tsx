import { Button, Card, Descriptions, Result, Skeleton, Tag } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api, ApiError, svc } from '../api';
import { AGREEMENT_LABELS, CATEGORY_LABELS, SOURCE_LABELS, STATUS_COLORS, STATUS_LABELS } from '../labels';
import { fenToYuan } from '../money';
import { Dispute } from './disputes';

const when = (t: string | null) => (t ? dayjs(t).format('YYYY-MM-DD HH:mm') : '—');
const yuan = (f: number | null) => (f === null ? '—' : `${fenToYuan(f)} 元`);

/** One dispute; another committee's is a 403 from the API, shown as such. */
export function DisputePage() {
  const { id } = useParams();
  const [d, setD] = useState<Dispute>();
  const [error, setError] = useState<ApiError>();
  useEffect(() => {
    api<Dispute>('GET', svc('mediation', `/v1/disputes/${encodeURIComponent(id ?? '')}`)).then(setD).catch((e) => setError(e instanceof ApiError ? e : new ApiError(0, undefined, String(e))));
  }, [id]);
  const back = <Link to="/mediation"><Button>返回纠纷列表</Button></Link>;
  if (error?.status === 403) return <Result status="403" title="403" subTitle="无权查看该纠纷：它不属于您所在的调委会。" extra={back} />;
  if (error?.status === 404 || error?.status === 400) return <Result status="404" title="404" subTitle="没有找到该纠纷。" extra={back} />;
  if (error) return <Result status="error" title="无法读取纠纷" subTitle={error.message} extra={back} />;
  if (!d) return <Skeleton active />;
  return (
    <Card title="纠纷详情" extra={back}>
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label="调委会">{d.committeeCode}</Descriptions.Item>
        <Descriptions.Item label="状态"><Tag color={STATUS_COLORS[d.status]}>{STATUS_LABELS[d.status]}</Tag></Descriptions.Item>
        <Descriptions.Item label="纠纷类别">{CATEGORY_LABELS[d.category] ?? d.category}</Descriptions.Item>
        <Descriptions.Item label="纠纷来源">{SOURCE_LABELS[d.source] ?? d.source}</Descriptions.Item>
        <Descriptions.Item label="受理时间">{when(d.receivedAt)}</Descriptions.Item>
        <Descriptions.Item label="当事人数">{d.partyCount}</Descriptions.Item>
        <Descriptions.Item label="涉及金额">{yuan(d.amountInvolvedFen)}</Descriptions.Item>
        <Descriptions.Item label="办结时间">{when(d.concludedAt)}</Descriptions.Item>
        <Descriptions.Item label="协议形式">{d.agreement ? AGREEMENT_LABELS[d.agreement] : '—'}</Descriptions.Item>
        <Descriptions.Item label="协议金额">{yuan(d.agreementAmountFen)}</Descriptions.Item>
        <Descriptions.Item label="撤回时间">{when(d.withdrawnAt)}</Descriptions.Item>
        <Descriptions.Item label="撤回原因">{d.withdrawalReason ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="简要情况" span={2}>{d.summary ?? '—'}</Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
