import { Alert, App, Button, Card, Col, DatePicker, Form, Input, Row, Select, Switch } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api, idempotencyKey, svc } from '../api';
import { failure, showFieldProblems } from '../form-problems';
import { options } from '../labels';
import type { AidCase, ApplyForAidBody } from '../schemas';
import { AID_WORDS, APPLICANT_GROUP_LABELS, CASE_TYPE_LABELS, CHANNEL_LABELS, MATTER_LABELS } from './legal-aid-labels';

const TIME = 'YYYY-MM-DDTHH:mm:ssZ';

interface RegisterValues {
  applicantName?: string;
  applicantIdNumber?: string;
  applicantGroups: ApplyForAidBody['applicantGroups'];
  caseType: ApplyForAidBody['caseType'];
  matter: ApplyForAidBody['matter'];
  channel: ApplyForAidBody['channel'];
  appliedAt: Dayjs;
  greenChannel: boolean;
}

/**
 * The application form, every field of POST /v1/cases. The applicant's name and ID number are
 * personal data: once saved the form is cleared and the page shows only the masked values the API
 * answered with (张*, 5001**********1234); the full ones stay in the service.
 */
export function AidRegisterCard({ onRegistered }: { onRegistered: () => void }) {
  const [form] = Form.useForm<RegisterValues>();
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<AidCase>();
  const { message } = App.useApp();
  // One key per filled-in form: a double click or a retry after a lost answer registers one application.
  const [key, setKey] = useState(idempotencyKey);
  const submit = async (v: RegisterValues) => {
    setBusy(true);
    try {
      const body: ApplyForAidBody = {
        applicantGroups: v.applicantGroups,
        caseType: v.caseType,
        matter: v.matter,
        channel: v.channel,
        appliedAt: v.appliedAt.format(TIME),
        greenChannel: v.greenChannel,
        ...(v.applicantName?.trim() ? { applicantName: v.applicantName.trim() } : {}),
        ...(v.applicantIdNumber?.trim() ? { applicantIdNumber: v.applicantIdNumber.trim() } : {}),
      };
      const created = await api<AidCase>('POST', svc('legal-aid', '/v1/cases'), body, { 'idempotency-key': key });
      setSaved(created);
      form.resetFields();
      setKey(idempotencyKey());
      onRegistered();
    } catch (e) {
      if (!showFieldProblems(form, e, AID_WORDS)) message.error(failure(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card title="登记援助申请" size="small">
      {saved && (
        <div data-testid="registered">
          <Alert
            type="success"
            showIcon
            closable={{ onClose: () => setSaved(undefined) }}
            style={{ marginBottom: 16 }}
            title="申请已登记"
            description={
              <>
                申请人 {saved.applicantName ?? '（未填）'}，身份证号码 {saved.applicantIdNumber ?? '（未填）'}（个人信息只显示遮蔽后的内容）。
                <Link to={`/legal-aid/cases/${saved.id}`}>查看案件</Link>
              </>
            }
          />
        </div>
      )}
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ greenChannel: false }} onValuesChange={() => setKey(idempotencyKey())}>
        <Row gutter={12}>
          {/* Full width in the narrow card beside the list (xl): an 18-character number and its problems need the room. */}
          <Col xs={24} sm={12} xl={24}>
            <Form.Item name="applicantName" label="申请人姓名" rules={[{ max: 50, message: '不超过 50 字' }]}>
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} xl={24}>
            <Form.Item name="applicantIdNumber" label="身份证号码" rules={[{ pattern: /^\s*\d{17}[\dXx]\s*$/, message: '身份证号码应为 17 位数字加 1 位数字或 X' }]}>
              <Input autoComplete="off" maxLength={18} inputMode="text" spellCheck={false} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="applicantGroups" label="受援人群" rules={[{ required: true, message: '请至少选择一类受援人群' }]}>
          <Select mode="multiple" options={options(APPLICANT_GROUP_LABELS)} placeholder="可多选" />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item name="caseType" label="案件类型" rules={[{ required: true, message: '请选择案件类型' }]}>
              <Select options={options(CASE_TYPE_LABELS)} placeholder="请选择" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="matter" label="援助事项" rules={[{ required: true, message: '请选择援助事项' }]}>
              <Select options={options(MATTER_LABELS)} placeholder="请选择" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="channel" label="申请渠道" rules={[{ required: true, message: '请选择申请渠道' }]}>
              <Select options={options(CHANNEL_LABELS)} placeholder="请选择" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="appliedAt" label="申请时间" rules={[{ required: true, message: '请选择申请时间' }]}>
              <DatePicker showTime style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="greenChannel" label="绿色通道" valuePropName="checked" extra="如农民工追索劳动报酬等快速办理的申请">
          <Switch />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>登记</Button>
      </Form>
    </Card>
  );
}
