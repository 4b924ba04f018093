import { Alert, App, Button, Card, Descriptions, Form, Input, InputNumber, Space, Typography } from 'antd';
import { useState } from 'react';
import { api, idempotencyKey, svc } from '../../api';
import { redraw } from '../../draw-check';
import { showFieldProblems } from '../../form-problems';
import type { Campaign, Draw, Paged, PenaltyFile } from '../../schemas';
import { failure } from '../disputes';
import { inChinese, when } from '../file-review-labels';

/** The largest sample the service draws (apps/file-review, MAX_SAMPLE_SIZE). */
const MAX_SAMPLE_SIZE = 5000;

/** The draw of an open campaign: how many files, and an optional seed (a random one is chosen and shown when left empty). */
export function DrawCard({ campaign, onDrawn }: { campaign: Campaign; onDrawn: () => void }) {
  const [form] = Form.useForm<{ sampleSize?: number; seed?: string }>();
  const [busy, setBusy] = useState(false);
  const { message, modal } = App.useApp();
  const [key, setKey] = useState(idempotencyKey);
  const pool = campaign.poolSize;

  const draw = async (v: { sampleSize?: number; seed?: string }) => {
    setBusy(true);
    try {
      const seed = v.seed?.trim();
      const drawn = await api<Draw>('POST', svc('file-review', `/v1/campaigns/${campaign.id}/draw`), { sampleSize: v.sampleSize, ...(seed ? { seed } : {}) }, { 'idempotency-key': key });
      message.success(`已抽取 ${drawn.files.length} 件，抽签种子：${drawn.seed}`);
      onDrawn();
    } catch (e) {
      if (!showFieldProblems(form, e, { inWords: inChinese })) message.error(failure(e));
    } finally {
      setBusy(false);
    }
  };
  const confirm = (v: { sampleSize?: number; seed?: string }) =>
    modal.confirm({
      title: '确认抽签',
      content: `从案卷池的 ${pool} 件中随机抽取 ${v.sampleSize} 件。抽签后案卷池关闭，不能再入池，也不能重新抽签。`,
      okText: '抽签',
      cancelText: '取消',
      onOk: () => draw(v),
    });

  return (
    <Card title="随机抽签" size="small">
      <Form form={form} layout="vertical" onFinish={confirm} onValuesChange={() => setKey(idempotencyKey())}>
        <Form.Item
          name="sampleSize"
          label="抽取数量（件）"
          rules={[{ required: true, message: '请输入抽取数量' }, { type: 'number', min: 1, max: Math.min(pool, MAX_SAMPLE_SIZE), message: `应为 1–${Math.min(pool, MAX_SAMPLE_SIZE)} 件` }]}
          extra={`案卷池现有 ${pool} 件`}
        >
          <InputNumber min={1} precision={0} style={{ width: '100%' }} disabled={pool === 0} />
        </Form.Item>
        <Form.Item
          name="seed"
          label="抽签种子（可不填）"
          rules={[{ max: 200, message: '不超过 200 字' }, { pattern: /^[^\r\n]*$/, message: '不能含换行' }]}
          extra="不填则由系统随机生成。种子会公开记录：抽签结果只取决于种子和案卷号，任何人都可以复核。自定的种子应在入池前确定并公布（如公开摇号），不能看过案卷池再选。"
        >
          <Input disabled={pool === 0} placeholder="如 2021-评查-公开抽签" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} disabled={pool === 0}>抽签</Button>
      </Form>
    </Card>
  );
}

/** All the pool's file numbers, page by page (the draw is checked against every one of them). */
async function poolNumbers(campaignId: string): Promise<string[]> {
  const numbers: string[] = [];
  let cursor: string | null = null;
  do {
    const q = new URLSearchParams({ limit: '500', ...(cursor ? { cursor } : {}) });
    const page: Paged<PenaltyFile> = await api('GET', svc('file-review', `/v1/campaigns/${campaignId}/files?${q}`));
    numbers.push(...page.items.map((f) => f.fileNumber));
    cursor = page.nextCursor;
  } while (cursor);
  return numbers;
}

/** The recorded draw: the seed, the pool, the drawn numbers in draw order; and re-running it here. */
export function DrawRecord({ campaign: c }: { campaign: Campaign }) {
  const [check, setCheck] = useState<{ same: boolean; pool: number } | { error: string }>();
  const [busy, setBusy] = useState(false);
  const recheck = async () => {
    setBusy(true);
    try {
      const numbers = await poolNumbers(c.id);
      const again = await redraw(c.seed ?? '', numbers, c.sampleSize ?? 0);
      setCheck({ same: numbers.length === c.poolSize && again.join('\n') === c.drawnFileNumbers.join('\n'), pool: numbers.length });
    } catch (e) {
      setCheck({ error: failure(e) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card title="抽签记录" size="small">
      <Descriptions size="small" column={1}>
        <Descriptions.Item label="抽签种子">
          <Typography.Text code copyable={{ text: c.seed ?? '' }} data-testid="draw-seed" style={{ wordBreak: 'break-all' }}>{c.seed}</Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label="抽签时间">{when(c.drawnAt)}</Descriptions.Item>
        <Descriptions.Item label="案卷池">{c.poolSize} 件</Descriptions.Item>
        <Descriptions.Item label="抽取">{c.sampleSize} 件</Descriptions.Item>
        <Descriptions.Item label="抽中案卷号（按抽签顺序）">
          <Typography.Paragraph ellipsis={{ rows: 3, expandable: 'collapsible', symbol: (open) => (open ? '收起' : '展开') }} style={{ margin: 0 }} copyable={{ text: c.drawnFileNumbers.join('\n') }}>
            {c.drawnFileNumbers.join('、')}
          </Typography.Paragraph>
        </Descriptions.Item>
      </Descriptions>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        复核方法：对案卷池中每个案卷号计算 sha256(种子 + 一个 NUL 字节 + 案卷号)，按结果（十六进制）从小到大排序，取前 {c.sampleSize} 个，应与上面的抽中案卷号一致。
      </Typography.Paragraph>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Button onClick={recheck} loading={busy}>在浏览器中复核抽签</Button>
        {check && 'error' in check && <Alert type="error" showIcon title={`无法复核：${check.error}`} />}
        {check && 'same' in check && (
          <Alert
            type={check.same ? 'success' : 'error'}
            showIcon
            title={check.same ? `复核一致：用该种子对案卷池的 ${check.pool} 个案卷号重新抽签，结果与记录相同。` : `复核不一致：重新抽签的结果与记录不同（案卷池现有 ${check.pool} 件），请联系系统管理员。`}
          />
        )}
      </Space>
    </Card>
  );
}
