import { App, Button, Card, Col, Flex, Grid, Input, Row, Select, Skeleton, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { api, ApiError, svc } from '../../api';
import { failure } from '../../form-problems';
import { options } from '../../labels';
import type { Lawsuit, LawsuitStatus, Paged } from '../../schemas';
import { LAWSUIT_STATUS_COLORS, LAWSUIT_STATUS_LABELS, MATTER_LABELS, OUTCOME_LABELS } from '../admin-review-labels';
import { LawsuitFileCard } from './LawsuitFileCard';
import { NoAccess, Nowrap, ReviewDeskHeader } from './ReviewDesk';

/** 行政应诉: the lawsuits against the district's agencies, by status and defendant, paged by cursor; filing one. */
export function LawsuitsPage() {
  const { message } = App.useApp();
  const [rows, setRows] = useState<Lawsuit[]>();
  const [next, setNext] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [denied, setDenied] = useState(false);
  const [status, setStatus] = useState<LawsuitStatus>();
  const [agency, setAgency] = useState('');
  const screens = Grid.useBreakpoint();
  // Each load is numbered: the answer of one a newer load (another filter, a refresh) has overtaken is dropped, not shown.
  const latest = useRef(0);

  const load = useCallback(async (cursor: string | null) => {
    const mine = ++latest.current;
    setBusy(true);
    try {
      const q = new URLSearchParams({ limit: '20' });
      if (status) q.set('status', status);
      if (agency) q.set('defendantAgency', agency);
      if (cursor) q.set('cursor', cursor);
      const page = await api<Paged<Lawsuit>>('GET', svc('administrative-review', `/v1/lawsuits?${q}`));
      if (mine !== latest.current) return;
      setRows((old) => (cursor ? [...(old ?? []), ...page.items] : page.items));
      setNext(page.nextCursor);
    } catch (e) {
      if (mine !== latest.current) return;
      if (e instanceof ApiError && e.status === 403) setDenied(true);
      else message.error(failure(e));
      setRows((old) => old ?? []);
    } finally {
      if (mine === latest.current) setBusy(false);
    }
  }, [status, agency, message]);

  useEffect(() => void load(null), [load]);

  if (denied) return <NoAccess />;
  if (rows === undefined) return <Skeleton active />;

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <ReviewDeskHeader />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={8}>
          <LawsuitFileCard />
        </Col>
        <Col xs={24} xl={16}>
          <Card title="行政应诉案件列表" size="small">
            <Flex gap={12} wrap style={{ marginBottom: 12 }}>
              <Space>
                <label htmlFor="lawsuit-filter-status">状态</label>
                <Select id="lawsuit-filter-status" allowClear placeholder="全部" style={{ width: 120 }} value={status} onChange={setStatus} options={options(LAWSUIT_STATUS_LABELS)} />
              </Space>
              <Space>
                <label htmlFor="lawsuit-filter-agency">被告</label>
                <Input.Search id="lawsuit-filter-agency" allowClear placeholder="全称，回车查询" style={{ width: 220 }} onSearch={(v) => setAgency(v.trim())} />
              </Space>
            </Flex>
            <Table<Lawsuit>
              size="small"
              rowKey="id"
              dataSource={rows}
              loading={busy}
              pagination={false}
              scroll={screens.sm ? { x: 700 } : undefined}
              columns={[
                { title: '立案日期', dataIndex: 'filedAt', width: 96, responsive: ['sm'], render: (t: string) => <Nowrap>{dayjs(t).format('YYYY-MM-DD')}</Nowrap> },
                {
                  title: '被告行政机关', dataIndex: 'defendantAgency',
                  render: (a: string, l) => (
                    <>
                      <Link to={`/review/lawsuits/${l.id}`}>{a}</Link>
                      {!screens.sm && <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>立案 {dayjs(l.filedAt).format('YYYY-MM-DD')}</Typography.Text>}
                    </>
                  ),
                },
                { title: '审理法院', dataIndex: 'court', width: 120, responsive: ['md'] },
                { title: '被诉行政行为', dataIndex: 'matter', width: 104, responsive: ['sm'], render: (m: Lawsuit['matter']) => MATTER_LABELS[m] },
                { title: '庭审', dataIndex: 'hearingCount', width: 60, render: (n: number) => <Nowrap>{n} 次</Nowrap> },
                { title: '状态', dataIndex: 'status', width: 76, render: (s: LawsuitStatus) => <Tag color={LAWSUIT_STATUS_COLORS[s]} style={{ marginInlineEnd: 0 }}>{LAWSUIT_STATUS_LABELS[s]}</Tag> },
                { title: '裁判结果', dataIndex: 'outcome', width: 120, responsive: ['lg'], render: (o: Lawsuit['outcome']) => (o ? OUTCOME_LABELS[o] : '—') },
              ]}
            />
            {next && <Button block style={{ marginTop: 12 }} onClick={() => load(next)} loading={busy}>加载更多</Button>}
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
