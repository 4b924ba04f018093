import { App, Button, Card, Flex, Result, Skeleton, Space, Statistic, Tabs, Tag, Typography } from 'antd';
import { ReactNode, useCallback, useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { api, ApiError, svc } from '../api';
import { failure } from '../form-problems';
import type { AdviserCoverage } from '../schemas';
import { AGENDA_MEETINGS, CAMPAIGNS, COMMITTEE_MEETINGS, CONTRACTS, DOCUMENTS, ENGAGEMENTS, GROUPS, UNITS } from './legal-affairs/desks';
import { DeskSpec, RecordDesk } from './legal-affairs/RecordDesk';

// Each tab one kind of record; `?tab=` keeps the tab in the address (a reload or a shared link opens it).
// The adviser tabs show the coverage, which their writes change.
type DeskProps = { onDenied: () => void; onChanged?: () => void; aside?: ReactNode };
const desk = <R extends { id: string }>(spec: DeskSpec<R>) => (props: DeskProps) => <RecordDesk spec={spec} {...props} />;
const TABS: { key: string; label: string; en: string; desk: (p: DeskProps) => ReactNode; coverage?: boolean }[] = [
  { key: 'documents', label: '文件审查', en: 'Documents', desk: desk(DOCUMENTS) },
  { key: 'contracts', label: '合同审查', en: 'Contracts', desk: desk(CONTRACTS) },
  { key: 'advisers', label: '法律顾问', en: 'Advisers', desk: desk(ENGAGEMENTS), coverage: true },
  { key: 'units', label: '区级单位', en: 'Units', desk: desk(UNITS), coverage: true },
  { key: 'cleanup', label: '文件清理', en: 'Clean-up', desk: desk(CAMPAIGNS) },
  { key: 'agenda', label: '法治议题', en: 'Agenda', desk: desk(AGENDA_MEETINGS) },
  { key: 'groups', label: '协调小组', en: 'Groups', desk: desk(GROUPS) },
  { key: 'committee', label: '委员会会议', en: 'Committee', desk: desk(COMMITTEE_MEETINGS) },
];

/**
 * The legal-affairs section's desk (法制审查): one tab per kind of record the section keeps —
 * documents and contracts under legality review, advisers' engagements and their work, the registry
 * of district units, clean-up campaigns, the meetings that studied rule-of-law work, the committee's
 * coordination groups and meetings — each with its form, its list and the steps its status allows.
 */
export function LegalAffairsPage() {
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const tab = TABS.find((t) => t.key === params.get('tab')) ?? TABS[0];
  const [denied, setDenied] = useState(false);
  const [coverage, setCoverage] = useState<AdviserCoverage>();
  const [answered, setAnswered] = useState(false);

  const loadCoverage = useCallback(async () => {
    try {
      setCoverage(await api<AdviserCoverage>('GET', svc('legal-affairs', '/v1/adviser-coverage')));
    } catch (e) {
      if (e instanceof ApiError && e.status === 403) setDenied(true);
      else message.error(failure(e));
    } finally {
      setAnswered(true);
    }
  }, [message]);
  useEffect(() => void loadCoverage(), [loadCoverage]);
  const onDenied = useCallback(() => setDenied(true), []);

  if (denied) return <NoAccess />;
  // Until the service has answered once, nothing of the page: a role it refuses never sees a form.
  if (!answered) return <Skeleton active />;

  return (
    <Space orientation="vertical" size={8} style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} style={{ margin: 0 }}>法制审查</Typography.Title>
        {coverage && (
          <Typography.Text type="secondary" data-testid="coverage-summary">
            法律顾问覆盖 {coverage.covered} / {coverage.units} 个区级单位{coverage.full && '（已全覆盖）'}
          </Typography.Text>
        )}
      </Flex>
      <Tabs
        activeKey={tab.key}
        onChange={(key) => setParams(key === TABS[0].key ? {} : { tab: key })}
        destroyOnHidden
        items={TABS.map((t) => ({
          key: t.key,
          label: <span>{t.label} <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t.en}</Typography.Text></span>,
          children: t.desk({ onDenied, onChanged: t.coverage ? loadCoverage : undefined, aside: t.coverage && coverage ? <CoverageCard coverage={coverage} /> : undefined }),
        }))}
      />
    </Space>
  );
}

/** GET /v1/adviser-coverage now: 区级单位法律顾问覆盖. */
function CoverageCard({ coverage }: { coverage: AdviserCoverage }): ReactNode {
  return (
    <Card title="区级单位法律顾问覆盖" size="small" data-testid="coverage">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Statistic title="有法律顾问的单位 / 区级单位" value={`${coverage.covered} / ${coverage.units}`} />
        {coverage.full ? <Tag color="green">已全覆盖</Tag> : coverage.units === 0 ? <Typography.Text type="secondary">尚未登记区级单位</Typography.Text> : (
          <div>
            <Typography.Text>尚无法律顾问：</Typography.Text>
            <Flex gap={4} wrap>{coverage.uncovered.map((u) => <Tag key={u}>{u}</Tag>)}</Flex>
          </div>
        )}
      </Space>
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
