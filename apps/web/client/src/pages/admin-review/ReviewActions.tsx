import { Alert, App, Button, DatePicker, Descriptions, Form, Input, InputNumber, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { api, ApiError, idempotencyKey, svc } from '../../api';
import { addDays, dateIn, deadlineOf } from '../../deadline';
import { failure, showFieldProblems } from '../../form-problems';
import { options } from '../../labels';
import type { AcceptReviewBody, DecideReviewBody, ExtendReviewBody, RejectReviewBody, Review } from '../../schemas';
import { DECISION_LABELS, MATTER_LABELS, REVIEW_ACTION_LABELS, REVIEW_ACTIONS, REVIEW_STATUS_LABELS, REVIEW_WORDS, ReviewAction } from '../admin-review-labels';
import { TIME, when } from './ReviewDesk';

/** The 60 days of the decision period and the one extension of at most 30 (apps/administrative-review/src/reviews/domain/review-deadline.ts). */
const DECISION_PERIOD_DAYS = 60;
const MAX_EXTENSION_DAYS = 30;

/** The buttons of the actions the review's status allows, and only those: links in a list row, buttons on the review's page. */
export function ReviewActionButtons({ review, onAct, size = 'small' }: { review: Review; onAct: (a: ReviewAction) => void; size?: 'small' | 'middle' }) {
  const link = size === 'small';
  return REVIEW_ACTIONS[review.status].map((a) => (
    <Button key={a} size={size} type={link ? 'link' : a === 'decide' ? 'primary' : 'default'} danger={a === 'reject'} style={link ? { padding: 0, height: 'auto' } : undefined} onClick={() => onAct(a)}>
      {REVIEW_ACTION_LABELS[a]}
    </Button>
  ));
}

type TimeField = 'acceptedAt' | 'rejectedAt' | 'extendedAt' | 'decidedAt';
type Values = Partial<Record<TimeField, Dayjs>> & { reason?: string; days?: number; decision?: DecideReviewBody['decision'] };
type Body = AcceptReviewBody | RejectReviewBody | ExtendReviewBody | DecideReviewBody;

// Per action: the route, the dialog's title, its time field, and the body it sends (the form's rules have checked every field).
const ACTIONS: Record<ReviewAction, { path: string; title: string; at: TimeField; atLabel: string; body: (v: Values, at: string) => Body }> = {
  accept: { path: 'acceptance', title: '受理复议申请', at: 'acceptedAt', atLabel: '受理时间', body: (_, at) => ({ acceptedAt: at }) },
  reject: { path: 'rejection', title: '不予受理', at: 'rejectedAt', atLabel: '不予受理时间', body: (v, at) => ({ rejectedAt: at, reason: v.reason!.trim() }) },
  extend: { path: 'extension', title: '延长审理期限', at: 'extendedAt', atLabel: '延期决定时间', body: (v, at) => ({ extendedAt: at, days: v.days! }) },
  decide: { path: 'decision', title: '作出复议决定', at: 'decidedAt', atLabel: '决定时间', body: (v, at) => ({ decidedAt: at, decision: v.decision! }) },
};

/** What the deadline will be, shown while the dialog is filled in; the service computes the real one. */
function DeadlinePreview({ action, review, values }: { action: ReviewAction; review: Review; values: Values }) {
  if (action === 'accept' && values.acceptedAt)
    return <Alert type="info" showIcon title={`决定期限：${addDays(dateIn(values.acceptedAt.toDate()), DECISION_PERIOD_DAYS)}（受理之日起 60 日）`} />;
  if (action === 'extend' && review.dueAt && values.days && values.days >= 1 && values.days <= MAX_EXTENSION_DAYS)
    return <Alert type="info" showIcon title={`延期后决定期限：${addDays(dateIn(new Date(review.dueAt)), values.days)}（原期限 ${dateIn(new Date(review.dueAt))}）`} />;
  if (action === 'decide' && review.dueAt && values.decidedAt && values.decidedAt.toDate() > new Date(review.dueAt))
    return <Alert type="warning" showIcon title={`决定时间晚于决定期限（${dateIn(new Date(review.dueAt))}），将记为逾期审结`} />;
  return null;
}

/**
 * The dialog of one action on one review. A 400 shows beside the field it names; a 409 (the review
 * changed since the page read it) says the status does not allow it, and the page reloads.
 */
export function ReviewActionModal({ action: current, review: currentReview, onClose, onDone }: { action?: ReviewAction; review?: Review; onClose: () => void; onDone: () => void }) {
  const open = current !== undefined && currentReview !== undefined;
  // While it closes, the dialog keeps its title and buttons: the last action and review it was opened for.
  // (React's "information from previous renders": set during render, re-rendered before the commit.)
  const [last, setLast] = useState<{ action?: ReviewAction; review?: Review }>({});
  if (open && (last.action !== current || last.review !== currentReview)) setLast({ action: current, review: currentReview });
  const { action, review } = open ? { action: current, review: currentReview } : last;
  const [form] = Form.useForm<Values>();
  const values = Form.useWatch([], form) ?? {};
  const [busy, setBusy] = useState(false);
  const { message } = App.useApp();
  // One key per opened dialog: a double click or a retry after a lost answer acts once.
  const [key, setKey] = useState(idempotencyKey);
  useEffect(() => setKey(idempotencyKey()), [current, currentReview]);
  const spec = action ? ACTIONS[action] : undefined;
  const submit = async (v: Values) => {
    if (!spec || !review || !action) return;
    setBusy(true);
    try {
      await api('POST', svc('administrative-review', `/v1/reviews/${review.id}/${spec.path}`), spec.body(v, v[spec.at]!.format(TIME)), { 'idempotency-key': key });
      message.success(`${REVIEW_ACTION_LABELS[action]}完成`);
      onClose();
      onDone();
    } catch (e) {
      if (showFieldProblems(form, e, REVIEW_WORDS)) return;
      if (e instanceof ApiError && e.status === 409) {
        message.error(`${failure(e, REVIEW_STATUS_LABELS)}，已刷新为最新状态`);
        onClose();
        onDone();
        return;
      }
      message.error(failure(e, REVIEW_STATUS_LABELS));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={open}
      title={spec?.title}
      okText={action ? REVIEW_ACTION_LABELS[action] : undefined}
      okButtonProps={{ danger: action === 'reject' }}
      cancelText="取消"
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={busy}
      destroyOnHidden
    >
      {review && <ReviewSummary review={review} />}
      {spec && action && review && (
        <Form form={form} layout="vertical" onFinish={submit} preserve={false} onValuesChange={() => setKey(idempotencyKey())}>
          <Form.Item name={spec.at} label={spec.atLabel} rules={[{ required: true, message: `请选择${spec.atLabel}` }]}>
            <DatePicker showTime style={{ width: '100%' }} />
          </Form.Item>
          {action === 'reject' && (
            <Form.Item name="reason" label="不予受理理由" rules={[{ required: true, whitespace: true, message: '请输入不予受理理由' }, { max: 1000, message: '不超过 1000 字' }]}>
              <Input.TextArea rows={3} placeholder="如 不属于行政复议受理范围" />
            </Form.Item>
          )}
          {action === 'extend' && (
            <Form.Item name="days" label="延长天数" extra="延期只能一次，最多 30 日" rules={[{ required: true, message: '请输入延长天数' }]}>
              <InputNumber min={1} max={MAX_EXTENSION_DAYS} precision={0} style={{ width: '100%' }} suffix="天" />
            </Form.Item>
          )}
          {action === 'decide' && (
            <Form.Item name="decision" label="复议决定" rules={[{ required: true, message: '请选择复议决定' }]}>
              <Select options={options(DECISION_LABELS)} placeholder="请选择" />
            </Form.Item>
          )}
          <DeadlinePreview action={action} review={review} values={values} />
        </Form>
      )}
    </Modal>
  );
}

/** The few facts of a review an action dialog shows. */
export function ReviewSummary({ review: r }: { review: Review }) {
  const d = deadlineOf(r, new Date());
  return (
    <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
      <Descriptions.Item label="被申请人">{r.respondentAgency}</Descriptions.Item>
      <Descriptions.Item label="复议事项">{MATTER_LABELS[r.matter]}</Descriptions.Item>
      <Descriptions.Item label="收到申请时间">{when(r.receivedAt)}</Descriptions.Item>
      {r.acceptedAt && <Descriptions.Item label="受理时间">{when(r.acceptedAt)}</Descriptions.Item>}
      {d.dueDate && <Descriptions.Item label="决定期限">{d.dueDate}（{d.text}）</Descriptions.Item>}
    </Descriptions>
  );
}
