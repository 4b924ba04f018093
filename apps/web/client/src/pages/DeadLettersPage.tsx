import { Alert, App, Button, Card, Descriptions, Drawer, Empty, Flex, Grid, Input, Result, Select, Skeleton, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { api, ApiError, svc } from '../api';
import { options } from '../labels';
import { DeadLetter, DeadLetterDetail, DeadLetterKind, DeadLetterReplay, DeadLetterReplayAll, Paged } from '../schemas';
import { useSession } from '../session';
import {
  DEAD_LETTER_STATUS_COLORS, DEAD_LETTER_STATUS_LABELS, FORM_LABELS, KIND_LABELS, MASK_RULE_LABELS, OUTCOME_COLORS, OUTCOME_LABELS,
} from './dead-letters-labels';
import { failure } from './disputes';

const when = (t: string | null) => (t ? dayjs(t).format('YYYY-MM-DD HH:mm:ss') : '—');
const path = (p: string) => svc('reporting', `/v1/admin/dead-letters${p}`);

interface Filter {
  reason?: DeadLetterKind;
  topic?: string;
  status?: 'open' | 'resolved';
}

const query = (f: Filter, extra: Record<string, string> = {}) => {
  const q = new URLSearchParams(extra);
  if (f.reason) q.set('reason', f.reason);
  if (f.topic) q.set('topic', f.topic);
  if (f.status) q.set('status', f.status);
  return q;
};

/** What a replay did, in words for the page. */
function outcomeText(r: DeadLetterReplay): string {
  if (r.outcome === 'dead-lettered') return `仍无法应用，留在队列中：${r.deadLetter.reason}`;
  return OUTCOME_LABELS[r.outcome];
}

/** 死信队列: the reporting consumer's dead letters for admins — list, inspect (masked), replay one or all. */
export function DeadLettersPage() {
  const { account } = useSession();
  const { message, modal } = App.useApp();
  const [filter, setFilter] = useState<Filter>({ status: 'open' });
  const [topicText, setTopicText] = useState('');
  const [rows, setRows] = useState<DeadLetter[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [openId, setOpenId] = useState<string>();
  const [lastAll, setLastAll] = useState<DeadLetterReplayAll>();
  const [replaying, setReplaying] = useState(false);

  const load = useCallback(async (cursor: string | null) => {
    setBusy(true);
    try {
      const page = await api<Paged<DeadLetter>>('GET', path(`?${query(filter, { limit: '20', ...(cursor ? { cursor } : {}) })}`));
      setRows((old) => (cursor ? [...old, ...page.items] : page.items));
      setNext(page.nextCursor);
    } catch (e) {
      message.error(failure(e));
    } finally {
      setBusy(false);
    }
  }, [filter, message]);

  const admin = account?.role === 'admin';
  useEffect(() => {
    if (admin) void load(null);
  }, [admin, load]);

  if (account?.role !== 'admin') return <Result status="403" title="403" subTitle="死信队列仅供系统管理员使用。" />;

  const replayAll = () =>
    modal.confirm({
      title: '全部重放',
      content: (
        <Typography.Paragraph style={{ marginBottom: 0 }}>
          将按当前的原因与主题筛选，重放全部待处理死信（每次最多 1000 条，从最早的开始）。已计入报告的事件不会重复计入；仍无法应用的留在队列中并记录新原因。请确认已修复导致死信的原因。
        </Typography.Paragraph>
      ),
      okText: '全部重放',
      cancelText: '取消',
      onOk: async () => {
        setReplaying(true);
        try {
          const r = await api<DeadLetterReplayAll>('POST', path(`/replay?${query({ reason: filter.reason, topic: filter.topic })}`));
          setLastAll(r);
          message.success(`已重放 ${r.replayed} 条`);
          await load(null);
        } catch (e) {
          message.error(failure(e));
        } finally {
          setReplaying(false);
        }
      },
    });

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0 }}>死信队列</Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        报告服务无法应用的消息（不是 JSON、不符合事件契约、未知类型、统计写入反复失败）。在修复原因之后重放：重放走与消费者相同的“恰好一次”路径，已计入报告的事件只计一次，仍无法应用的留在队列中并记录新原因。消息中的个人信息已遮盖。
      </Typography.Paragraph>
      <Card size="small">
        <Flex gap={12} wrap align="end">
          <Space orientation="vertical" size={4}>
            <label htmlFor="dl-reason">原因</label>
            <Select<DeadLetterKind> id="dl-reason" allowClear placeholder="全部" style={{ width: 180 }} value={filter.reason} onChange={(reason) => setFilter((f) => ({ ...f, reason }))} options={options(KIND_LABELS) as { value: DeadLetterKind; label: string }[]} />
          </Space>
          <Space orientation="vertical" size={4}>
            <label htmlFor="dl-topic">主题</label>
            <Input.Search
              id="dl-topic"
              allowClear
              placeholder="如 casetrack.mediation"
              style={{ width: 260 }}
              value={topicText}
              onChange={(e) => setTopicText(e.target.value)}
              onSearch={(v) => setFilter((f) => ({ ...f, topic: v.trim() || undefined }))}
              enterButton="筛选"
            />
          </Space>
          <Space orientation="vertical" size={4}>
            <label htmlFor="dl-status">状态</label>
            <Select id="dl-status" allowClear placeholder="全部" style={{ width: 120 }} value={filter.status} onChange={(status) => setFilter((f) => ({ ...f, status }))} options={options(DEAD_LETTER_STATUS_LABELS)} />
          </Space>
          <div style={{ flex: 1 }} />
          <Button danger type="primary" onClick={replayAll} loading={replaying}>全部重放</Button>
        </Flex>
      </Card>
      {lastAll && (
        <Alert
          type={lastAll.deadLettered > 0 ? 'warning' : 'success'}
          showIcon
          closable={{ onClose: () => setLastAll(undefined), 'aria-label': '关闭' }}
          data-testid="replay-all-outcome"
          title={`全部重放：共 ${lastAll.replayed} 条，已计入报告 ${lastAll.applied} 条，此前已计入 ${lastAll.alreadyApplied} 条，仍无法应用 ${lastAll.deadLettered} 条${lastAll.remaining > 0 ? `；还有 ${lastAll.remaining} 条未处理，请再次重放` : ''}。`}
        />
      )}
      <Table<DeadLetter>
        size="small"
        rowKey="id"
        dataSource={rows}
        loading={busy}
        pagination={false}
        scroll={{ x: 900 }}
        locale={{ emptyText: <Empty description="没有符合条件的死信" /> }}
        columns={[
          { title: '编号', dataIndex: 'id', width: 70 },
          { title: '记录时间', dataIndex: 'recordedAt', width: 160, render: when },
          { title: '原因', dataIndex: 'kind', width: 130, render: (k: string) => <Tag>{KIND_LABELS[k] ?? k}</Tag> },
          { title: '主题', dataIndex: 'topic', ellipsis: true },
          { title: '分区 / 偏移', key: 'where', width: 110, render: (_: unknown, d: DeadLetter) => `${d.partition} / ${d.offset}` },
          { title: '状态', dataIndex: 'status', width: 80, render: (s: string) => <Tag color={DEAD_LETTER_STATUS_COLORS[s]}>{DEAD_LETTER_STATUS_LABELS[s]}</Tag> },
          { title: '最近重放', key: 'replay', width: 170, render: (_: unknown, d: DeadLetter) => (d.replayOutcome ? <Tag color={OUTCOME_COLORS[d.replayOutcome]}>{OUTCOME_LABELS[d.replayOutcome]}</Tag> : '—') },
          {
            title: '操作',
            key: 'actions',
            width: 80,
            fixed: 'right',
            render: (_: unknown, d: DeadLetter) => (
              <Button size="small" type="link" onClick={() => setOpenId(d.id)} aria-label={`查看死信 ${d.id}`}>查看</Button>
            ),
          },
        ]}
      />
      {next && <Button block onClick={() => load(next)} loading={busy}>加载更多</Button>}
      <DeadLetterDrawer id={openId} onClose={() => setOpenId(undefined)} onReplayed={() => load(null)} />
    </Space>
  );
}

function DeadLetterDrawer({ id, onClose, onReplayed }: { id?: string; onClose: () => void; onReplayed: () => void }) {
  const screens = Grid.useBreakpoint();
  const { message, modal } = App.useApp();
  const [d, setD] = useState<DeadLetterDetail>();
  const [error, setError] = useState<string>();
  const [outcome, setOutcome] = useState<DeadLetterReplay>();
  const [busy, setBusy] = useState(false);

  const read = useCallback(async (which: string) => {
    try {
      setD(await api<DeadLetterDetail>('GET', path(`/${encodeURIComponent(which)}`)));
    } catch (e) {
      setError(e instanceof ApiError && e.status === 404 ? '没有找到该死信。' : failure(e));
    }
  }, []);

  useEffect(() => {
    setD(undefined);
    setError(undefined);
    setOutcome(undefined);
    if (id) void read(id);
  }, [id, read]);

  const replay = () =>
    modal.confirm({
      title: `重放死信 ${id}`,
      content: '按当前的代码与数据重新应用这条消息。已计入报告的事件不会重复计入；仍无法应用的留在队列中并记录新原因。请确认已修复导致它的原因。',
      okText: '重放',
      cancelText: '取消',
      onOk: async () => {
        setBusy(true);
        try {
          const r = await api<DeadLetterReplay>('POST', path(`/${encodeURIComponent(id!)}/replay`));
          setOutcome(r);
          message.success(`重放完成：${OUTCOME_LABELS[r.outcome]}`);
          await read(id!);
          onReplayed();
        } catch (e) {
          message.error(failure(e));
        } finally {
          setBusy(false);
        }
      },
    });

  const m = d?.message;
  return (
    <Drawer
      open={id !== undefined}
      onClose={onClose}
      title={`死信 ${id ?? ''}`}
      size={screens.md ? 760 : '100%'}
      extra={d && <Button type="primary" onClick={replay} loading={busy} disabled={!d.valueKept}>重放</Button>}
      destroyOnHidden
    >
      {error && <Result status="warning" title={error} />}
      {!d && !error && <Skeleton active />}
      {d && (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          {outcome && (
            <Alert type={outcome.outcome === 'dead-lettered' ? 'warning' : 'success'} showIcon title={`重放结果：${outcomeText(outcome)}`} data-testid="replay-outcome" />
          )}
          <Descriptions bordered size="small" column={1} styles={{ label: { width: 120 } }}>
            <Descriptions.Item label="状态"><Tag color={DEAD_LETTER_STATUS_COLORS[d.status]}>{DEAD_LETTER_STATUS_LABELS[d.status]}</Tag></Descriptions.Item>
            <Descriptions.Item label="原因类别">{KIND_LABELS[d.kind] ?? d.kind}</Descriptions.Item>
            <Descriptions.Item label="原因"><Typography.Text style={{ wordBreak: 'break-word' }}>{d.reason}</Typography.Text></Descriptions.Item>
            {d.firstReason !== d.reason && <Descriptions.Item label="最初原因"><Typography.Text style={{ wordBreak: 'break-word' }}>{d.firstReason}</Typography.Text></Descriptions.Item>}
            <Descriptions.Item label="主题"><Typography.Text style={{ wordBreak: 'break-all' }}>{d.topic}</Typography.Text></Descriptions.Item>
            <Descriptions.Item label="分区 / 偏移">{d.partition} / {d.offset}</Descriptions.Item>
            <Descriptions.Item label="消费组"><Typography.Text style={{ wordBreak: 'break-all' }}>{d.groupId}</Typography.Text></Descriptions.Item>
            <Descriptions.Item label="消息键"><Typography.Text style={{ wordBreak: 'break-all' }}>{d.key ?? '—'}</Typography.Text></Descriptions.Item>
            <Descriptions.Item label="记录时间">{when(d.recordedAt)}</Descriptions.Item>
            <Descriptions.Item label="消息时间">{when(d.messageTimestamp)}</Descriptions.Item>
            <Descriptions.Item label="重放">
              {d.replays === 0 ? '尚未重放' : `${d.replays} 次，最近 ${when(d.replayedAt)}：${d.replayOutcome ? OUTCOME_LABELS[d.replayOutcome] : '—'}`}
            </Descriptions.Item>
          </Descriptions>
          {!m ? (
            <Alert type="info" showIcon title="该死信记录于保存消息内容之前：请在其主题的对应偏移处查看原消息，它无法在此重放。" />
          ) : (
            <Card size="small" title={`消息（${FORM_LABELS[m.form]}，${m.bytes} 字节${m.contract ? `，契约 ${m.contract}` : '，无匹配的事件契约'}）`}>
              <Typography.Paragraph data-testid="masking-summary">
                {m.masked.length === 0 ? '没有需要遮盖的个人信息。' : `已遮盖 ${m.masked.length} 处可能的个人信息：`}
              </Typography.Paragraph>
              {m.masked.length > 0 && (
                <ul style={{ marginTop: 0 }} aria-label="已遮盖的字段">
                  {m.masked.map((x) => (
                    <li key={x.path}>
                      <Typography.Text code>{x.path}</Typography.Text> — {MASK_RULE_LABELS[x.rule] ?? x.rule}
                    </li>
                  ))}
                </ul>
              )}
              {m.form === 'none' ? (
                <Typography.Text type="secondary">消息没有内容。</Typography.Text>
              ) : (
                <pre
                  data-testid="dead-letter-message"
                  tabIndex={0}
                  aria-label="消息内容（已遮盖个人信息）"
                  style={{ margin: 0, padding: 12, background: '#f6f8fa', borderRadius: 6, maxHeight: 420, overflow: 'auto', fontSize: 12, whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}
                >
                  {m.form === 'json' ? JSON.stringify(m.json, null, 2) : m.text}
                </pre>
              )}
            </Card>
          )}
        </Space>
      )}
    </Drawer>
  );
}
