import { App, Button, Card, Checkbox, Col, Flex, Grid, Input, Row, Select, Skeleton, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { api, ApiError, svc } from '../../api';
import { deadlineOf } from '../../deadline';
import { failure } from '../../form-problems';
import { options } from '../../labels';
import type { Paged, Review, ReviewStatus } from '../../schemas';
import { MATTER_LABELS, REVIEW_STATUS_COLORS, REVIEW_STATUS_LABELS, ReviewAction } from '../admin-review-labels';
import { ReviewActionButtons, ReviewActionModal } from './ReviewActions';
import { DeadlineTag, NoAccess, Nowrap, ReviewDeskHeader } from './ReviewDesk';
import { ReviewRegisterCard } from './ReviewRegisterCard';

// An overdue row stands out by more than its red tag: a tinted background and a red edge.
const OVERDUE_STYLE = `
  .review-overdue > td { background: #fff1f0 !important; }
  .review-overdue > td:first-child { box-shadow: inset 3px 0 0 #cf1322; }
`;

/** 复议案件: the reviews (masked), filtered as the service allows and paged by cursor, with each one's deadline; receiving one; acting on one. */
export function ReviewsPage() {
  const { message } = App.useApp();
  const [rows, setRows] = useState<Review[]>();
  const [next, setNext] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [denied, setDenied] = useState(false);
  const [status, setStatus] = useState<ReviewStatus>();
  const [overdue, setOverdue] = useState(false);
  const [agency, setAgency] = useState('');
  const [acting, setActing] = useState<{ action: ReviewAction; review: Review }>();
  const screens = Grid.useBreakpoint();
  // Each load is numbered: the answer of one a newer load (another filter, a refresh) has overtaken is dropped, not shown.
  const latest = useRef(0);

  const load = useCallback(async (cursor: string | null) => {
    const mine = ++latest.current;
    setBusy(true);
    try {
      const q = new URLSearchParams({ limit: '20' });
      if (status) q.set('status', status);
      if (overdue) q.set('overdue', 'true');
      if (agency) q.set('respondentAgency', agency);
      if (cursor) q.set('cursor', cursor);
      const page = await api<Paged<Review>>('GET', svc('administrative-review', `/v1/reviews?${q}`));
      if (mine !== latest.current) return;
      setRows((old) => (cursor ? [...(old ?? []), ...page.items] : page.items));
      setNext(page.nextCursor);
    } catch (e) {
      if (mine !== latest.current) return;
      // The service decides who may read reviews (they hold applicants' personal data).
      if (e instanceof ApiError && e.status === 403) setDenied(true);
      else message.error(failure(e));
      setRows((old) => old ?? []);
    } finally {
      if (mine === latest.current) setBusy(false);
    }
  }, [status, overdue, agency, message]);

  useEffect(() => void load(null), [load]);

  if (denied) return <NoAccess />;
  // Until the service has answered once, nothing of the page: a role it refuses never sees the form.
  if (rows === undefined) return <Skeleton active />;
  const now = new Date();

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <ReviewDeskHeader />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={8}>
          <ReviewRegisterCard onRegistered={() => load(null)} />
        </Col>
        <Col xs={24} xl={16}>
          <Card title="复议案件列表" size="small" extra={<span style={{ fontSize: 12, color: 'rgba(0,0,0,0.45)' }}>按收到时间先后；期限按北京时间计</span>}>
            <Flex gap={12} wrap style={{ marginBottom: 12 }}>
              <Space>
                <label htmlFor="review-filter-status">状态</label>
                <Select id="review-filter-status" allowClear placeholder="全部" style={{ width: 120 }} value={status} onChange={setStatus} options={options(REVIEW_STATUS_LABELS)} />
              </Space>
              <Space>
                <label htmlFor="review-filter-agency">被申请人</label>
                <Input.Search id="review-filter-agency" allowClear placeholder="全称，回车查询" style={{ width: 220 }} onSearch={(v) => setAgency(v.trim())} />
              </Space>
              <Checkbox checked={overdue} onChange={(e) => setOverdue(e.target.checked)}>只看逾期未决</Checkbox>
            </Flex>
            <Table<Review>
              size="small"
              rowKey="id"
              dataSource={rows}
              loading={busy}
              pagination={false}
              // Wide enough for every column in the card beside the form at 1280 px; a narrower card scrolls the table.
              scroll={screens.sm ? { x: 700 } : undefined}
              rowClassName={(r) => (deadlineOf(r, now).tone === 'overdue' ? 'review-overdue' : '')}
              onRow={(r) => ({ 'data-overdue': deadlineOf(r, now).tone === 'overdue' ? 'true' : undefined } as React.HTMLAttributes<HTMLElement>)}
              columns={[
                { title: '收到日期', dataIndex: 'receivedAt', width: 96, responsive: ['sm'], render: (t: string) => <Nowrap>{dayjs(t).format('YYYY-MM-DD')}</Nowrap> },
                {
                  title: '被申请人', dataIndex: 'respondentAgency',
                  // On a phone the received date goes under the agency: the row keeps the status and the days left in view.
                  render: (a: string, r) => (
                    <>
                      <Link to={`/review/reviews/${r.id}`}>{a}</Link>
                      {!screens.sm && <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>收到 {dayjs(r.receivedAt).format('YYYY-MM-DD')}</Typography.Text>}
                    </>
                  ),
                },
                { title: '复议事项', dataIndex: 'matter', width: 104, responsive: ['sm'], render: (m: Review['matter']) => MATTER_LABELS[m] },
                { title: '状态', dataIndex: 'status', width: 76, render: (s: ReviewStatus) => <Tag color={REVIEW_STATUS_COLORS[s]} style={{ marginInlineEnd: 0 }}>{REVIEW_STATUS_LABELS[s]}</Tag> },
                { title: '决定期限', key: 'due', width: 96, responsive: ['sm'], render: (_: unknown, r) => <Nowrap>{deadlineOf(r, now).dueDate ?? '—'}</Nowrap> },
                { title: '剩余天数', key: 'left', width: 108, render: (_: unknown, r) => <DeadlineTag deadline={deadlineOf(r, now)} /> },
                {
                  title: '操作',
                  key: 'actions',
                  width: 124,
                  responsive: ['sm'],
                  render: (_: unknown, r) => (
                    <Flex gap="4px 12px" wrap>
                      <Link to={`/review/reviews/${r.id}`}>查看</Link>
                      <ReviewActionButtons review={r} onAct={(action) => setActing({ action, review: r })} />
                    </Flex>
                  ),
                },
              ]}
            />
            {next && <Button block style={{ marginTop: 12 }} onClick={() => load(next)} loading={busy}>加载更多</Button>}
          </Card>
        </Col>
      </Row>
      <ReviewActionModal action={acting?.action} review={acting?.review} onClose={() => setActing(undefined)} onDone={() => load(null)} />
      <style>{OVERDUE_STYLE}</style>
    </Space>
  );
}
