import { App, Button, Card, Col, DatePicker, Flex, Form, Input, Result, Row, Select, Space, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { api, ApiError, idempotencyKey, svc } from '../api';
import { failure, showFieldProblems } from '../form-problems';
import { COMMITTEE_FIELD_LABELS, COMMITTEE_KIND_LABELS, options } from '../labels';
import { Committee, CreateCommitteeBody, Paged } from '../schemas';
import { useSession } from '../session';

const TIME = 'YYYY-MM-DDTHH:mm:ssZ';
const CODE_RULE = { pattern: /^[A-Za-z0-9][A-Za-z0-9._-]*$/, message: '代码只能包含字母、数字、点、下划线和连字符，并以字母或数字开头' };

/** 调委会管理 (admin only): the mediation committees and stations, and registering one with every field of the API. */
export function CommitteesPage() {
  const { account } = useSession();
  const { message } = App.useApp();
  const [rows, setRows] = useState<Committee[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [kind, setKind] = useState<string>();
  const [busy, setBusy] = useState(false);
  const admin = account?.role === 'admin';

  // The kind filter changes faster than the answers come: only the latest request's answer is shown.
  const latest = useRef(0);
  const load = useCallback(async (cursor: string | null) => {
    const mine = ++latest.current;
    setBusy(true);
    try {
      const q = new URLSearchParams({ limit: '20' });
      if (kind) q.set('kind', kind);
      if (cursor) q.set('cursor', cursor);
      const page = await api<Paged<Committee>>('GET', svc('mediation', `/v1/committees?${q}`));
      if (mine !== latest.current) return;
      setRows((old) => (cursor ? [...old, ...page.items] : page.items));
      setNext(page.nextCursor);
    } catch (e) {
      if (mine === latest.current) message.error(failure(e));
    } finally {
      if (mine === latest.current) setBusy(false);
    }
  }, [kind, message]);

  useEffect(() => {
    if (admin) void load(null);
  }, [admin, load]);

  if (!admin) return <Result status="403" title="403" subTitle="调委会管理仅供系统管理员使用。" extra={<Link to="/mediation"><Button>返回人民调解</Button></Link>} />;

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Typography.Title level={2} style={{ margin: 0 }}>调委会管理</Typography.Title>
        <Link to="/mediation">返回纠纷列表</Link>
      </Flex>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={9}>
          <CreateCommitteeCard onCreated={() => load(null)} />
        </Col>
        <Col xs={24} xl={15}>
          <Card title="调委会列表" size="small">
            <Flex gap={12} wrap style={{ marginBottom: 12 }}>
              <Space>
                <label htmlFor="filter-kind">类型</label>
                <Select id="filter-kind" allowClear placeholder="全部" style={{ width: 200 }} value={kind} onChange={setKind} options={options(COMMITTEE_KIND_LABELS)} />
              </Space>
            </Flex>
            <Table<Committee>
              size="small"
              rowKey="id"
              dataSource={rows}
              loading={busy}
              pagination={false}
              scroll={{ x: 720 }}
              columns={[
                { title: '代码', dataIndex: 'code', width: 150 },
                { title: '名称', dataIndex: 'name' },
                { title: '类型', dataIndex: 'kind', width: 170, render: (k: string) => COMMITTEE_KIND_LABELS[k] ?? k },
                { title: '专业领域', dataIndex: 'field', width: 100, render: (f: string | null) => (f ? COMMITTEE_FIELD_LABELS[f] ?? f : '—') },
                { title: '成立日期', dataIndex: 'establishedAt', width: 110, render: (t: string) => dayjs(t).format('YYYY-MM-DD') },
              ]}
            />
            {next && <Button block style={{ marginTop: 12 }} onClick={() => load(next)} loading={busy}>加载更多</Button>}
          </Card>
        </Col>
      </Row>
    </Space>
  );
}

interface CreateValues {
  code: string;
  name: string;
  kind: CreateCommitteeBody['kind'];
  field?: CreateCommitteeBody['field'];
  establishedAt?: Dayjs;
}

function CreateCommitteeCard({ onCreated }: { onCreated: () => void }) {
  const [form] = Form.useForm<CreateValues>();
  const [busy, setBusy] = useState(false);
  const { message } = App.useApp();
  const kind = Form.useWatch('kind', form);
  // One key per filled-in form: a double click or a retry after a lost answer registers one committee.
  const [key, setKey] = useState(idempotencyKey);
  const submit = async (v: CreateValues) => {
    setBusy(true);
    try {
      const body: CreateCommitteeBody = {
        code: v.code.trim(),
        name: v.name.trim(),
        kind: v.kind,
        ...(v.kind === 'professional' && v.field ? { field: v.field } : {}),
        ...(v.establishedAt ? { establishedAt: v.establishedAt.startOf('day').format(TIME) } : {}),
      };
      const c = await api<Committee>('POST', svc('mediation', '/v1/committees'), body, { 'idempotency-key': key });
      message.success(`已添加 ${c.name}`);
      form.resetFields();
      setKey(idempotencyKey());
      onCreated();
    } catch (e) {
      if (e instanceof ApiError && e.code === 'COMMITTEE.CODE_TAKEN') form.setFields([{ name: 'code', errors: ['该代码已被其他调委会使用'] }]);
      else if (!showFieldProblems(form, e, { problems: [[/is required for a professional committee/, '行业性专业性调委会须选择专业领域']] })) message.error(failure(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card title="添加调委会" size="small">
      <Form form={form} layout="vertical" onFinish={submit} onValuesChange={() => setKey(idempotencyKey())}>
        <Form.Item name="code" label="代码" extra="唯一，如 SPB-POLICE-01；调解员账号以它表示所在调委会" rules={[{ required: true, message: '请输入代码' }, { max: 50, message: '不超过 50 个字符' }, CODE_RULE]}>
          <Input maxLength={50} autoComplete="off" />
        </Form.Item>
        <Form.Item name="name" label="名称" rules={[{ required: true, whitespace: true, message: '请输入名称' }, { max: 200, message: '不超过 200 个字' }]}>
          <Input maxLength={200} placeholder="如 沙坪坝区医疗纠纷人民调解委员会" />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item name="kind" label="类型" rules={[{ required: true, message: '请选择类型' }]}>
              <Select options={options(COMMITTEE_KIND_LABELS)} placeholder="请选择" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            {/* Only and always for a professional committee: the service refuses it on any other kind. */}
            {kind === 'professional' && (
              <Form.Item name="field" label="专业领域" rules={[{ required: true, message: '请选择专业领域' }]}>
                <Select options={options(COMMITTEE_FIELD_LABELS)} placeholder="请选择" />
              </Form.Item>
            )}
          </Col>
        </Row>
        <Form.Item name="establishedAt" label="成立日期" extra="不填则为今天；年度报告按年底已成立的调委会计数">
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>添加</Button>
      </Form>
    </Card>
  );
}
