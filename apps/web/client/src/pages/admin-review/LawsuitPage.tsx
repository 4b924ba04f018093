import { Button, Card, Descriptions, Grid, Result, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api, ApiError, svc } from '../../api';
import type { Hearing, JudicialSuggestion, Lawsuit } from '../../schemas';
import {
  appearanceText, LAWSUIT_STATUS_COLORS, LAWSUIT_STATUS_LABELS, MATTER_LABELS, OUTCOME_LABELS, PERFORMANCE_RESULT_LABELS, PERFORMANCE_STATUS_LABELS,
  SUGGESTION_STATUS_COLORS, SUGGESTION_STATUS_LABELS,
} from '../admin-review-labels';
import { LawsuitActing, LawsuitActionButtons, LawsuitActionModal, SuggestionActionButtons } from './LawsuitActions';
import { LABEL_NOWRAP, NoAccess, ReviewDeskHeader, when } from './ReviewDesk';

/**
 * One lawsuit: its facts, its hearings and whether the agency's head appeared at each (出庭),
 * recording a hearing and the judgment; then the follow-up: the supervision of the judgment's
 * performance (督促履行) and the judicial suggestions with their supervision (督办司法建议).
 */
export function LawsuitPage() {
  const { id } = useParams();
  const [l, setL] = useState<Lawsuit>();
  const [error, setError] = useState<ApiError>();
  const [acting, setActing] = useState<LawsuitActing>();
  const screens = Grid.useBreakpoint();
  const load = useCallback(() => {
    api<Lawsuit>('GET', svc('administrative-review', `/v1/lawsuits/${encodeURIComponent(id ?? '')}`))
      .then(setL)
      .catch((e) => setError(e instanceof ApiError ? e : new ApiError(0, undefined, String(e))));
  }, [id]);
  useEffect(load, [load]);
  const back = <Link to="/review/lawsuits"><Button>返回应诉案件列表</Button></Link>;
  if (error?.status === 403) return <NoAccess />;
  if (error?.status === 404 || error?.status === 400) return <Result status="404" title="404" subTitle="没有找到该应诉案件。" extra={back} />;
  if (error) return <Result status="error" title="无法读取应诉案件" subTitle={error.message} extra={back} />;
  if (!l) return <Skeleton active />;
  const hearings = l.hearings ?? [];
  const appearances = hearings.filter((h) => h.headAppeared).length;
  const suggestions = l.judicialSuggestions ?? [];
  const p = l.performanceSupervision;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <ReviewDeskHeader />
      <Card title="行政应诉案件详情" extra={back}>
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <Space wrap>
            <LawsuitActionButtons lawsuit={l} onAct={setActing} />
          </Space>
          <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} styles={LABEL_NOWRAP}>
            <Descriptions.Item label="状态"><Tag color={LAWSUIT_STATUS_COLORS[l.status]}>{LAWSUIT_STATUS_LABELS[l.status]}</Tag></Descriptions.Item>
            <Descriptions.Item label="立案时间">{when(l.filedAt)}</Descriptions.Item>
            <Descriptions.Item label="被告行政机关">{l.defendantAgency}</Descriptions.Item>
            <Descriptions.Item label="审理法院">{l.court}</Descriptions.Item>
            <Descriptions.Item label="被诉行政行为">{MATTER_LABELS[l.matter]}</Descriptions.Item>
            <Descriptions.Item label="负责人出庭">
              <span data-testid="appearances">{hearings.length === 0 ? '尚未开庭' : `共 ${hearings.length} 次庭审，出庭 ${appearances} 次`}</span>
            </Descriptions.Item>
            <Descriptions.Item label="裁判时间">{when(l.decidedAt)}</Descriptions.Item>
            <Descriptions.Item label="裁判结果">{l.outcome ? OUTCOME_LABELS[l.outcome] : '—'}</Descriptions.Item>
            <Descriptions.Item label="督促履行判决">
              <span data-testid="performance">{p ? `${PERFORMANCE_STATUS_LABELS[p.status]}${p.result ? `（${PERFORMANCE_RESULT_LABELS[p.result]}）` : ''}` : '未督促'}</span>
            </Descriptions.Item>
            <Descriptions.Item label="判决生效时间">{when(p?.judgmentEffectiveAt)}</Descriptions.Item>
            <Descriptions.Item label="督促开始时间">{when(p?.startedAt)}</Descriptions.Item>
            <Descriptions.Item label="督促结束时间">{when(p?.concludedAt)}</Descriptions.Item>
          </Descriptions>
          <div>
            <Typography.Title level={5} style={{ marginTop: 0 }}>庭审记录</Typography.Title>
            <Table<Hearing>
              size="small"
              rowKey="id"
              dataSource={hearings}
              pagination={false}
              locale={{ emptyText: '尚无庭审记录' }}
              scroll={screens.sm ? { x: 480 } : undefined}
              columns={[
                { title: '开庭时间', dataIndex: 'heldAt', render: (t: string) => when(t) },
                {
                  title: '负责人出庭',
                  key: 'appeared',
                  render: (_: unknown, h) => <Tag color={h.headAppeared ? 'green' : 'default'} style={{ marginInlineEnd: 0 }}>{appearanceText(h)}</Tag>,
                },
              ]}
            />
          </div>
          <div>
            <Typography.Title level={5} style={{ marginTop: 0 }}>司法建议</Typography.Title>
            <Table<JudicialSuggestion>
              size="small"
              rowKey="id"
              dataSource={suggestions}
              pagination={false}
              locale={{ emptyText: '尚无司法建议' }}
              scroll={screens.sm ? { x: 640 } : undefined}
              columns={[
                { title: '提出建议的法院', dataIndex: 'court' },
                { title: '收到时间', dataIndex: 'receivedAt', render: (t: string) => when(t) },
                {
                  title: '状态',
                  dataIndex: 'status',
                  render: (st: JudicialSuggestion['status']) => <Tag color={SUGGESTION_STATUS_COLORS[st]} style={{ marginInlineEnd: 0 }}>{SUGGESTION_STATUS_LABELS[st]}</Tag>,
                },
                { title: '督办时间', dataIndex: 'supervisedAt', render: (t: string | null) => when(t) },
                { title: '回复时间', dataIndex: 'answeredAt', render: (t: string | null) => when(t) },
                { title: '操作', key: 'act', render: (_: unknown, s) => <Space size={4}><SuggestionActionButtons suggestion={s} onAct={setActing} /></Space> },
              ]}
            />
          </div>
        </Space>
        <LawsuitActionModal acting={acting} lawsuit={l} onClose={() => setActing(undefined)} onDone={load} />
      </Card>
    </Space>
  );
}
