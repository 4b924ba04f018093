import { Alert, App, Button, Card, Drawer, Form, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { api, ApiError, idempotencyKey, svc } from '../api';
import type { ReportingSchemas } from '../schemas';
import { useSession } from '../session';

type Filing = ReportingSchemas['FilingView'];
type Against = ReportingSchemas['ReportAgainstFilingView'];

// Filing is the admin's; comparing with a filing names the events (and so the cases) behind each change.
const FILE_ROLES = ['admin'];
const COMPARE_ROLES = ['report-reader', 'admin'];

const when = (iso: string) => new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });

/** The year's filings (报送记录): what was filed when; the admin files the report as it stands; a reader compares now with a filing. */
export function FilingsCard({ year, labels }: { year: number; labels: Record<string, string> }) {
  const { account } = useSession();
  const { message } = App.useApp();
  const [items, setItems] = useState<Filing[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [filing, setFiling] = useState(false);
  const [compare, setCompare] = useState<Filing>();
  const [form] = Form.useForm<{ note?: string }>();

  const load = useCallback(
    async (after: string | null) => {
      setBusy(true);
      try {
        const q = new URLSearchParams({ limit: '20', ...(after ? { cursor: after } : {}) });
        const page = await api<{ items: Filing[]; nextCursor: string | null }>('GET', svc('reporting', `/v1/reports/annual/${year}/filings?${q}`));
        setItems((old) => (after ? [...old, ...page.items] : page.items));
        setCursor(page.nextCursor);
        setError(undefined);
      } catch (e) {
        setError(e instanceof ApiError ? e.message : String(e));
      } finally {
        setBusy(false);
      }
    },
    [year],
  );
  useEffect(() => {
    void load(null);
  }, [load]);

  const file = async ({ note }: { note?: string }) => {
    try {
      const body = note?.trim() ? { note: note.trim() } : {};
      const done = await api<Filing>('POST', svc('reporting', `/v1/reports/annual/${year}/filings`), body, { 'idempotency-key': idempotencyKey() });
      message.success(`已报送（第 ${done.n} 次）`);
      setFiling(false);
      form.resetFields();
      await load(null);
    } catch (e) {
      const err = e as ApiError;
      form.setFields([{ name: 'note', errors: [err.message] }]);
    }
  };

  const canFile = account && FILE_ROLES.includes(account.role);
  const canCompare = account && COMPARE_ROLES.includes(account.role);
  return (
    <Card
      title="报送记录"
      size="small"
      data-testid="filings"
      extra={canFile && <Button type="primary" size="small" onClick={() => setFiling(true)}>报送本年度报告</Button>}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Table
        size="small"
        rowKey="n"
        dataSource={items}
        loading={busy}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: `${year} 年度报告尚未报送` }}
        columns={[
          { title: '次序', dataIndex: 'n', width: 80, render: (n: number) => `第 ${n} 次` },
          { title: '报送时间', dataIndex: 'filedAt', render: when },
          { title: '说明', dataIndex: 'note', render: (n: string | null) => n ?? '—' },
          ...(canCompare
            ? [{ title: '操作', key: 'compare', width: 120, render: (_: unknown, f: Filing) => <Button size="small" onClick={() => setCompare(f)}>与现在对比</Button> }]
            : []),
        ]}
      />
      {cursor && <Button block style={{ marginTop: 12 }} onClick={() => load(cursor)} loading={busy}>加载更多</Button>}
      <Modal open={filing} title={`报送 ${year} 年度报告`} okText="报送" cancelText="取消" onOk={() => form.submit()} onCancel={() => setFiling(false)} destroyOnHidden>
        <Typography.Paragraph type="secondary">报送冻结报告此刻的各项数据；之后的更正可与此次报送逐项对比。</Typography.Paragraph>
        <Form form={form} layout="vertical" onFinish={file}>
          <Form.Item name="note" label="说明（可选）">
            <Input.TextArea rows={2} maxLength={500} showCount />
          </Form.Item>
        </Form>
      </Modal>
      <CompareDrawer year={year} filing={compare} labels={labels} onClose={() => setCompare(undefined)} />
    </Card>
  );
}

interface FigureChange {
  filed: unknown;
  now: unknown;
  changed: boolean;
}

/** A figure's value as the report shows it: a rate by its display, money in fen as text, a count as is. */
const shown = (v: unknown): string => {
  if (v && typeof v === 'object' && 'display' in v) return String((v as { display: unknown }).display ?? '—');
  if (v === null || v === undefined) return '—';
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
};

function CompareDrawer({ year, filing, labels, onClose }: { year: number; filing?: Filing; labels: Record<string, string>; onClose: () => void }) {
  const [data, setData] = useState<Against>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    setData(undefined);
    setError(undefined);
    if (!filing) return;
    api<Against>('GET', svc('reporting', `/v1/reports/annual/${year}?against=filing:${filing.n}&limit=1`))
      .then(setData)
      .catch((e) => setError(e instanceof ApiError ? e.message : String(e)));
  }, [year, filing]);
  const rows = (data?.changed ?? []).map((path) => {
    // A path names a figure in the nested sections: legalAid.benefitFenText, mediation.successRate, …
    const f = path.split('.').reduce<any>((node, key) => node?.[key], data?.figures) as FigureChange | undefined;
    return { path, filed: shown(f?.filed), now: shown(f?.now) };
  });
  return (
    <Drawer open={filing !== undefined} onClose={onClose} title={filing ? `与第 ${filing.n} 次报送对比` : ''} size={520}>
      {error && <Alert type="error" showIcon title={error} />}
      {data && (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Text data-testid="filing-changed">
            {rows.length === 0 ? <Tag color="success">报送以来各项数据未变</Tag> : <Tag color="warning">报送以来 {rows.length} 项数据有变化</Tag>}
          </Typography.Text>
          {rows.length > 0 && (
            <Table
              size="small"
              rowKey="path"
              dataSource={rows}
              pagination={false}
              columns={[
                { title: '数据项', dataIndex: 'path', render: (p: string) => (labels[p] ? <>{labels[p]} <Typography.Text type="secondary" style={{ fontSize: 12 }}>{p}</Typography.Text></> : <Typography.Text code>{p}</Typography.Text>) },
                { title: '报送时', dataIndex: 'filed' },
                { title: '现在', dataIndex: 'now' },
              ]}
            />
          )}
        </Space>
      )}
    </Drawer>
  );
}
