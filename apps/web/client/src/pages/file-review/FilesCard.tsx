import { App, Button, Card, List, Segmented, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { api, svc } from '../../api';
import type { Campaign, Paged, PenaltyFile } from '../../schemas';
import { failure } from '../disputes';
import { FILE_STATUS_COLORS, FILE_STATUS_LABELS, GRADE_COLORS, GRADE_LABELS, PENALTY_TYPE_LABELS, PROBLEM_CATEGORY_LABELS } from '../file-review-labels';
import { ReviewModal } from './ReviewModal';

type Shown = 'drawn' | 'undrawn';

/**
 * The campaign's files: the pool while it is open; once drawn, the drawn files (scored here while
 * the campaign takes reviews) or those left in the pool. Paged by cursor, by file number.
 */
export function FilesCard({ campaign, version, onReviewed }: { campaign: Campaign; version: number; onReviewed: () => void }) {
  const { message } = App.useApp();
  const drawnYet = campaign.status !== 'open';
  const [shown, setShown] = useState<Shown>('drawn');
  const [rows, setRows] = useState<PenaltyFile[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [reviewing, setReviewing] = useState<PenaltyFile>();

  const load = useCallback(async (cursor: string | null) => {
    setBusy(true);
    try {
      const q = new URLSearchParams({ limit: '100' });
      if (drawnYet) q.set('drawn', String(shown === 'drawn'));
      if (cursor) q.set('cursor', cursor);
      const page = await api<Paged<PenaltyFile>>('GET', svc('file-review', `/v1/campaigns/${campaign.id}/files?${q}`));
      setRows((old) => (cursor ? [...old, ...page.items] : page.items));
      setNext(page.nextCursor);
    } catch (e) {
      message.error(failure(e));
    } finally {
      setBusy(false);
    }
    // `version` is there to read the list again after a change.
  }, [campaign.id, drawnYet, shown, message, version]);
  useEffect(() => void load(null), [load]);

  const drawnShown = drawnYet && shown === 'drawn';
  const columns: ColumnsType<PenaltyFile> = [
    ...(drawnShown
      ? [{ title: '序号', dataIndex: 'drawPosition', width: 64, sorter: (a: PenaltyFile, b: PenaltyFile) => (a.drawPosition ?? 0) - (b.drawPosition ?? 0), defaultSortOrder: 'ascend' as const }]
      : []),
    { title: '案卷号', dataIndex: 'fileNumber', width: 170 },
    { title: '执法机关', dataIndex: 'agency' },
    { title: '处罚种类', dataIndex: 'penaltyType', width: 90, render: (t: PenaltyFile['penaltyType']) => PENALTY_TYPE_LABELS[t] },
    { title: '决定日期', dataIndex: 'decidedAt', width: 100, render: (t: string) => dayjs(t).format('YYYY-MM-DD') },
    ...(drawnShown
      ? [
          {
            title: '评查结果',
            key: 'result',
            width: 110,
            render: (_: unknown, f: PenaltyFile) =>
              f.grade ? (
                <>{f.score} 分 <Tag color={GRADE_COLORS[f.grade]}>{GRADE_LABELS[f.grade]}</Tag></>
              ) : campaign.status === 'noticed' ? (
                <Tag>未评查</Tag>
              ) : (
                <Tag color={FILE_STATUS_COLORS[f.status]}>{FILE_STATUS_LABELS[f.status]}</Tag>
              ),
          },
        ]
      : []),
    // Reviews are taken only between the draw and the notice.
    ...(drawnShown && campaign.status === 'sampled'
      ? [
          {
            title: '操作',
            key: 'actions',
            width: 64,
            render: (_: unknown, f: PenaltyFile) =>
              f.status === 'drawn' && campaign.status === 'sampled' ? (
                <Button size="small" type="link" onClick={() => setReviewing(f)} aria-label={`评查 ${f.fileNumber}`} style={{ paddingInline: 0 }}>评查</Button>
              ) : null,
          },
        ]
      : []),
  ];

  return (
    <Card
      title={drawnYet ? '案卷' : `案卷池（${campaign.poolSize} 件）`}
      size="small"
      data-testid="files"
      extra={drawnYet && (
        <Segmented<Shown>
          size="small"
          value={shown}
          onChange={setShown}
          options={[{ value: 'drawn', label: `抽中 ${campaign.counts.drawn}` }, { value: 'undrawn', label: `未抽中 ${campaign.poolSize - campaign.counts.drawn}` }]}
          aria-label="显示哪些案卷"
        />
      )}
    >
      <Table<PenaltyFile>
        size="small"
        rowKey="id"
        dataSource={rows}
        loading={busy}
        pagination={false}
        scroll={{ x: drawnShown ? 760 : 560 }}
        columns={columns}
        locale={{ emptyText: drawnYet ? '没有案卷' : '案卷池还是空的：上传 CSV 文件入池' }}
        expandable={!drawnShown ? undefined : {
          rowExpandable: (f) => f.problems.length > 0,
          expandedRowRender: (f) => (
            <List
              size="small"
              dataSource={f.problems}
              renderItem={(p) => (
                <List.Item>
                  <Typography.Text><Tag>{PROBLEM_CATEGORY_LABELS[p.category]}</Tag>{p.description}</Typography.Text>
                </List.Item>
              )}
            />
          ),
        }}
      />
      {next && <Button block style={{ marginTop: 12 }} onClick={() => load(next)} loading={busy}>加载更多</Button>}
      <ReviewModal file={reviewing} onClose={() => setReviewing(undefined)} onDone={onReviewed} />
    </Card>
  );
}
