import { UploadOutlined } from '@ant-design/icons';
import { App, Alert, Button, Card, Flex, Space, Table, Typography } from 'antd';
import { ChangeEvent, useMemo, useRef, useState } from 'react';
import { api, idempotencyKey, svc } from '../../api';
import { decodeCsv, parseCsv } from '../../csv';
import { checkPoolCsv, POOL_COLUMN_LABELS, POOL_TEMPLATE, PoolCheck, RowProblem, serviceRowProblems } from '../../file-pool';
import type { Campaign, PooledFiles } from '../../schemas';
import { failure } from '../disputes';
import { inChinese, PENALTY_TYPE_LABELS } from '../file-review-labels';

interface Upload {
  name: string;
  encoding: string;
  check: PoolCheck;
  /** Rows the service refused (e.g. a number already pooled): kept out of the next try. */
  refused: RowProblem[];
  /** Set once the good rows are pooled. */
  pooled?: { count: number; poolSize: number };
}

const TEMPLATE_HREF = `data:text/csv;charset=utf-8,${encodeURIComponent(POOL_TEMPLATE)}`;

/**
 * Pooling files from a CSV: the file is read and checked in the browser, every bad row reported
 * by row and column, and only the good rows are sent — the service pools a request all or none.
 * Rows the service still refuses join the report, and the rest can be sent again.
 */
export function PoolCard({ campaign, onPooled }: { campaign: Campaign; onPooled: () => void }) {
  const { message } = App.useApp();
  const [upload, setUpload] = useState<Upload>();
  const [sending, setSending] = useState(false);
  // One key per set of rows to send: a retried click pools them once; another set is another request.
  const [key, setKey] = useState(idempotencyKey);
  const input = useRef<HTMLInputElement>(null);

  const toSend = useMemo(() => {
    const refused = new Set(upload?.refused.map((p) => p.row));
    return upload ? upload.check.good.filter((g) => !refused.has(g.row)) : [];
  }, [upload]);
  const problems = useMemo(() => (upload ? [...upload.check.problems, ...upload.refused].sort((a, b) => (a.row ?? 0) - (b.row ?? 0)) : []), [upload]);
  const badRows = new Set(problems.map((p) => p.row)).size;

  const read = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = ''; // choosing the same file again (after fixing it) reads it again
    if (!file) return;
    const { text, encoding } = decodeCsv(new Uint8Array(await file.arrayBuffer()));
    setUpload({ name: file.name, encoding, check: checkPoolCsv(parseCsv(text), new Date()), refused: [] });
    setKey(idempotencyKey());
  };

  const send = async () => {
    if (!upload) return;
    setSending(true);
    try {
      const answer = await api<PooledFiles>('POST', svc('file-review', `/v1/campaigns/${campaign.id}/files`), { files: toSend.map((r) => r.file) }, { 'idempotency-key': key });
      setUpload({ ...upload, pooled: { count: answer.files.length, poolSize: answer.poolSize } });
      message.success(`已入池 ${answer.files.length} 件`);
      onPooled();
    } catch (e) {
      const refused = serviceRowProblems(e, toSend, inChinese);
      if (refused.length > 0) {
        setUpload({ ...upload, refused: [...upload.refused, ...refused] });
        setKey(idempotencyKey());
        message.warning('服务拒绝了部分行，本次没有案卷入池；这些行已列入下方错误报告');
      } else message.error(failure(e));
    } finally {
      setSending(false);
    }
  };

  return (
    <Card title="案卷入池" size="small">
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          上传 CSV 文件，第 1 行为表头 <Typography.Text code>agency,fileNumber,penaltyType,decidedAt</Typography.Text>
          （执法机关、案卷号、处罚种类、决定时间，也可用中文列名）。处罚种类填
          {Object.entries(PENALTY_TYPE_LABELS).map(([code, label]) => `${label}/${code}`).join('、')}；
          决定时间如 2021-06-03 或 2021-06-03 10:15（北京时间）。 <a href={TEMPLATE_HREF} download="案卷入池模板.csv">下载模板</a>
        </Typography.Paragraph>
        <Flex gap={8} align="center" wrap>
          <label htmlFor="pool-csv">CSV 文件</label>
          {/* The native input is hidden (its text would follow the browser's language); the button opens it. */}
          <input id="pool-csv" ref={input} type="file" accept=".csv,text/csv" onChange={read} hidden />
          <Button icon={<UploadOutlined />} onClick={() => input.current?.click()} aria-label="选择 CSV 文件">选择文件</Button>
          <Typography.Text type="secondary">{upload ? upload.name : '未选择文件'}</Typography.Text>
        </Flex>
        {upload && <Report upload={upload} problems={problems} badRows={badRows} toSend={toSend.length} />}
        {upload && !upload.pooled && toSend.length > 0 && (
          <Button type="primary" onClick={send} loading={sending}>
            {badRows > 0 ? `将其余 ${toSend.length} 件有效案卷入池` : `将 ${toSend.length} 件案卷入池`}
          </Button>
        )}
      </Space>
    </Card>
  );
}

function Report({ upload, problems, badRows, toSend }: { upload: Upload; problems: RowProblem[]; badRows: number; toSend: number }) {
  const { check, pooled } = upload;
  const file = `《${upload.name}》${upload.encoding === 'gb18030' ? '（GBK 编码）' : ''}`;
  const summary = pooled
    ? `${file}：已将 ${pooled.count} 件案卷入池，案卷池现有 ${pooled.poolSize} 件。${badRows > 0 ? `以下 ${badRows} 行没有入池。` : ''}`
    : check.rows === 0 && problems.length > 0
      ? `${file}无法入池：`
      : `${file}共 ${check.rows} 行案卷：${toSend} 行可以入池${badRows > 0 ? `，${badRows} 行有错误，不会入池（见下表）` : ''}。尚未入池，请确认。`;
  // Rows the file itself got wrong can be fixed and uploaded on their own; a number already pooled needs no upload.
  const fixable = check.problems.some((p) => p.row !== null && p.row > 1);
  return (
    <Space orientation="vertical" size={8} style={{ width: '100%' }} data-testid="pool-report">
      <Alert type={pooled ? 'success' : badRows > 0 || toSend === 0 ? 'warning' : 'info'} showIcon title={summary} />
      {fixable && <Typography.Text type="secondary">改正有错误的行后，可以只把这些行（连同表头）另存为一个文件再上传。</Typography.Text>}
      {check.ignoredColumns.length > 0 && <Typography.Text type="secondary">已忽略的列：{check.ignoredColumns.join('、')}</Typography.Text>}
      {problems.length > 0 && (
        <Table<RowProblem>
          size="small"
          rowKey={(p) => `${p.row}-${p.column}-${p.problem}`}
          dataSource={problems}
          pagination={problems.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
          aria-label="错误报告"
          columns={[
            { title: '行号', dataIndex: 'row', width: 70, render: (r: number | null) => (r === null ? '全文件' : `第 ${r} 行`) },
            { title: '列', dataIndex: 'column', width: 120, render: (c: RowProblem['column']) => (c ? `${POOL_COLUMN_LABELS[c]}（${c}）` : '整行') },
            { title: '问题', dataIndex: 'problem' },
          ]}
        />
      )}
    </Space>
  );
}
