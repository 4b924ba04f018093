import { Alert, App, Button, Card, Col, Descriptions, Flex, Form, Grid, Input, Modal, Row, Select, Skeleton, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { api, ApiError, idempotencyKey, svc } from '../../api';
import { failure, showFieldProblems } from '../../form-problems';
import { options } from '../../labels';
import type { Paged } from '../../schemas';
import { LEGAL_AFFAIRS_CONFLICTS, LEGAL_AFFAIRS_WORDS } from '../legal-affairs-labels';
import { FieldItem, FieldSpec, formName, toBody } from './fields';

/** A list filter: a select of the service's values, or (without choices) a name typed in full. Its label differs from every field's of the form beside it. */
export interface FilterSpec {
  name: string;
  label: string;
  choices?: Record<string, string>;
  width?: number;
}

/**
 * A command on one record (`POST {path}/{id}/{route}`), offered only while `allowed` says the
 * record's state machine permits it. Its fields are checked against its DTO where they are written
 * (`FieldSpec<SomeBody, R>[]`); here any DTO will do.
 */
export interface ActionSpec<R> {
  key: string;
  label: string;
  title: string;
  route: string;
  allowed: (r: R) => boolean;
  fields: FieldSpec<never, R>[];
  danger?: boolean;
  /** What the dialog says before its fields (what the step means). */
  note?: string;
}

/** One kind of record of the desk: its list, the form that registers one, and the commands on one. */
export interface DeskSpec<R extends { id: string }> {
  key: string;
  /** The service's collection (`/v1/documents`). */
  path: string;
  listTitle: ReactNode;
  listNote?: string;
  createTitle: ReactNode;
  createButton: string;
  create: FieldSpec<never, never>[];
  /** What the success notice says of the record just registered. */
  saved: (r: R) => string;
  filters: FilterSpec[];
  columns: ColumnsType<R>;
  actions: ActionSpec<R>[];
  statusLabels: Record<string, string>;
  /** What a row shows when opened: its dates, its decisions or work. */
  expand?: (r: R) => ReactNode;
  /** The facts of a record an action's dialog shows above its fields. */
  summary: (r: R) => [string, ReactNode][];
  /** The table's scroll width in the card beside the form. */
  scrollX: number;
  /** The width of the 操作 column: its longest set of links. */
  actionWidth?: number;
}

type Values = Record<string, unknown>;

/** The explanation of a 409 the desk knows (a name already registered, a filing the review does not allow), else undefined. */
function conflictOf(e: unknown): { field?: string; text: string } | undefined {
  if (!(e instanceof ApiError) || e.status !== 409 || !e.code) return undefined;
  const c = LEGAL_AFFAIRS_CONFLICTS[e.code];
  return c && { field: c.field, text: c.text(e.details) };
}

/**
 * One tab of the legal-affairs desk: the form that registers a record (beside `aside`), the list
 * filtered as the service allows and paged by cursor, and in each row the commands its status
 * allows. `onDenied` is told of a 403 (the page shows no-access); `onChanged` after every write.
 */
export function RecordDesk<R extends { id: string }>({ spec, aside, onDenied, onChanged }: { spec: DeskSpec<R>; aside?: ReactNode; onDenied: () => void; onChanged?: () => void }) {
  const { message } = App.useApp();
  const [rows, setRows] = useState<R[]>();
  const [next, setNext] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [filters, setFilters] = useState<Record<string, string | undefined>>({});
  const [acting, setActing] = useState<{ action: ActionSpec<R>; record: R }>();
  // Each load is numbered: the answer of one a newer load (another filter, a refresh) has overtaken is dropped.
  const latest = useRef(0);
  const screens = Grid.useBreakpoint();

  const load = useCallback(async (cursor: string | null) => {
    const mine = ++latest.current;
    setBusy(true);
    try {
      const q = new URLSearchParams({ limit: '20' });
      for (const [k, v] of Object.entries(filters)) if (v) q.set(k, v);
      if (cursor) q.set('cursor', cursor);
      const page = await api<Paged<R>>('GET', svc('legal-affairs', `${spec.path}?${q}`));
      if (mine !== latest.current) return;
      setRows((old) => (cursor ? [...(old ?? []), ...page.items] : page.items));
      setNext(page.nextCursor);
    } catch (e) {
      if (mine !== latest.current) return;
      if (e instanceof ApiError && e.status === 403) onDenied();
      else message.error(failure(e));
      setRows((old) => old ?? []);
    } finally {
      if (mine === latest.current) setBusy(false);
    }
  }, [filters, spec.path, message, onDenied]);

  useEffect(() => void load(null), [load]);
  const created = () => {
    void load(null);
    onChanged?.();
  };
  // After a step on one record only its row is read again: the pages loaded so far stay (a record of
  // page 3 acted on does not send the clerk back to page 1).
  const acted = async (id: string) => {
    onChanged?.();
    try {
      const fresh = await api<R>('GET', svc('legal-affairs', `${spec.path}/${id}`));
      setRows((old) => old?.map((r) => (r.id === id ? fresh : r)));
    } catch (e) {
      message.error(failure(e));
    }
  };

  if (rows === undefined) return <Skeleton active />;
  const actionColumn: ColumnsType<R> = spec.actions.length === 0 ? [] : [{
    title: '操作',
    key: 'actions',
    width: spec.actionWidth ?? 120,
    render: (_: unknown, r: R) => (
      <Flex gap="4px 12px" wrap data-testid="actions">
        {spec.actions.filter((a) => a.allowed(r)).map((a) => (
          <Button key={a.key} type="link" danger={a.danger} style={{ padding: 0, height: 'auto' }} onClick={() => setActing({ action: a, record: r })}>{a.label}</Button>
        ))}
      </Flex>
    ),
  }];

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={8}>
        <Flex vertical gap={16}>
          <CreateCard spec={spec} onCreated={created} />
          {aside}
        </Flex>
      </Col>
      <Col xs={24} xl={16}>
        <Card title={spec.listTitle} size="small" data-testid={`${spec.key}-list`} extra={spec.listNote && <span style={{ fontSize: 12, color: 'rgba(0,0,0,0.45)' }}>{spec.listNote}</span>}>
          {spec.filters.length > 0 && (
            <Flex gap={12} wrap style={{ marginBottom: 12 }}>
              {spec.filters.map((f) => (
                <Space key={f.name}>
                  <label htmlFor={`${spec.key}-filter-${f.name}`}>{f.label}</label>
                  {f.choices ? (
                    <Select id={`${spec.key}-filter-${f.name}`} allowClear placeholder="全部" style={{ width: f.width ?? 130 }} value={filters[f.name]} onChange={(v) => setFilters((o) => ({ ...o, [f.name]: v }))} options={options(f.choices)} />
                  ) : (
                    <Input.Search id={`${spec.key}-filter-${f.name}`} allowClear placeholder="全称，回车查询" style={{ width: f.width ?? 220 }} onSearch={(v) => setFilters((o) => ({ ...o, [f.name]: v.trim() || undefined }))} />
                  )}
                </Space>
              ))}
            </Flex>
          )}
          <Table<R>
            size="small"
            rowKey="id"
            dataSource={rows}
            loading={busy}
            pagination={false}
            // Wide enough for every column beside the form at 1280 px; on a phone the columns marked sm are left out instead.
            scroll={screens.sm ? { x: spec.scrollX } : undefined}
            expandable={spec.expand ? { expandedRowRender: spec.expand } : undefined}
            columns={[...spec.columns, ...actionColumn]}
          />
          {next && <Button block style={{ marginTop: 12 }} onClick={() => load(next)} loading={busy}>加载更多</Button>}
        </Card>
      </Col>
      <ActionModal spec={spec} acting={acting} onClose={() => setActing(undefined)} onDone={acted} />
    </Row>
  );
}

/** `POST {path}`: the form that registers one record; a 400 shows beside its field, a 409 the desk knows beside the field it is about. */
function CreateCard<R extends { id: string }>({ spec, onCreated }: { spec: DeskSpec<R>; onCreated: () => void }) {
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<R>();
  const { message } = App.useApp();
  // One key per filled-in form: a double click or a retry after a lost answer registers one record.
  const [key, setKey] = useState(idempotencyKey);
  const submit = async (v: Values) => {
    setBusy(true);
    try {
      setSaved(await api<R>('POST', svc('legal-affairs', spec.path), toBody(spec.create, v), { 'idempotency-key': key }));
      form.resetFields();
      setKey(idempotencyKey());
      onCreated();
    } catch (e) {
      if (showFieldProblems(form, e, LEGAL_AFFAIRS_WORDS)) return;
      const c = conflictOf(e);
      if (c?.field) form.setFields([{ name: formName(c.field), errors: [c.text] }]);
      else message.error(c?.text ?? failure(e, spec.statusLabels));
    } finally {
      setBusy(false);
    }
  };
  // Half-width fields pair up in a row from sm up; the others take the whole width.
  const items: ReactNode[] = [];
  for (let i = 0; i < spec.create.length; i++) {
    const f = spec.create[i];
    const pair = spec.create[i + 1];
    if (f.half && pair?.half) {
      items.push(
        <Row gutter={12} key={f.name}>
          <Col xs={24} sm={12}><FieldItem field={f} /></Col>
          <Col xs={24} sm={12}><FieldItem field={pair} /></Col>
        </Row>,
      );
      i++;
    } else items.push(<FieldItem key={f.name} field={f} />);
  }
  return (
    <Card title={spec.createTitle} size="small">
      {saved && (
        <div data-testid="saved">
          <Alert type="success" showIcon closable={{ onClose: () => setSaved(undefined) }} style={{ marginBottom: 16 }} title="已登记" description={spec.saved(saved)} />
        </div>
      )}
      <Form form={form} name={`${spec.key}-create`} layout="vertical" onFinish={submit} onValuesChange={() => setKey(idempotencyKey())}>
        {items}
        <Button type="primary" htmlType="submit" loading={busy}>{spec.createButton}</Button>
      </Form>
    </Card>
  );
}

/**
 * The dialog of one command on one record. A 400 shows beside the field it names; a 409 (the record
 * changed since the list read it, or a rule of the step) is explained, and the list reloads.
 */
function ActionModal<R extends { id: string }>({ spec, acting, onClose, onDone }: { spec: DeskSpec<R>; acting?: { action: ActionSpec<R>; record: R }; onClose: () => void; onDone: (id: string) => void }) {
  const open = acting !== undefined;
  // While it closes, the dialog keeps the title and fields it was opened with.
  const [last, setLast] = useState(acting);
  if (open && last !== acting) setLast(acting);
  const shown = acting ?? last;
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const { message } = App.useApp();
  // One key per opened dialog: a double click or a retry after a lost answer acts once.
  const [key, setKey] = useState(idempotencyKey);
  useEffect(() => setKey(idempotencyKey()), [acting]);
  const submit = async (v: Values) => {
    if (!acting) return;
    const { action, record } = acting;
    setBusy(true);
    try {
      await api('POST', svc('legal-affairs', `${spec.path}/${record.id}/${action.route}`), toBody(action.fields, v), { 'idempotency-key': key });
      message.success(`${action.label}已登记`);
      onClose();
      onDone(record.id);
    } catch (e) {
      if (showFieldProblems(form, e, LEGAL_AFFAIRS_WORDS)) return;
      if (e instanceof ApiError && e.status === 409) {
        message.error(`${conflictOf(e)?.text ?? failure(e, spec.statusLabels)}，已刷新为最新状态`);
        onClose();
        onDone(record.id);
        return;
      }
      message.error(failure(e, spec.statusLabels));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={open}
      title={shown?.action.title}
      okText={shown?.action.label}
      okButtonProps={{ danger: shown?.action.danger }}
      cancelText="取消"
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={busy}
      destroyOnHidden
    >
      {shown && (
        <>
          <Descriptions size="small" column={1} style={{ marginBottom: 12 }} items={spec.summary(shown.record).map(([label, children], i) => ({ key: i, label, children }))} />
          {shown.action.note && <Typography.Paragraph type="secondary">{shown.action.note}</Typography.Paragraph>}
          <Form form={form} name={`${spec.key}-${shown.action.key}`} layout="vertical" onFinish={submit} preserve={false} onValuesChange={() => setKey(idempotencyKey())}>
            {shown.action.fields.map((f) => <FieldItem key={f.name} field={f} record={shown.record} />)}
          </Form>
        </>
      )}
    </Modal>
  );
}
