import { App, Button, Card, DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { api, idempotencyKey, svc } from '../../api';
import { failure, showFieldProblems } from '../../form-problems';
import { options } from '../../labels';
import type { FileLawsuitBody, Lawsuit } from '../../schemas';
import { LAWSUIT_WORDS, MATTER_LABELS } from '../admin-review-labels';
import { TIME } from './ReviewDesk';

interface Values {
  filedAt: Dayjs;
  defendantAgency: string;
  court: string;
  matter: FileLawsuitBody['matter'];
}

/** Filing a lawsuit against a district agency (行政应诉登记), every field of POST /v1/lawsuits; then its page, to record hearings. */
export function LawsuitFileCard() {
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [key, setKey] = useState(idempotencyKey);
  const submit = async (v: Values) => {
    setBusy(true);
    try {
      const body: FileLawsuitBody = { filedAt: v.filedAt.format(TIME), defendantAgency: v.defendantAgency.trim(), court: v.court.trim(), matter: v.matter };
      const created = await api<Lawsuit>('POST', svc('administrative-review', '/v1/lawsuits'), body, { 'idempotency-key': key });
      message.success('应诉案件已登记');
      navigate(`/review/lawsuits/${created.id}`);
    } catch (e) {
      if (!showFieldProblems(form, e, LAWSUIT_WORDS)) message.error(failure(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card title="登记行政应诉案件" size="small">
      <Form form={form} layout="vertical" onFinish={submit} onValuesChange={() => setKey(idempotencyKey())}>
        <Form.Item name="filedAt" label="立案时间" rules={[{ required: true, message: '请选择立案时间' }]}>
          <DatePicker showTime style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="defendantAgency" label="被告行政机关" rules={[{ required: true, whitespace: true, message: '请输入被告行政机关' }, { max: 200, message: '不超过 200 字' }]}>
          <Input placeholder="如 重庆市沙坪坝区人民政府" />
        </Form.Item>
        <Form.Item name="court" label="审理法院" rules={[{ required: true, whitespace: true, message: '请输入审理法院' }, { max: 200, message: '不超过 200 字' }]}>
          <Input placeholder="如 重庆铁路运输法院" />
        </Form.Item>
        <Form.Item name="matter" label="被诉行政行为" rules={[{ required: true, message: '请选择被诉行政行为' }]}>
          <Select options={options(MATTER_LABELS)} placeholder="请选择" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>登记</Button>
      </Form>
    </Card>
  );
}
