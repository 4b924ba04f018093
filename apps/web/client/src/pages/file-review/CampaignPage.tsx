import { Button, Card, Col, Descriptions, Flex, Result, Row, Skeleton, Space, Steps, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api, ApiError, svc } from '../../api';
import type { Campaign, PanelRole } from '../../schemas';
import { CAMPAIGN_STATUS_COLORS, CAMPAIGN_STATUS_LABELS, PANEL_ROLE_LABELS, when } from '../file-review-labels';
import { DrawCard, DrawRecord } from './DrawCard';
import { FilesCard } from './FilesCard';
import { NoticeCard } from './NoticeCard';
import { PoolCard } from './PoolCard';
import { ProblemListCard } from './ProblemListCard';

const STEP: Record<Campaign['status'], number> = { open: 0, sampled: 2, noticed: 3 };

/**
 * One campaign: what it is and how far it has got, and the actions its status allows — pooling
 * and the draw while open, reviews and the notice once sampled, nothing once noticed — with the
 * draw record and the problem list.
 */
export function CampaignPage() {
  const { id = '' } = useParams();
  const [campaign, setCampaign] = useState<Campaign>();
  const [error, setError] = useState<ApiError>();
  // Bumped by every change, so the file list and the problem list read again.
  const [version, setVersion] = useState(0);

  const load = useCallback(async () => {
    try {
      setCampaign(await api<Campaign>('GET', svc('file-review', `/v1/campaigns/${encodeURIComponent(id)}`)));
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, undefined, String(e)));
    }
  }, [id]);
  useEffect(() => void load(), [load]);
  const changed = useCallback(() => {
    setVersion((v) => v + 1);
    void load();
  }, [load]);

  const back = <Link to="/file-review"><Button>返回评查活动</Button></Link>;
  if (error?.status === 404 || error?.status === 400) return <Result status="404" title="404" subTitle="没有找到该评查活动。" extra={back} />;
  if (error) return <Result status="error" title="无法读取评查活动" subTitle={error.message} extra={back} />;
  if (!campaign) return <Skeleton active />;
  const c = campaign;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Typography.Title level={2} style={{ margin: 0 }}>{c.title}</Typography.Title>
        {back}
      </Flex>
      <Card size="small">
        <Steps
          size="small"
          current={STEP[c.status]}
          status={c.status === 'noticed' ? 'finish' : 'process'}
          // Title under the icon, and horizontal at every width: four short steps fit in 375 px.
          titlePlacement="vertical"
          responsive={false}
          items={[{ title: '案卷入池' }, { title: '随机抽签' }, { title: '评查打分' }, { title: '发布通报' }]}
          style={{ marginBottom: 16 }}
        />
        <Descriptions size="small" column={{ xs: 2, lg: 4 }}>
          <Descriptions.Item label="年度">{c.year}</Descriptions.Item>
          <Descriptions.Item label="状态"><Tag color={CAMPAIGN_STATUS_COLORS[c.status]} data-testid="campaign-status">{CAMPAIGN_STATUS_LABELS[c.status]}</Tag></Descriptions.Item>
          <Descriptions.Item label="案卷池"><span data-testid="pool-size">{c.poolSize}</span>&nbsp;件</Descriptions.Item>
          <Descriptions.Item label="抽中">{c.counts.drawn} 件</Descriptions.Item>
          <Descriptions.Item label="已评查">{c.counts.reviewed} 件</Descriptions.Item>
          <Descriptions.Item label="待评查">{c.counts.awaitingReview} 件</Descriptions.Item>
          <Descriptions.Item label="发现问题">{c.counts.problems} 个</Descriptions.Item>
          <Descriptions.Item label="通报时间">{when(c.issuedAt)}</Descriptions.Item>
          <Descriptions.Item label="评查组" span={{ xs: 2, lg: 4 }}>
            <Flex gap={4} wrap>
              {c.panel.map((m, i) => <Tag key={i}>{PANEL_ROLE_LABELS[m.role as PanelRole]}{m.name ? `：${m.name}` : ''}</Tag>)}
            </Flex>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={8}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            {c.status === 'open' && <PoolCard campaign={c} onPooled={changed} />}
            {c.status === 'open' ? <DrawCard campaign={c} onDrawn={changed} /> : <DrawRecord campaign={c} />}
            {c.status === 'sampled' && <NoticeCard campaign={c} onIssued={changed} />}
          </Space>
        </Col>
        <Col xs={24} xl={16}>
          <FilesCard campaign={c} version={version} onReviewed={changed} />
        </Col>
      </Row>
      {c.status !== 'open' && <ProblemListCard campaign={c} version={version} />}
    </Space>
  );
}
