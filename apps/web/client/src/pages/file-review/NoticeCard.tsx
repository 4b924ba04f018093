import { Alert, App, Button, Card, DatePicker, Form } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { api, idempotencyKey, svc } from '../../api';
import { showFieldProblems } from '../../form-problems';
import type { Campaign } from '../../schemas';
import { failure } from '../disputes';
import { inChinese } from '../file-review-labels';

const TIME = 'YYYY-MM-DDTHH:mm:ssZ';

/** Issuing the notice (通报): the problem list goes to the agencies and the campaign takes no more reviews. */
export function NoticeCard({ campaign: c, onIssued }: { campaign: Campaign; onIssued: () => void }) {
  const [form] = Form.useForm<{ issuedAt?: Dayjs }>();
  const [busy, setBusy] = useState(false);
  const { message, modal } = App.useApp();
  const [key, setKey] = useState(idempotencyKey);

  const issue = async (v: { issuedAt?: Dayjs }) => {
    setBusy(true);
    try {
      await api('POST', svc('file-review', `/v1/campaigns/${c.id}/notice`), { issuedAt: v.issuedAt!.format(TIME) }, { 'idempotency-key': key });
      message.success('通报已发布');
      onIssued();
    } catch (e) {
      if (!showFieldProblems(form, e, { inWords: inChinese })) message.error(failure(e));
    } finally {
      setBusy(false);
    }
  };
  const confirm = (v: { issuedAt?: Dayjs }) =>
    modal.confirm({
      title: '确认发布通报',
      content: `向全区通报问题清单（已评查 ${c.counts.reviewed} 件，发现问题 ${c.counts.problems} 个）。通报后不能再评查${c.counts.awaitingReview > 0 ? `，尚未评查的 ${c.counts.awaitingReview} 件将不再评查` : ''}。`,
      okText: '发布通报',
      cancelText: '取消',
      onOk: () => issue(v),
    });

  return (
    <Card title="发布通报" size="small">
      {c.counts.awaitingReview > 0 && (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={`还有 ${c.counts.awaitingReview} 件抽中的案卷没有评查；通报后就不能再评查了。`} />
      )}
      <Form form={form} layout="vertical" onFinish={confirm} onValuesChange={() => setKey(idempotencyKey())}>
        <Form.Item name="issuedAt" label="通报时间" rules={[{ required: true, message: '请选择通报时间' }]} extra="不能早于最后一次评查的时间">
          <DatePicker showTime style={{ width: '100%' }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>发布通报</Button>
      </Form>
    </Card>
  );
}
