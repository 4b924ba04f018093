import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, DatePicker, Descriptions, Form, Input, InputNumber, Modal, Select, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { api, idempotencyKey, svc } from '../../api';
import { showFieldProblems } from '../../form-problems';
import { options } from '../../labels';
import type { PenaltyFile, ProblemCategory, ReviewFile } from '../../schemas';
import { failure } from '../disputes';
import { GRADE_COLORS, GRADE_LABELS, gradeOf, inChinese, PENALTY_TYPE_LABELS, PROBLEM_CATEGORY_LABELS, when } from '../file-review-labels';

const TIME = 'YYYY-MM-DDTHH:mm:ssZ';

interface Values {
  reviewedAt?: Dayjs;
  score?: number;
  problems: { category?: ProblemCategory; description?: string }[];
}

/** Scoring a drawn file (0–100, the grade shown as it is typed) and recording the problems found. */
export function ReviewModal({ file, onClose, onDone }: { file?: PenaltyFile; onClose: () => void; onDone: () => void }) {
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const { message } = App.useApp();
  const score = Form.useWatch('score', form);
  const [key, setKey] = useState(idempotencyKey);
  useEffect(() => setKey(idempotencyKey()), [file]);

  const submit = async (v: Values) => {
    setBusy(true);
    try {
      const body: ReviewFile = {
        reviewedAt: v.reviewedAt!.format(TIME),
        score: v.score!,
        problems: v.problems.map((p) => ({ category: p.category!, description: p.description! })),
      };
      await api('POST', svc('file-review', `/v1/files/${file!.id}/review`), body, { 'idempotency-key': key });
      message.success(`已评查 ${file!.fileNumber}`);
      onClose();
      onDone();
    } catch (e) {
      if (!showFieldProblems(form, e, { inWords: inChinese })) message.error(failure(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={file !== undefined}
      title="评查案卷"
      okText="提交评查"
      cancelText="取消"
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={busy}
      destroyOnHidden
      width={640}
    >
      {file && (
        <Descriptions size="small" column={{ xs: 1, sm: 2 }} style={{ marginBottom: 12 }}>
          <Descriptions.Item label="案卷号">{file.fileNumber}</Descriptions.Item>
          <Descriptions.Item label="执法机关">{file.agency}</Descriptions.Item>
          <Descriptions.Item label="处罚种类">{PENALTY_TYPE_LABELS[file.penaltyType]}</Descriptions.Item>
          <Descriptions.Item label="决定时间">{when(file.decidedAt)}</Descriptions.Item>
        </Descriptions>
      )}
      <Form form={form} layout="vertical" onFinish={submit} preserve={false} initialValues={{ problems: [] }} onValuesChange={() => setKey(idempotencyKey())}>
        <Form.Item name="reviewedAt" label="评查时间" rules={[{ required: true, message: '请选择评查时间' }]}>
          <DatePicker showTime style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="score"
          label="得分（0–100）"
          rules={[{ required: true, message: '请输入得分' }]}
          extra={typeof score === 'number' ? <>等次：<Tag color={GRADE_COLORS[gradeOf(score)]}>{GRADE_LABELS[gradeOf(score)]}</Tag>（90 分以上优秀，75 分以上良好，60 分以上合格）</> : '90 分以上优秀，75 分以上良好，60 分以上合格，60 分以下不合格'}
        >
          <InputNumber min={0} max={100} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.List name="problems">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f, i) => (
                <Card
                  key={f.key}
                  size="small"
                  title={`问题 ${i + 1}`}
                  extra={<Button type="text" size="small" icon={<MinusCircleOutlined />} onClick={() => remove(f.name)} aria-label={`删除问题 ${i + 1}`}>删除</Button>}
                  style={{ marginBottom: 12 }}
                >
                  <Form.Item name={[f.name, 'category']} label={`问题 ${i + 1} 类别`} rules={[{ required: true, message: '请选择问题类别' }]}>
                    <Select options={options(PROBLEM_CATEGORY_LABELS)} placeholder="请选择" />
                  </Form.Item>
                  <Form.Item
                    name={[f.name, 'description']}
                    label={`问题 ${i + 1} 描述`}
                    rules={[{ required: true, whitespace: true, message: '请描述问题' }, { max: 1000, message: '不超过 1000 字' }]}
                    style={{ marginBottom: 0 }}
                  >
                    <Input.TextArea rows={2} placeholder="如 未履行告知程序，缺少当事人陈述申辩记录" />
                  </Form.Item>
                </Card>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} block>{fields.length === 0 ? '添加发现的问题（没有问题可不填）' : '再添加一个问题'}</Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
