import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Flex, Form, Input, InputNumber, Row, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { api, ApiError, idempotencyKey, svc } from '../../api';
import { showFieldProblems } from '../../form-problems';
import { options } from '../../labels';
import type { Campaign, CampaignSummary, OpenCampaign, Paged } from '../../schemas';
import { failure } from '../disputes';
import { CAMPAIGN_STATUS_COLORS, CAMPAIGN_STATUS_LABELS, inChinese, PANEL_ROLE_LABELS } from '../file-review-labels';

/** 案卷评查: the campaigns (by year and status, paged by cursor) and opening a new one. */
export function CampaignsPage() {
  const { message } = App.useApp();
  const [rows, setRows] = useState<CampaignSummary[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [year, setYear] = useState<number | null>(null);
  const [status, setStatus] = useState<string>();

  const load = useCallback(async (cursor: string | null) => {
    setBusy(true);
    try {
      const q = new URLSearchParams({ limit: '20' });
      if (year) q.set('year', String(year));
      if (status) q.set('status', status);
      if (cursor) q.set('cursor', cursor);
      const page = await api<Paged<CampaignSummary>>('GET', svc('file-review', `/v1/campaigns?${q}`));
      setRows((old) => (cursor ? [...old, ...page.items] : page.items));
      setNext(page.nextCursor);
    } catch (e) {
      message.error(failure(e));
    } finally {
      setBusy(false);
    }
  }, [year, status, message]);

  useEffect(() => void load(null), [load]);

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0 }}>案卷评查</Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={9}>
          <OpenCampaignCard />
        </Col>
        <Col xs={24} xl={15}>
          <Card title="评查活动" size="small">
            <Flex gap={12} wrap style={{ marginBottom: 12 }}>
              <Space>
                <label htmlFor="filter-year">按年度</label>
                <InputNumber id="filter-year" min={2000} max={2100} precision={0} placeholder="全部" value={year} onChange={(v) => setYear(typeof v === 'number' && v >= 2000 && v <= 2100 ? v : null)} style={{ width: 100 }} />
              </Space>
              <Space>
                <label htmlFor="filter-status">按状态</label>
                <Select id="filter-status" allowClear placeholder="全部" style={{ width: 150 }} value={status} onChange={setStatus} options={options(CAMPAIGN_STATUS_LABELS)} />
              </Space>
            </Flex>
            <Table<CampaignSummary>
              size="small"
              rowKey="id"
              dataSource={rows}
              loading={busy}
              pagination={false}
              scroll={{ x: 640 }}
              columns={[
                { title: '年度', dataIndex: 'year', width: 70 },
                { title: '名称', dataIndex: 'title', render: (t: string, c) => <Link to={`/file-review/campaigns/${c.id}`}>{t}</Link> },
                { title: '状态', dataIndex: 'status', width: 140, render: (s: Campaign['status']) => <Tag color={CAMPAIGN_STATUS_COLORS[s]}>{CAMPAIGN_STATUS_LABELS[s]}</Tag> },
                { title: '抽取', dataIndex: 'sampleSize', width: 70, render: (n: number | null) => (n === null ? '—' : `${n} 件`) },
                { title: '通报时间', dataIndex: 'issuedAt', width: 150, render: (t: string | null) => (t ? dayjs(t).format('YYYY-MM-DD HH:mm') : '—') },
              ]}
            />
            {next && <Button block style={{ marginTop: 12 }} onClick={() => load(next)} loading={busy}>加载更多</Button>}
          </Card>
        </Col>
      </Row>
    </Space>
  );
}

/** Opening a campaign: year, title (unique within the year) and the panel (评查组), one member at least. */
function OpenCampaignCard() {
  const [form] = Form.useForm<OpenCampaign>();
  const [busy, setBusy] = useState(false);
  const { message } = App.useApp();
  const navigate = useNavigate();
  // One key per filled-in form: a double click opens one campaign, not two.
  const [key, setKey] = useState(idempotencyKey);
  const submit = async (v: OpenCampaign) => {
    setBusy(true);
    try {
      const body: OpenCampaign = { year: v.year, title: v.title, panel: v.panel.map((m) => ({ role: m.role, ...(m.name?.trim() ? { name: m.name } : {}) })) };
      const opened = await api<Campaign>('POST', svc('file-review', '/v1/campaigns'), body, { 'idempotency-key': key });
      message.success('评查活动已创建');
      navigate(`/file-review/campaigns/${opened.id}`);
    } catch (e) {
      if (e instanceof ApiError && e.code === 'CAMPAIGN.TITLE_TAKEN') form.setFields([{ name: 'title', errors: [`${v.year} 年度已有同名的评查活动`] }]);
      else if (!showFieldProblems(form, e, { inWords: inChinese })) message.error(failure(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card title="新建评查活动" size="small">
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        onValuesChange={() => setKey(idempotencyKey())}
        initialValues={{ year: new Date().getFullYear(), panel: [{ role: 'npc-deputy' }] }}
      >
        <Row gutter={12}>
          <Col xs={24} sm={8}>
            <Form.Item name="year" label="年度" rules={[{ required: true, message: '请输入年度' }]}>
              <InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={16}>
            <Form.Item name="title" label="活动名称" rules={[{ required: true, whitespace: true, message: '请输入活动名称' }, { max: 200, message: '不超过 200 字' }]}>
              <Input placeholder="如 2021年度行政处罚案卷集中评查" />
            </Form.Item>
          </Col>
        </Row>
        <Typography.Text strong>评查组成员</Typography.Text>
        <Form.List name="panel" rules={[{ validator: (_, v?: unknown[]) => (v && v.length > 0 ? Promise.resolve() : Promise.reject(new Error('评查组至少一名成员'))) }]}>
          {(fields, { add, remove }, { errors }) => (
            <>
              {fields.map((f, i) => (
                <Flex key={f.key} gap={8} align="start" style={{ marginTop: 8 }}>
                  <Form.Item name={[f.name, 'role']} label={`成员 ${i + 1} 身份`} rules={[{ required: true, message: '请选择身份' }]} style={{ flex: '0 0 130px', marginBottom: 8 }}>
                    <Select options={options(PANEL_ROLE_LABELS)} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'name']} label={`成员 ${i + 1} 姓名（可不填）`} rules={[{ max: 100, message: '不超过 100 字' }]} style={{ flex: 1, minWidth: 0, marginBottom: 8 }}>
                    <Input />
                  </Form.Item>
                  <Button type="text" aria-label={`删除成员 ${i + 1}`} icon={<MinusCircleOutlined />} onClick={() => remove(f.name)} disabled={fields.length === 1} style={{ marginTop: 30 }} />
                </Flex>
              ))}
              <Form.ErrorList errors={errors} />
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ role: 'legal-adviser' })} block style={{ margin: '4px 0 16px' }}>添加成员</Button>
            </>
          )}
        </Form.List>
        <Button type="primary" htmlType="submit" loading={busy}>创建</Button>
      </Form>
    </Card>
  );
}
