import { Alert, App, Button, Card, Descriptions, Flex, Form, Input, Modal, Result, Skeleton, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api, ApiError, idempotencyKey, svc } from '../api';
import { AGREEMENT_LABELS, CATEGORY_LABELS, SOURCE_LABELS, STATUS_COLORS, STATUS_LABELS } from '../labels';
import { fenToYuan } from '../money';
import { CorrectDisputeBody } from '../schemas';
import { Dispute, failure, showFieldProblems } from './disputes';

const when = (t: string | null) => (t ? dayjs(t).format('YYYY-MM-DD HH:mm') : '—');
const yuan = (f: number | null) => (f === null ? '—' : `${fenToYuan(f)} 元`);
const RESULT_LABELS: Record<CorrectDisputeBody['result'], string> = { success: '调解成功', failure: '调解不成' };

/** The statuses a correction is open from (the service's state machine: a concluded dispute, to the other result). */
const correctable = (d: Dispute) => d.status === 'succeeded' || d.status === 'failed';

/** One dispute; another committee's is a 403 from the API, shown as such. A concluded one can have its result corrected. */
export function DisputePage() {
  const { id } = useParams();
  const [d, setD] = useState<Dispute>();
  const [error, setError] = useState<ApiError>();
  const [correcting, setCorrecting] = useState(false);
  useEffect(() => {
    api<Dispute>('GET', svc('mediation', `/v1/disputes/${encodeURIComponent(id ?? '')}`)).then(setD).catch((e) => setError(e instanceof ApiError ? e : new ApiError(0, undefined, String(e))));
  }, [id]);
  const back = <Link to="/mediation"><Button>返回纠纷列表</Button></Link>;
  if (error?.status === 403) return <Result status="403" title="403" subTitle="无权查看该纠纷：它不属于您所在的调委会。" extra={back} />;
  if (error?.status === 404 || error?.status === 400) return <Result status="404" title="404" subTitle="没有找到该纠纷。" extra={back} />;
  if (error) return <Result status="error" title="无法读取纠纷" subTitle={error.message} extra={back} />;
  if (!d) return <Skeleton active />;
  return (
    <Card
      title="纠纷详情"
      extra={back}
    >
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label="调委会">{d.committeeCode}</Descriptions.Item>
        <Descriptions.Item label="状态"><Tag color={STATUS_COLORS[d.status]} data-testid="dispute-status">{STATUS_LABELS[d.status]}</Tag></Descriptions.Item>
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
      {correctable(d) && (
        <Flex gap={12} align="center" justify="end" wrap style={{ marginTop: 16 }}>
          <Typography.Text type="secondary">办结时登记的结果有误？</Typography.Text>
          <Button onClick={() => setCorrecting(true)}>更正调解结果</Button>
        </Flex>
      )}
      <CorrectModal dispute={correcting ? d : undefined} onClose={() => setCorrecting(false)} onDone={setD} />
    </Card>
  );
}

/**
 * 更正调解结果: a conclusion recorded with the wrong result turns to the other one (成功 ↔不成), with
 * a reason kept in the mediation service only; the conclusion time stays, and the report moves the
 * dispute between succeeded and failed of that year.
 */
function CorrectModal({ dispute, onClose, onDone }: { dispute?: Dispute; onClose: () => void; onDone: (d: Dispute) => void }) {
  const [form] = Form.useForm<{ reason: string }>();
  const [busy, setBusy] = useState(false);
  const { message } = App.useApp();
  const [key, setKey] = useState(idempotencyKey);
  useEffect(() => setKey(idempotencyKey()), [dispute]);
  // The only correction there is: to the other result (the service refuses one to the same result).
  const to: CorrectDisputeBody['result'] = dispute?.status === 'succeeded' ? 'failure' : 'success';
  const submit = async (v: { reason: string }) => {
    setBusy(true);
    try {
      const body: CorrectDisputeBody = { result: to, reason: v.reason.trim() };
      const corrected = await api<Dispute>('POST', svc('mediation', `/v1/disputes/${dispute!.id}/correction`), body, { 'idempotency-key': key });
      message.success(`调解结果已更正为${RESULT_LABELS[to]}`);
      onDone(corrected);
      onClose();
    } catch (e) {
      if (!showFieldProblems(form, e)) message.error(failure(e, STATUS_LABELS));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open={dispute !== undefined} title="更正调解结果" okText="更正" cancelText="取消" onCancel={onClose} onOk={() => form.submit()} confirmLoading={busy} destroyOnHidden>
      {dispute && (
        <>
          <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
            <Descriptions.Item label="当前结果">{STATUS_LABELS[dispute.status]}</Descriptions.Item>
            <Descriptions.Item label="更正为"><Tag color={to === 'success' ? 'success' : 'error'} data-testid="correct-to">{RESULT_LABELS[to]}</Tag></Descriptions.Item>
            <Descriptions.Item label="办结时间">{when(dispute.concludedAt)}（不变）</Descriptions.Item>
          </Descriptions>
          {to === 'failure' && dispute.agreement !== null && (
            <Alert type="warning" showIcon style={{ marginBottom: 12 }} title="调解不成没有调解协议：更正后协议形式与协议金额将被清除。" />
          )}
        </>
      )}
      <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
        <Form.Item name="reason" label="更正原因" extra="仅保存在人民调解服务中，不进入年度报告" rules={[{ required: true, whitespace: true, message: '请填写更正原因' }, { max: 500, message: '不超过 500 字' }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
