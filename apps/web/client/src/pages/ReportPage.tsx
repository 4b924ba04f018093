import { ArrowDownOutlined, ArrowUpOutlined, DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Drawer, Flex, Grid, InputNumber, Row, Skeleton, Space, Statistic, Table, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { api, ApiError, svc } from '../api';
import { Chart } from '../Chart';
import { CATEGORY_LABELS, COMMITTEE_KIND_LABELS } from '../labels';
import { APPLICANT_GROUP_LABELS } from './legal-aid-labels';
import { FilingsCard } from './ReportFilings';
import { Compared, fenTextToWan, proseOf, Rate } from '../report';
import { useSession } from '../session';

type Json = Record<string, any>;

/** A key figure: where it is in the report, and the drill-through list behind it. */
interface Figure {
  key: string;
  title: string;
  section: string;
  path: string;
  area: string;
  drill: string;
  kind: 'count' | 'rate' | 'wan';
  suffix?: string;
}

const FIGURES: Figure[] = [
  { key: 'mediated', title: '调解纠纷', section: 'mediation', path: 'mediated', area: 'mediation', drill: 'mediated', kind: 'count', suffix: '件' },
  { key: 'successRate', title: '调解成功率', section: 'mediation', path: 'successRate', area: 'mediation', drill: 'succeeded', kind: 'rate' },
  { key: 'legalAidAccepted', title: '受理法律援助', section: 'legalAid', path: 'accepted', area: 'legal-aid', drill: 'accepted', kind: 'count', suffix: '件' },
  { key: 'benefit', title: '挽回损失或取得利益', section: 'legalAid', path: 'benefitFenText', area: 'legal-aid', drill: 'closed', kind: 'wan', suffix: '万元' },
  { key: 'agendaMeetings', title: '研究法治建设工作', section: 'legalAffairs', path: 'agendaMeetings', area: 'legal-affairs', drill: 'agendaMeetings', kind: 'count', suffix: '次' },
  { key: 'documentsReviewed', title: '审查区级重大文件', section: 'legalAffairs', path: 'documentsReviewed', area: 'legal-affairs', drill: 'documentsReviewed', kind: 'count', suffix: '件' },
  { key: 'investmentContractsReviewed', title: '审查政府性投资项目合同', section: 'legalAffairs', path: 'investmentContractsReviewed', area: 'legal-affairs', drill: 'investmentContractsReviewed', kind: 'count', suffix: '件' },
  { key: 'adviserWork', title: '法律顾问服务', section: 'legalAffairs', path: 'adviserWork', area: 'legal-affairs', drill: 'adviserWork', kind: 'count', suffix: '项' },
  { key: 'reviewsAccepted', title: '受理行政复议', section: 'administrativeReview', path: 'accepted', area: 'administrative-review', drill: 'accepted', kind: 'count', suffix: '件' },
  { key: 'reviewsConcluded', title: '审结行政复议', section: 'administrativeReview', path: 'concluded', area: 'administrative-review', drill: 'concluded', kind: 'count', suffix: '件' },
  { key: 'appearanceRate', title: '负责人出庭应诉率', section: 'litigation', path: 'appearanceRate', area: 'litigation', drill: 'headAppearances', kind: 'rate' },
  { key: 'filesReviewed', title: '评查行政处罚案卷', section: 'fileReview', path: 'filesReviewed', area: 'file-review', drill: 'filesReviewed', kind: 'count', suffix: '宗' },
];

/** The key figures' names by their path in the report (mediation.mediated → 调解纠纷), for the filings' comparison. */
const FIGURE_LABELS = Object.fromEntries(FIGURES.map((f) => [`${f.section}.${f.path}`, f.title]));

// Only these roles may see the case ids behind a figure (the API answers 403 to the others).
const DRILL_ROLES = ['report-reader', 'admin'];

interface Loaded {
  report: Json;
  prose: string[];
  byMonth: Json[];
  byCategory: Json[];
  byCommitteeKind: Json[];
  byApplicantGroup: Json[];
  byDecision: Json[];
}

/** 行政复议决定 in the report's words. */
export const DECISION_LABELS: Record<string, string> = {
  upheld: '维持', revoked: '撤销', altered: '变更', 'confirmed-illegal': '确认违法', 'ordered-to-perform': '责令履行', dismissed: '驳回', terminated: '终止', settled: '调解（和解）',
};

export function ReportPage() {
  const { year: rawYear } = useParams();
  const year = Number(rawYear);
  const navigate = useNavigate();
  const { account } = useSession();
  const screens = Grid.useBreakpoint();
  const [data, setData] = useState<Loaded>();
  const [error, setError] = useState<string>();
  const [drill, setDrill] = useState<Figure>();

  useEffect(() => {
    if (!/^\d{4}$/.test(rawYear ?? '')) return setError(`年份无效：${rawYear}`);
    let live = true;
    setData(undefined);
    setError(undefined);
    const base = `/v1/reports/annual/${year}`;
    Promise.all([
      api<Json>('GET', svc('reporting', `${base}?compareTo=${year - 1}`)),
      api<string>('GET', svc('reporting', `${base}?format=markdown`), undefined, { accept: 'text/markdown' }),
      api<Json>('GET', svc('reporting', `${base}/mediation?by=month`)),
      api<Json>('GET', svc('reporting', `${base}/mediation?by=category`)),
      api<Json>('GET', svc('reporting', `${base}/mediation?by=committeeKind`)),
      api<Json>('GET', svc('reporting', `${base}/legal-aid?by=applicantGroup`)),
      api<Json>('GET', svc('reporting', `${base}/administrative-review?by=decision`)),
    ])
      .then(([report, md, month, category, kind, group, decision]) =>
        live && setData({ report, prose: proseOf(md), byMonth: month.rows, byCategory: category.rows, byCommitteeKind: kind.rows, byApplicantGroup: group.rows, byDecision: decision.rows }),
      )
      .catch((e) => live && setError(e instanceof ApiError ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [rawYear, year]);

  const charts = useMemo(() => (data ? chartOptions(data) : undefined), [data]);
  const canDrill = account ? DRILL_ROLES.includes(account.role) : false;

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Typography.Title level={2} style={{ margin: 0 }}>{year} 年度司法行政工作报告</Typography.Title>
        <Space wrap>
          <label htmlFor="report-year">年份</label>
          <InputNumber id="report-year" min={1949} max={2200} value={year} onChange={(v) => v && String(v).length === 4 && navigate(`/reports/${v}`)} />
          <Button icon={<DownloadOutlined />} href={svc('reporting', `/v1/reports/annual/${year}?format=markdown`)} download={`report-${year}.md`}>下载 Markdown</Button>
          <Button icon={<DownloadOutlined />} href={svc('reporting', `/v1/reports/annual/${year}?format=csv`)} download={`report-${year}.csv`}>下载 CSV</Button>
        </Space>
      </Flex>
      {error && <Alert type="error" showIcon title="无法读取报告" description={error} />}
      {!data && !error && <Skeleton active />}
      {data && (
        <>
          <Card title="报告正文" size="small">
            {data.prose.map((p, i) => (
              <Typography.Paragraph key={i} style={{ textIndent: '2em', marginBottom: 8 }}>{p}</Typography.Paragraph>
            ))}
          </Card>
          <Row gutter={[16, 16]}>
            {FIGURES.map((f) => (
              <Col key={f.key} xs={12} md={8} xl={6}>
                <FigureCard figure={f} report={data.report} clickable={canDrill} onOpen={() => setDrill(f)} />
              </Col>
            ))}
          </Row>
          {!canDrill && <Typography.Text type="secondary">案件明细仅向报告查阅人员和系统管理员开放。</Typography.Text>}
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={12}><Card title="各月调解纠纷" size="small"><Chart option={charts!.month} label="各月调解纠纷柱状图" /></Card></Col>
            <Col xs={24} xl={12}><Card title="纠纷类别分布" size="small"><Chart option={charts!.category} height={screens.md === false ? 360 : 280} label="纠纷类别条形图" /></Card></Col>
            <Col xs={24} xl={12}><Card title="各类调委会调解纠纷" size="small"><Chart option={charts!.committeeKind} label="各类调委会调解纠纷条形图" /></Card></Col>
            <Col xs={24} xl={12}><Card title="法律援助受援人群（受理）" size="small"><Chart option={charts!.applicantGroup} height={screens.md === false ? 360 : 280} label="法律援助受援人群条形图" /></Card></Col>
            <Col xs={24} xl={12}><Card title="行政复议审结决定" size="small"><Chart option={charts!.decision} label="行政复议决定饼图" /></Card></Col>
            <Col xs={24} xl={12}><Card title="负责人出庭应诉率" size="small"><Chart option={charts!.appearance} label="出庭应诉率仪表图" /></Card></Col>
          </Row>
          <FilingsCard year={year} labels={FIGURE_LABELS} />
          <Typography.Text type="secondary">数据截至 {data.report.asOf ? new Date(data.report.asOf).toLocaleString('zh-CN', { timeZone: data.report.timeZone }) : '—'}</Typography.Text>
        </>
      )}
      <DrillDrawer year={year} figure={drill} onClose={() => setDrill(undefined)} />
    </Space>
  );
}

function FigureCard({ figure: f, report, clickable, onOpen }: { figure: Figure; report: Json; clickable: boolean; onOpen: () => void }) {
  const raw = report[f.section]?.[f.path];
  const compared: Compared | undefined = report.compareTo?.figures?.[f.section]?.[f.path];
  let value: string | number = '—';
  let change: number | undefined;
  let changeText = '';
  if (f.kind === 'rate') {
    const rate = raw as Rate | undefined;
    value = rate?.display ?? '—';
    if (typeof compared?.change === 'number') {
      change = compared.change;
      changeText = `${(Math.abs(change) * 100).toFixed(2)} 个百分点`;
    }
  } else if (f.kind === 'wan') {
    value = typeof raw === 'string' ? fenTextToWan(raw) : '—';
    if (typeof compared?.change === 'string') {
      const c = BigInt(compared.change);
      change = c > 0n ? 1 : c < 0n ? -1 : 0;
      changeText = `${fenTextToWan((c < 0n ? -c : c).toString())} 万元`;
    }
  } else {
    value = typeof raw === 'number' ? raw : '—';
    if (typeof compared?.change === 'number') {
      change = compared.change;
      changeText = `${Math.abs(change)}`;
    }
  }
  const body = (
    <>
      <Statistic title={f.title} value={value} groupSeparator="" suffix={f.kind === 'rate' ? undefined : f.suffix} styles={{ content: { fontSize: 26 } }} />
      <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid={`change-${f.key}`}>
        {change === undefined ? `与 ${report.year - 1} 年无可比数据` : change === 0 ? `与 ${report.year - 1} 年持平` : (
          <span style={{ color: change > 0 ? '#389e0d' : '#cf1322' }}>
            {change > 0 ? <ArrowUpOutlined /> : <ArrowDownOutlined />} 较 {report.year - 1} 年{change > 0 ? '增加' : '减少'} {changeText}
          </span>
        )}
      </Typography.Text>
    </>
  );
  return (
    <Card
      size="small"
      hoverable={clickable}
      data-testid={`figure-${f.key}`}
      style={{ height: '100%' }}
      {...(clickable ? { role: 'button', tabIndex: 0, 'aria-label': `${f.title}：查看案件明细`, onClick: onOpen, onKeyDown: (e: React.KeyboardEvent) => (e.key === 'Enter' || e.key === ' ') && onOpen() } : {})}
    >
      {body}
    </Card>
  );
}

interface DrillPage {
  total: number;
  items: { caseId: string; eventIds: string[]; hearingId?: string; workRecordId?: string }[];
  nextCursor: string | null;
}

function DrillDrawer({ year, figure, onClose }: { year: number; figure?: Figure; onClose: () => void }) {
  const [items, setItems] = useState<DrillPage['items']>([]);
  const [total, setTotal] = useState<number>();
  const [cursor, setCursor] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const load = async (f: Figure, after: string | null) => {
    setBusy(true);
    try {
      const q = new URLSearchParams({ figure: f.drill, limit: '20', ...(after ? { cursor: after } : {}) });
      const page = await api<DrillPage>('GET', svc('reporting', `/v1/reports/annual/${year}/${f.area}/cases?${q}`));
      setItems((old) => (after ? [...old, ...page.items] : page.items));
      setTotal(page.total);
      setCursor(page.nextCursor);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  useEffect(() => {
    setItems([]);
    setTotal(undefined);
    setCursor(null);
    setError(undefined);
    if (figure) void load(figure, null);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [figure, year]);
  return (
    <Drawer open={figure !== undefined} onClose={onClose} title={figure ? `${figure.title}：案件明细` : ''} size={520}>
      {error && <Alert type="error" showIcon title={error} />}
      {total !== undefined && <Typography.Paragraph data-testid="drill-total">共 {total} 件，已显示 {items.length} 件</Typography.Paragraph>}
      <Table
        size="small"
        rowKey={(r) => `${r.caseId}/${r.hearingId ?? r.workRecordId ?? ''}`}
        dataSource={items}
        loading={busy}
        pagination={false}
        columns={[
          { title: '案件编号', dataIndex: 'caseId', render: (id: string) => <Typography.Text code copyable style={{ fontSize: 12 }}>{id}</Typography.Text> },
          { title: '事件数', dataIndex: 'eventIds', width: 80, render: (e: string[]) => e.length },
        ]}
      />
      {cursor && figure && <Button block style={{ marginTop: 12 }} onClick={() => load(figure, cursor)} loading={busy}>加载更多</Button>}
    </Drawer>
  );
}

/** A horizontal bar chart of one figure per row of a breakdown, largest on top; rows at zero left out. */
function barsOf(rows: Json[], key: string, value: string, labels: Record<string, string>, name: string, color: string) {
  const shown = rows.filter((r) => Number(r[value]) > 0).sort((a, b) => a[value] - b[value]);
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 32, top: 8, bottom: 24, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: shown.map((r) => labels[r[key]] ?? r[key]) },
    series: [{ name, type: 'bar', data: shown.map((r) => r[value]), itemStyle: { color }, label: { show: true, position: 'right' } }],
  };
}

function chartOptions({ report, byMonth, byCategory, byCommitteeKind, byApplicantGroup, byDecision }: Loaded) {
  const months = byMonth.map((r) => `${r.month}月`);
  const month = {
    tooltip: { trigger: 'axis' },
    legend: { data: ['调解成功', '调解不成'], bottom: 0 },
    grid: { left: 40, right: 16, top: 16, bottom: 48 },
    xAxis: { type: 'category', data: months },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: '调解成功', type: 'bar', stack: 'm', data: byMonth.map((r) => r.succeeded), itemStyle: { color: '#1d4e89' } },
      { name: '调解不成', type: 'bar', stack: 'm', data: byMonth.map((r) => r.failed), itemStyle: { color: '#f0a020' } },
    ],
  };
  const sorted = [...byCategory].sort((a, b) => a.mediated - b.mediated);
  const category = {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 88, right: 24, top: 8, bottom: 24 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: sorted.map((r) => CATEGORY_LABELS[r.category] ?? r.category) },
    series: [{ name: '调解纠纷', type: 'bar', data: sorted.map((r) => r.mediated), itemStyle: { color: '#3a7bd5' } }],
  };
  const rate: Rate | undefined = report.litigation?.appearanceRate;
  const appearance = {
    series: [
      {
        type: 'gauge',
        min: 0,
        max: 100,
        progress: { show: true, width: 14 },
        axisLine: { lineStyle: { width: 14 } },
        axisLabel: { distance: 20, fontSize: 10 },
        detail: { valueAnimation: false, formatter: rate?.value == null ? '—' : '{value}%', fontSize: 22, offsetCenter: [0, '60%'] },
        title: { offsetCenter: [0, '90%'] },
        data: [{ value: rate?.value == null ? 0 : Math.round(rate.value * 10_000) / 100, name: rate ? `${rate.numerator}/${rate.denominator} 次开庭` : '' }],
      },
    ],
  };
  const committeeKind = barsOf(byCommitteeKind, 'committeeKind', 'mediated', COMMITTEE_KIND_LABELS, '调解纠纷', '#1d4e89');
  const applicantGroup = barsOf(byApplicantGroup, 'applicantGroup', 'accepted', APPLICANT_GROUP_LABELS, '受理', '#2f9e8f');
  const decided = byDecision.filter((r) => r.concluded > 0);
  const decision = {
    tooltip: { trigger: 'item', formatter: '{b}：{c} 件（{d}%）' },
    // Each slice carries its name and count: a legend would only repeat them.
    series: [
      {
        name: '审结', type: 'pie', radius: ['38%', '64%'], center: ['50%', '50%'],
        label: { formatter: '{b} {c}' },
        data: decided.length ? decided.map((r) => ({ name: DECISION_LABELS[r.decision] ?? r.decision, value: r.concluded })) : [{ name: '暂无审结', value: 0 }],
      },
    ],
  };
  return { month, category, committeeKind, applicantGroup, decision, appearance };
}
