import { App, Button, Card, Col, DatePicker, Descriptions, Flex, Form, Input, InputNumber, Modal, Radio, Row, Select, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { api, idempotencyKey, svc } from '../api';
import { AGREEMENT_LABELS, CATEGORY_LABELS, options, SOURCE_LABELS, STATUS_COLORS, STATUS_LABELS } from '../labels';
import { fenToYuan, yuanToFen } from '../money';
import { useSession } from '../session';
import { Committee, Dispute, failure, showFieldProblems } from './disputes';

const TIME = 'YYYY-MM-DDTHH:mm:ssZ';
const yuanRule = { validator: (_: unknown, v?: string) => (v === undefined || v === '' || yuanToFen(v) !== undefined ? Promise.resolve() : Promise.reject(new Error('请输入不超过两位小数的金额（元）'))) };

export function MediationPage() {
  const { account } = useSession();
  const { message } = App.useApp();
  const clerk = account?.role === 'mediation-clerk';
  const [committees, setCommittees] = useState<Committee[]>([]);
  const [rows, setRows] = useState<Dispute[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string>();
  const [category, setCategory] = useState<string>();
  const [month, setMonth] = useState<Dayjs | null>(null);
  const [acting, setActing] = useState<{ kind: 'conclude' | 'withdraw'; dispute: Dispute }>();

  useEffect(() => {
    api<{ items: Committee[] }>('GET', svc('mediation', '/v1/committees?limit=500')).then((p) => setCommittees(p.items)).catch(() => setCommittees([]));
  }, []);

  // The filters change faster than the answers come: only the latest request's answer is shown.
  const latest = useRef(0);
  const load = useCallback(async (cursor: string | null) => {
    const mine = ++latest.current;
    setBusy(true);
    try {
      const q = new URLSearchParams({ limit: '20' });
      if (status) q.set('status', status);
      if (category) q.set('category', category);
      if (month) {
        q.set('from', month.startOf('month').format(TIME));
        q.set('to', month.add(1, 'month').startOf('month').format(TIME));
      }
      if (cursor) q.set('cursor', cursor);
      const page = await api<{ items: Dispute[]; nextCursor: string | null }>('GET', svc('mediation', `/v1/disputes?${q}`));
      if (mine !== latest.current) return;
      setRows((old) => (cursor ? [...old, ...page.items] : page.items));
      setNext(page.nextCursor);
    } catch (e) {
      if (mine === latest.current) message.error(failure(e));
    } finally {
      if (mine === latest.current) setBusy(false);
    }
  }, [status, category, month, message]);

  useEffect(() => void load(null), [load]);

  const committeeName = (code: string) => committees.find((c) => c.code === code)?.name ?? code;

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Typography.Title level={2} style={{ margin: 0 }}>人民调解</Typography.Title>
        {account?.role === 'admin' && <Link to="/mediation/committees">调委会管理</Link>}
      </Flex>
      {clerk && (
        <Typography.Text data-testid="own-committee">
          本调委会：<Typography.Text strong>{committeeName(account!.unit!)}</Typography.Text>（{account!.unit}）
        </Typography.Text>
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={9}>
          <RegisterCard clerkUnit={clerk ? account!.unit! : undefined} committees={committees} onRegistered={() => load(null)} />
        </Col>
        <Col xs={24} xl={15}>
          <Card title="纠纷列表" size="small">
            <Flex gap={12} wrap style={{ marginBottom: 12 }}>
              <Space>
                <label htmlFor="filter-status">状态</label>
                <Select id="filter-status" allowClear placeholder="全部" style={{ width: 130 }} value={status} onChange={setStatus} options={options(STATUS_LABELS)} />
              </Space>
              <Space>
                <label htmlFor="filter-category">纠纷类别</label>
                <Select id="filter-category" allowClear placeholder="全部" style={{ width: 130 }} value={category} onChange={setCategory} options={options(CATEGORY_LABELS)} />
              </Space>
              <Space>
                <label htmlFor="filter-month">受理月份</label>
                <DatePicker id="filter-month" picker="month" value={month} onChange={setMonth} placeholder="全部" />
              </Space>
            </Flex>
            <Table<Dispute>
              size="small"
              rowKey="id"
              dataSource={rows}
              loading={busy}
              pagination={false}
              scroll={{ x: 720 }}
              columns={[
                { title: '受理时间', dataIndex: 'receivedAt', width: 150, render: (t: string) => dayjs(t).format('YYYY-MM-DD HH:mm') },
                ...(clerk ? [] : [{ title: '调委会', dataIndex: 'committeeCode', render: (c: string) => committeeName(c) }]),
                { title: '类别', dataIndex: 'category', render: (c: string) => CATEGORY_LABELS[c] ?? c },
                { title: '来源', dataIndex: 'source', render: (s: string) => SOURCE_LABELS[s] ?? s },
                { title: '当事人', dataIndex: 'partyCount', width: 70 },
                { title: '状态', dataIndex: 'status', width: 90, render: (s: string) => <Tag color={STATUS_COLORS[s]}>{STATUS_LABELS[s] ?? s}</Tag> },
                {
                  title: '操作',
                  key: 'actions',
                  width: 150,
                  render: (_: unknown, d: Dispute) => (
                    <Space size={4}>
                      <Link to={`/mediation/disputes/${d.id}`}>查看</Link>
                      {d.status === 'registered' && (
                        <>
                          <Button size="small" type="link" onClick={() => setActing({ kind: 'conclude', dispute: d })}>办结</Button>
                          <Button size="small" type="link" danger onClick={() => setActing({ kind: 'withdraw', dispute: d })}>撤回</Button>
                        </>
                      )}
                    </Space>
                  ),
                },
              ]}
            />
            {next && <Button block style={{ marginTop: 12 }} onClick={() => load(next)} loading={busy}>加载更多</Button>}
          </Card>
        </Col>
      </Row>
      <ConcludeModal dispute={acting?.kind === 'conclude' ? acting.dispute : undefined} onClose={() => setActing(undefined)} onDone={() => load(null)} />
      <WithdrawModal dispute={acting?.kind === 'withdraw' ? acting.dispute : undefined} onClose={() => setActing(undefined)} onDone={() => load(null)} />
    </Space>
  );
}

interface RegisterValues {
  committeeCode?: string;
  category: string;
  source: string;
  receivedAt: Dayjs;
  partyCount: number;
  summary?: string;
  amountInvolvedYuan?: string;
}

function RegisterCard({ clerkUnit, committees, onRegistered }: { clerkUnit?: string; committees: Committee[]; onRegistered: () => void }) {
  const [form] = Form.useForm<RegisterValues>();
  const [busy, setBusy] = useState(false);
  const { message } = App.useApp();
  // One key per filled-in form: a double click or a retry after a lost answer registers one dispute.
  const [key, setKey] = useState(idempotencyKey);
  const submit = async (v: RegisterValues) => {
    setBusy(true);
    try {
      const body = {
        committeeCode: clerkUnit ?? v.committeeCode,
        category: v.category,
        source: v.source,
        receivedAt: v.receivedAt.format(TIME),
        partyCount: v.partyCount,
        ...(v.summary ? { summary: v.summary } : {}),
        ...(v.amountInvolvedYuan ? { amountInvolvedFen: yuanToFen(v.amountInvolvedYuan) } : {}),
      };
      await api('POST', svc('mediation', '/v1/disputes'), body, { 'idempotency-key': key });
      message.success('纠纷已登记');
      form.resetFields();
      setKey(idempotencyKey());
      onRegistered();
    } catch (e) {
      if (!showFieldProblems(form, e)) message.error(failure(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card title="登记纠纷" size="small">
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ partyCount: 2 }} onValuesChange={() => setKey(idempotencyKey())}>
        {!clerkUnit && (
          <Form.Item name="committeeCode" label="调委会" rules={[{ required: true, message: '请选择调委会' }]}>
            <Select showSearch={{ optionFilterProp: 'label' }} options={committees.map((c) => ({ value: c.code, label: `${c.name}（${c.code}）` }))} placeholder="请选择" />
          </Form.Item>
        )}
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item name="category" label="纠纷类别" rules={[{ required: true, message: '请选择纠纷类别' }]}>
              <Select options={options(CATEGORY_LABELS)} placeholder="请选择" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="source" label="纠纷来源" rules={[{ required: true, message: '请选择纠纷来源' }]}>
              <Select options={options(SOURCE_LABELS)} placeholder="请选择" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="receivedAt" label="受理时间" rules={[{ required: true, message: '请选择受理时间' }]}>
              <DatePicker showTime style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="partyCount" label="当事人数" rules={[{ required: true, message: '请输入当事人数' }]}>
              <InputNumber min={2} max={10000} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="amountInvolvedYuan" label="涉及金额（元）" rules={[yuanRule]}>
          <Input inputMode="decimal" placeholder="如 1234.56" />
        </Form.Item>
        <Form.Item name="summary" label="纠纷简要情况" rules={[{ max: 2000, message: '不超过 2000 字' }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>登记</Button>
      </Form>
    </Card>
  );
}

function ConcludeModal({ dispute, onClose, onDone }: { dispute?: Dispute; onClose: () => void; onDone: () => void }) {
  const [form] = Form.useForm();
  const [busy, setBusy] = useState(false);
  const { message } = App.useApp();
  const result = Form.useWatch('result', form);
  const [key, setKey] = useState(idempotencyKey);
  useEffect(() => setKey(idempotencyKey()), [dispute]);
  const submit = async (v: { result: string; concludedAt: Dayjs; agreement?: string; agreementAmountYuan?: string }) => {
    setBusy(true);
    try {
      const body = {
        result: v.result,
        concludedAt: v.concludedAt.format(TIME),
        ...(v.result === 'success' && v.agreement ? { agreement: v.agreement } : {}),
        ...(v.result === 'success' && v.agreementAmountYuan ? { agreementAmountFen: yuanToFen(v.agreementAmountYuan) } : {}),
      };
      await api('POST', svc('mediation', `/v1/disputes/${dispute!.id}/conclusion`), body, { 'idempotency-key': key });
      message.success('已办结');
      onClose();
      onDone();
    } catch (e) {
      if (!showFieldProblems(form, e)) message.error(failure(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open={dispute !== undefined} title="办结纠纷" okText="办结" cancelText="取消" onCancel={onClose} onOk={() => form.submit()} confirmLoading={busy} destroyOnHidden>
      {dispute && <DisputeSummary dispute={dispute} />}
      <Form form={form} layout="vertical" onFinish={submit} preserve={false} initialValues={{ result: 'success' }}>
        <Form.Item name="result" label="调解结果" rules={[{ required: true }]}>
          <Radio.Group options={[{ value: 'success', label: '调解成功' }, { value: 'failure', label: '调解不成' }]} />
        </Form.Item>
        <Form.Item name="concludedAt" label="办结时间" rules={[{ required: true, message: '请选择办结时间' }]}>
          <DatePicker showTime style={{ width: '100%' }} />
        </Form.Item>
        {result === 'success' && (
          <>
            <Form.Item name="agreement" label="协议形式">
              <Select allowClear options={options(AGREEMENT_LABELS)} placeholder="请选择" />
            </Form.Item>
            <Form.Item name="agreementAmountYuan" label="协议金额（元）" rules={[yuanRule]}>
              <Input inputMode="decimal" placeholder="如 1234.56" />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}

function WithdrawModal({ dispute, onClose, onDone }: { dispute?: Dispute; onClose: () => void; onDone: () => void }) {
  const [form] = Form.useForm();
  const [busy, setBusy] = useState(false);
  const { message } = App.useApp();
  const [key, setKey] = useState(idempotencyKey);
  useEffect(() => setKey(idempotencyKey()), [dispute]);
  const submit = async (v: { withdrawnAt: Dayjs; reason?: string }) => {
    setBusy(true);
    try {
      await api('POST', svc('mediation', `/v1/disputes/${dispute!.id}/withdrawal`), { withdrawnAt: v.withdrawnAt.format(TIME), ...(v.reason ? { reason: v.reason } : {}) }, { 'idempotency-key': key });
      message.success('已撤回');
      onClose();
      onDone();
    } catch (e) {
      if (!showFieldProblems(form, e)) message.error(failure(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open={dispute !== undefined} title="撤回纠纷" okText="撤回" okButtonProps={{ danger: true }} cancelText="取消" onCancel={onClose} onOk={() => form.submit()} confirmLoading={busy} destroyOnHidden>
      {dispute && <DisputeSummary dispute={dispute} />}
      <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
        <Form.Item name="withdrawnAt" label="撤回时间" rules={[{ required: true, message: '请选择撤回时间' }]}>
          <DatePicker showTime style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="reason" label="撤回原因" rules={[{ max: 500, message: '不超过 500 字' }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function DisputeSummary({ dispute: d }: { dispute: Dispute }) {
  return (
    <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
      <Descriptions.Item label="类别">{CATEGORY_LABELS[d.category] ?? d.category}</Descriptions.Item>
      <Descriptions.Item label="受理时间">{dayjs(d.receivedAt).format('YYYY-MM-DD HH:mm')}</Descriptions.Item>
      {d.amountInvolvedFen !== null && <Descriptions.Item label="涉及金额">{fenToYuan(d.amountInvolvedFen)} 元</Descriptions.Item>}
    </Descriptions>
  );
}
