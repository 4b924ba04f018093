import { Alert, App, Button, Card, Col, DatePicker, Flex, Form, Input, Result, Row, Select, Skeleton, Space, Statistic, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { api, ApiError, idempotencyKey, svc } from '../api';
import { failure, showFieldProblems } from '../form-problems';
import { options } from '../labels';
import type { AdviserCoverage, LegalDocument, Paged, SubmitDocumentBody } from '../schemas';
import { DOCUMENT_KIND_LABELS, DOCUMENT_STATUS_COLORS, DOCUMENT_STATUS_LABELS } from './legal-affairs-labels';

const TIME = 'YYYY-MM-DDTHH:mm:ssZ';

interface SubmitValues {
  unit: string;
  title: string;
  kind: SubmitDocumentBody['kind'];
  submittedAt: Dayjs;
}

/**
 * The legal-affairs section's page (法制审查): the documents submitted for legality review, paged by
 * cursor and filtered by status; submitting one; and the advisers' coverage of the district units now.
 */
export function LegalAffairsPage() {
  const { message } = App.useApp();
  const [rows, setRows] = useState<LegalDocument[]>();
  const [next, setNext] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [denied, setDenied] = useState<ApiError>();
  const [status, setStatus] = useState<LegalDocument['status']>();
  const [coverage, setCoverage] = useState<AdviserCoverage>();

  const load = useCallback(async (cursor: string | null) => {
    setBusy(true);
    try {
      const q = new URLSearchParams({ limit: '20' });
      if (status) q.set('status', status);
      if (cursor) q.set('cursor', cursor);
      const page = await api<Paged<LegalDocument>>('GET', svc('legal-affairs', `/v1/documents?${q}`));
      setRows((old) => (cursor ? [...(old ?? []), ...page.items] : page.items));
      setNext(page.nextCursor);
      if (!cursor) setCoverage(await api<AdviserCoverage>('GET', svc('legal-affairs', '/v1/adviser-coverage')));
    } catch (e) {
      if (e instanceof ApiError && e.status === 403) setDenied(e);
      else message.error(failure(e));
      setRows((old) => old ?? []);
    } finally {
      setBusy(false);
    }
  }, [status, message]);

  useEffect(() => void load(null), [load]);

  if (denied) return <NoAccess />;
  if (rows === undefined) return <Skeleton active />;

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0 }}>法制审查</Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={8}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <SubmitCard onSubmitted={() => load(null)} />
            <CoverageCard coverage={coverage} />
          </Space>
        </Col>
        <Col xs={24} xl={16}>
          <Card title="合法性审查文件" size="small">
            <Flex gap={12} wrap style={{ marginBottom: 12 }}>
              <Space>
                <label htmlFor="doc-filter-status">状态</label>
                <Select id="doc-filter-status" allowClear placeholder="全部" style={{ width: 130 }} value={status} onChange={setStatus} options={options(DOCUMENT_STATUS_LABELS)} />
              </Space>
            </Flex>
            <Table<LegalDocument>
              size="small"
              rowKey="id"
              dataSource={rows}
              loading={busy}
              pagination={false}
              scroll={{ x: 640 }}
              columns={[
                { title: '报送时间', dataIndex: 'submittedAt', width: 140, render: (t: string) => dayjs(t).format('YYYY-MM-DD HH:mm') },
                { title: '报送单位', dataIndex: 'unit', width: 180 },
                { title: '文件名称', dataIndex: 'title' },
                { title: '类别', dataIndex: 'kind', width: 90, render: (k: LegalDocument['kind']) => DOCUMENT_KIND_LABELS[k] },
                { title: '状态', dataIndex: 'status', width: 100, render: (s: LegalDocument['status']) => <Tag color={DOCUMENT_STATUS_COLORS[s]}>{DOCUMENT_STATUS_LABELS[s]}</Tag> },
              ]}
            />
            {next && <Button block style={{ marginTop: 12 }} onClick={() => load(next)} loading={busy}>加载更多</Button>}
          </Card>
        </Col>
      </Row>
    </Space>
  );
}

/** POST /v1/documents: a district unit's document submitted for legality review. */
function SubmitCard({ onSubmitted }: { onSubmitted: () => void }) {
  const [form] = Form.useForm<SubmitValues>();
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<LegalDocument>();
  const { message } = App.useApp();
  // One key per filled-in form: a double click or a retry after a lost answer submits one document.
  const [key, setKey] = useState(idempotencyKey);
  const submit = async (v: SubmitValues) => {
    setBusy(true);
    try {
      const body: SubmitDocumentBody = { unit: v.unit.trim(), title: v.title.trim(), kind: v.kind, submittedAt: v.submittedAt.format(TIME) };
      setSaved(await api<LegalDocument>('POST', svc('legal-affairs', '/v1/documents'), body, { 'idempotency-key': key }));
      form.resetFields();
      setKey(idempotencyKey());
      onSubmitted();
    } catch (e) {
      if (!showFieldProblems(form, e)) message.error(failure(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card title="登记报审文件" size="small">
      {saved && (
        <div data-testid="submitted">
          <Alert type="success" showIcon closable={{ onClose: () => setSaved(undefined) }} style={{ marginBottom: 16 }} title="文件已登记" description={`${saved.unit}：${saved.title}`} />
        </div>
      )}
      <Form form={form} layout="vertical" onFinish={submit} onValuesChange={() => setKey(idempotencyKey())}>
        <Form.Item name="unit" label="报送单位" rules={[{ required: true, whitespace: true, message: '请填写报送单位' }, { max: 200, message: '不超过 200 字' }]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="title" label="文件名称" rules={[{ required: true, whitespace: true, message: '请填写文件名称' }, { max: 300, message: '不超过 300 字' }]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item name="kind" label="文件类别" rules={[{ required: true, message: '请选择文件类别' }]}>
              <Select options={options(DOCUMENT_KIND_LABELS)} placeholder="请选择" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="submittedAt" label="报送时间" rules={[{ required: true, message: '请选择报送时间' }]}>
              <DatePicker showTime style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Button type="primary" htmlType="submit" loading={busy}>登记</Button>
      </Form>
    </Card>
  );
}

/** GET /v1/adviser-coverage now: 区级单位法律顾问覆盖. */
function CoverageCard({ coverage }: { coverage?: AdviserCoverage }) {
  return (
    <Card title="区级单位法律顾问覆盖" size="small" data-testid="coverage">
      {coverage === undefined ? <Skeleton active paragraph={{ rows: 1 }} /> : (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Statistic title="有法律顾问的单位 / 区级单位" value={`${coverage.covered} / ${coverage.units}`} />
          {coverage.full ? <Tag color="green">已全覆盖</Tag> : coverage.units === 0 ? <Typography.Text type="secondary">尚未登记区级单位</Typography.Text> : (
            <div>
              <Typography.Text>尚无法律顾问：</Typography.Text>
              <Flex gap={4} wrap>{coverage.uncovered.map((u) => <Tag key={u}>{u}</Tag>)}</Flex>
            </div>
          )}
        </Space>
      )}
    </Card>
  );
}

/** What a role the legal-affairs service refuses (403) sees at /legal-affairs. */
function NoAccess() {
  return (
    <Result
      status="403"
      title="无权访问法制审查"
      subTitle="法制审查只有法制审查工作人员和系统管理员可以查看和办理。"
      extra={<Link to="/"><Button type="primary">返回首页</Button></Link>}
    />
  );
}
