import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Statistic, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { api, svc } from '../../api';
import type { Campaign, ProblemList } from '../../schemas';
import { failure } from '../disputes';
import { GRADE_COLORS, GRADE_LABELS, PROBLEM_CATEGORY_LABELS } from '../file-review-labels';

type Agency = ProblemList['agencies'][number];
type Category = Agency['categories'][number];
type Problem = Category['problems'][number] & { agency: string; category: Category['category']; key: string };

/** The problems of one page of the list, flattened to rows (agency, category, file, problem). */
const rowsOf = (page: ProblemList, offset: number): Problem[] =>
  page.agencies.flatMap((a) => a.categories.flatMap((c) => c.problems.map((p) => ({ ...p, agency: a.agency, category: c.category })))).map((p, i) => ({ ...p, key: String(offset + i) }));

/** The problem list (问题清单) by agency and category — a draft until the notice — and its CSV download. */
export function ProblemListCard({ campaign: c, version }: { campaign: Campaign; version: number }) {
  const { message } = App.useApp();
  const [list, setList] = useState<ProblemList>();
  const [rows, setRows] = useState<Problem[]>([]);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async (cursor: string | null) => {
    setBusy(true);
    try {
      const q = new URLSearchParams({ limit: '100', ...(cursor ? { cursor } : {}) });
      const page = await api<ProblemList>('GET', svc('file-review', `/v1/campaigns/${c.id}/problem-list?${q}`));
      setList(page);
      setRows((old) => (cursor ? [...old, ...rowsOf(page, old.length)] : rowsOf(page, 0)));
    } catch (e) {
      message.error(failure(e));
    } finally {
      setBusy(false);
    }
    // `version` is there to read the list again after a change.
  }, [c.id, message, version]);
  useEffect(() => void load(null), [load]);

  const download = (
    <Button icon={<DownloadOutlined />} href={svc('file-review', `/v1/campaigns/${c.id}/problem-list?format=csv`)} download={`问题清单-${c.year}-${c.title.replace(/[\\/:*?"<>|]/g, '_')}.csv`}>下载 CSV</Button>
  );
  return (
    <Card title={<>问题清单 {list && <Tag color={list.status === 'noticed' ? 'success' : 'default'}>{list.status === 'noticed' ? '已通报' : '草稿（未通报）'}</Tag>}</>} size="small" extra={download}>
      <Flex gap={32} wrap style={{ marginBottom: 12 }}>
        <Statistic groupSeparator="" title="已评查案卷" value={list?.filesReviewed ?? 0} suffix="件" />
        <Statistic groupSeparator="" title="发现问题" value={list?.problems ?? 0} suffix="个" />
        <Statistic groupSeparator="" title="涉及执法机关" value={list?.agencies.filter((a) => a.problems > 0).length ?? 0} suffix="个" />
      </Flex>
      <Typography.Title level={5}>各执法机关</Typography.Title>
      <Table<Agency>
        size="small"
        rowKey="agency"
        dataSource={list?.agencies ?? []}
        loading={busy && !list}
        pagination={false}
        style={{ marginBottom: 16 }}
        columns={[
          { title: '执法机关', dataIndex: 'agency' },
          { title: '评查案卷', dataIndex: 'filesReviewed', width: 100, render: (n: number) => `${n} 件` },
          { title: '问题', dataIndex: 'problems', width: 90, render: (n: number) => `${n} 个` },
        ]}
      />
      <Typography.Title level={5}>问题明细</Typography.Title>
      <Table<Problem>
        size="small"
        rowKey="key"
        dataSource={rows}
        loading={busy}
        pagination={false}
        scroll={{ x: 860 }}
        locale={{ emptyText: '还没有发现问题' }}
        columns={[
          { title: '执法机关', dataIndex: 'agency', width: 180 },
          { title: '类别', dataIndex: 'category', width: 130, render: (k: Category['category']) => PROBLEM_CATEGORY_LABELS[k] },
          { title: '案卷号', dataIndex: 'fileNumber', width: 180 },
          { title: '得分', dataIndex: 'score', width: 110, render: (s: number, p) => <>{s} <Tag color={GRADE_COLORS[p.grade]}>{GRADE_LABELS[p.grade]}</Tag></> },
          { title: '问题描述', dataIndex: 'description', render: (d: string) => <span style={{ whiteSpace: 'pre-wrap' }}>{d}</span> },
        ]}
      />
      {list?.nextCursor && <Button block style={{ marginTop: 12 }} onClick={() => load(list.nextCursor)} loading={busy}>加载更多</Button>}
    </Card>
  );
}
