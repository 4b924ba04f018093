import { Alert, App, Button, Card, Col, DatePicker, Form, Input, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api, idempotencyKey, svc } from '../../api';
import { failure, showFieldProblems } from '../../form-problems';
import { options } from '../../labels';
import type { ReceiveReviewBody, Review } from '../../schemas';
import { MATTER_LABELS, REVIEW_CHANNEL_LABELS, REVIEW_WORDS } from '../admin-review-labels';
import { TIME } from './ReviewDesk';

interface Values {
  receivedAt: Dayjs;
  channel: ReceiveReviewBody['channel'];
  respondentAgency: string;
  matter: ReceiveReviewBody['matter'];
  applicantName?: string;
  applicantIdNumber?: string;
  applicantPhone?: string;
}

const optional = (v?: string) => (v?.trim() ? v.trim() : undefined);

/**
 * Receiving an application (收到复议申请), every field of POST /v1/reviews. The applicant's name, ID
 * number and phone are personal data: once saved the form is cleared and the page shows only the
 * masked values the API answered with; the full ones stay in the service.
 */
export function ReviewRegisterCard({ onRegistered }: { onRegistered: () => void }) {
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<Review>();
  const { message } = App.useApp();
  // One key per filled-in form: a double click or a retry after a lost answer registers one application.
  const [key, setKey] = useState(idempotencyKey);
  const submit = async (v: Values) => {
    setBusy(true);
    try {
      const [name, idNumber, phone] = [optional(v.applicantName), optional(v.applicantIdNumber), optional(v.applicantPhone)];
      const body: ReceiveReviewBody = {
        receivedAt: v.receivedAt.format(TIME),
        channel: v.channel,
        respondentAgency: v.respondentAgency.trim(),
        matter: v.matter,
        ...(name ? { applicantName: name } : {}),
        ...(idNumber ? { applicantIdNumber: idNumber } : {}),
        ...(phone ? { applicantPhone: phone } : {}),
      };
      const created = await api<Review>('POST', svc('administrative-review', '/v1/reviews'), body, { 'idempotency-key': key });
      setSaved(created);
      form.resetFields();
      setKey(idempotencyKey());
      onRegistered();
    } catch (e) {
      if (!showFieldProblems(form, e, REVIEW_WORDS)) message.error(failure(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card title="收到复议申请" size="small">
      {saved && (
        <div data-testid="registered">
          <Alert
            type="success"
            showIcon
            closable={{ onClose: () => setSaved(undefined) }}
            style={{ marginBottom: 16 }}
            title="申请已登记，待受理"
            description={
              <>
                申请人 {saved.applicantName ?? '（未填）'}，身份证号码 {saved.applicantIdNumber ?? '（未填）'}，联系电话 {saved.applicantPhone ?? '（未填）'}（个人信息只显示遮蔽后的内容）。
                <Link to={`/review/reviews/${saved.id}`}>查看案件</Link>
              </>
            }
          />
        </div>
      )}
      <Form form={form} layout="vertical" onFinish={submit} onValuesChange={() => setKey(idempotencyKey())}>
        <Row gutter={12}>
          <Col xs={24} sm={12} xl={24}>
            <Form.Item name="receivedAt" label="收到申请时间" rules={[{ required: true, message: '请选择收到申请时间' }]}>
              <DatePicker showTime style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} xl={24}>
            <Form.Item name="channel" label="申请方式" rules={[{ required: true, message: '请选择申请方式' }]} extra="网上申请：经全国行政复议平台提交">
              <Select options={options(REVIEW_CHANNEL_LABELS)} placeholder="请选择" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="respondentAgency"
          label="被申请人（行政机关）"
          rules={[{ required: true, whitespace: true, message: '请输入被申请人' }, { max: 200, message: '不超过 200 字' }]}
        >
          <Input placeholder="如 重庆市沙坪坝区市场监督管理局" />
        </Form.Item>
        <Form.Item name="matter" label="复议事项" rules={[{ required: true, message: '请选择复议事项' }]}>
          <Select options={options(MATTER_LABELS)} placeholder="请选择" />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} sm={12} xl={24}>
            <Form.Item name="applicantName" label="申请人姓名" rules={[{ max: 100, message: '不超过 100 字' }]}>
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} xl={24}>
            <Form.Item name="applicantIdNumber" label="身份证号码" rules={[{ pattern: /^\s*\d{17}[\dXx]\s*$/, message: '身份证号码应为 17 位数字加 1 位数字或 X' }]}>
              <Input autoComplete="off" maxLength={18} spellCheck={false} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} xl={24}>
            <Form.Item name="applicantPhone" label="联系电话" rules={[{ pattern: /^\s*[0-9+() -]{3,30}\s*$/, message: '联系电话只能含数字、空格、+、-、括号，3–30 个字符' }]}>
              <Input autoComplete="off" inputMode="tel" placeholder="如 023-65000000" />
            </Form.Item>
          </Col>
        </Row>
        <Button type="primary" htmlType="submit" loading={busy}>登记</Button>
      </Form>
    </Card>
  );
}
