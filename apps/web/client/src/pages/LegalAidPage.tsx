import { App, Button, Card, Col, DatePicker, Flex, Grid, Result, Row, Select, Skeleton, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { ReactNode, useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { api, ApiError, svc } from '../api';
import { failure } from '../form-problems';
import { options } from '../labels';
import type { AidCase, AidStatus, Paged } from '../schemas';
import { AidActionButtons, AidActionModal } from './AidActions';
import { AidRegisterCard } from './AidRegisterCard';
import { AID_STATUS_COLORS, AID_STATUS_LABELS, AidAction, APPLICANT_GROUP_LABELS, MATTER_LABELS } from './legal-aid-labels';

const TIME = 'YYYY-MM-DDTHH:mm:ssZ';

/** The legal aid desk's page: the applications (masked), filtered by status and month and paged by cursor; registering one; acting on one. */
export function LegalAidPage() {
  const { message } = App.useApp();
  const [rows, setRows] = useState<AidCase[]>();
  const [next, setNext] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [denied, setDenied] = useState<ApiError>();
  const [status, setStatus] = useState<AidStatus>();
  const [month, setMonth] = useState<Dayjs | null>(null);
  const [acting, setActing] = useState<{ action: AidAction; aidCase: AidCase }>();
  const screens = Grid.useBreakpoint();

  const load = useCallback(async (cursor: string | null) => {
    setBusy(true);
    try {
      const q = new URLSearchParams({ limit: '20' });
      if (status) q.set('status', status);
      if (month) {
        q.set('from', month.startOf('month').format(TIME));
        q.set('to', month.add(1, 'month').startOf('month').format(TIME));
      }
      if (cursor) q.set('cursor', cursor);
      const page = await api<Paged<AidCase>>('GET', svc('legal-aid', `/v1/cases?${q}`));
      setRows((old) => (cursor ? [...(old ?? []), ...page.items] : page.items));
      setNext(page.nextCursor);
    } catch (e) {
      // The service decides who may read legal aid cases (they hold applicants' personal data).
      if (e instanceof ApiError && e.status === 403) setDenied(e);
      else message.error(failure(e));
      setRows((old) => old ?? []);
    } finally {
      setBusy(false);
    }
  }, [status, month, message]);

  useEffect(() => void load(null), [load]);

  if (denied) return <NoAccess />;
  // Until the service has answered once, nothing of the page: a role it refuses never sees the form.
  if (rows === undefined) return <Skeleton active />;

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0 }}>法律援助</Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={8}>
          <AidRegisterCard onRegistered={() => load(null)} />
        </Col>
        <Col xs={24} xl={16}>
          <Card title="援助申请列表" size="small">
            <Flex gap={12} wrap style={{ marginBottom: 12 }}>
              <Space>
                <label htmlFor="aid-filter-status">状态</label>
                <Select id="aid-filter-status" allowClear placeholder="全部" style={{ width: 130 }} value={status} onChange={setStatus} options={options(AID_STATUS_LABELS)} />
              </Space>
              <Space>
                <label htmlFor="aid-filter-month">申请月份</label>
                <DatePicker id="aid-filter-month" picker="month" value={month} onChange={setMonth} placeholder="全部" />
              </Space>
            </Flex>
            <Table<AidCase>
              size="small"
              rowKey="id"
              dataSource={rows}
              loading={busy}
              pagination={false}
              // On a phone the cells wrap to the screen (ID number, matter and groups are on the case's page); wider, they wrap
              // down to 780 px, and a narrower card scrolls the table.
              scroll={screens.sm ? { x: 780 } : undefined}
              columns={[
                {
                  title: '申请时间', dataIndex: 'appliedAt', width: 136,
                  // Wraps between the date and the time on a phone, never inside either.
                  render: (t: string) => <><Nowrap>{dayjs(t).format('YYYY-MM-DD')}</Nowrap> <Nowrap>{dayjs(t).format('HH:mm')}</Nowrap></>,
                },
                { title: '申请人', dataIndex: 'applicantName', width: 80, onHeaderCell: () => ({ style: { whiteSpace: 'nowrap' } }), render: (n: string | null) => n ?? '—' },
                { title: '身份证号码', dataIndex: 'applicantIdNumber', width: 160, responsive: ['sm'], render: (n: string | null) => n ?? '—' },
                { title: '援助事项', dataIndex: 'matter', width: 110, responsive: ['sm'], render: (m: AidCase['matter']) => MATTER_LABELS[m] },
                {
                  title: '受援人群', dataIndex: 'applicantGroups', responsive: ['md'],
                  render: (gs: AidCase['applicantGroups'], c: AidCase) => (
                    <Flex gap={4} wrap>
                      {gs.map((g) => <Tag key={g} style={{ marginInlineEnd: 0 }}>{APPLICANT_GROUP_LABELS[g]}</Tag>)}
                      {c.greenChannel && <Tag color="green" style={{ marginInlineEnd: 0 }}>绿色通道</Tag>}
                    </Flex>
                  ),
                },
                { title: '状态', dataIndex: 'status', width: 90, render: (s: AidStatus) => <Tag color={AID_STATUS_COLORS[s]}>{AID_STATUS_LABELS[s]}</Tag> },
                {
                  title: '操作',
                  key: 'actions',
                  width: screens.sm ? 170 : undefined,
                  render: (_: unknown, c: AidCase) => (
                    <Flex gap="4px 12px" wrap>
                      <Link to={`/legal-aid/cases/${c.id}`}>查看</Link>
                      <AidActionButtons aidCase={c} onAct={(action) => setActing({ action, aidCase: c })} />
                    </Flex>
                  ),
                },
              ]}
            />
            {next && <Button block style={{ marginTop: 12 }} onClick={() => load(next)} loading={busy}>加载更多</Button>}
          </Card>
        </Col>
      </Row>
      <AidActionModal action={acting?.action} aidCase={acting?.aidCase} onClose={() => setActing(undefined)} onDone={() => load(null)} />
    </Space>
  );
}

const Nowrap = ({ children }: { children: ReactNode }) => <span style={{ whiteSpace: 'nowrap' }}>{children}</span>;

/** What a role the legal-aid service refuses (403) sees at /legal-aid. */
export function NoAccess() {
  return (
    <Result
      status="403"
      title="无权访问法律援助"
      subTitle="法律援助案件含有申请人的个人信息，只有法律援助工作人员和系统管理员可以查看和办理。"
      extra={<Link to="/"><Button type="primary">返回首页</Button></Link>}
    />
  );
}
