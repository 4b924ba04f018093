import { App, Button, DatePicker, Form, Input, Modal, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { api, ApiError, idempotencyKey, svc } from '../../api';
import { failure, showFieldProblems } from '../../form-problems';
import { options } from '../../labels';
import type { JudicialSuggestion, Lawsuit, RecordHearingBody, RecordJudgmentBody } from '../../schemas';
import {
  APPEARED_ROLE_LABELS, LAWSUIT_ACTION_LABELS, LAWSUIT_STATUS_LABELS, LAWSUIT_WORDS, LawsuitAction, lawsuitActions, OUTCOME_LABELS,
  PERFORMANCE_RESULT_LABELS, SUGGESTION_ACTIONS, SUGGESTION_STATUS_LABELS,
} from '../admin-review-labels';
import { TIME } from './ReviewDesk';

/** An action of the lawsuit page, and the judicial suggestion it acts on (督办, 记录回复). */
export interface LawsuitActing {
  action: LawsuitAction;
  suggestion?: JudicialSuggestion;
}

const PRIMARY: readonly LawsuitAction[] = ['hear', 'supervise', 'conclude-supervision'];

/** The buttons of what the lawsuit takes now: a hearing and the judgment while open; then the supervision of its performance; a judicial suggestion always. */
export function LawsuitActionButtons({ lawsuit, onAct }: { lawsuit: Lawsuit; onAct: (a: LawsuitActing) => void }) {
  return lawsuitActions(lawsuit).map((a) => (
    <Button key={a} type={PRIMARY.includes(a) ? 'primary' : 'default'} onClick={() => onAct({ action: a })}>{LAWSUIT_ACTION_LABELS[a]}</Button>
  ));
}

/** The buttons of one judicial suggestion's next steps (督办 while received, 记录回复 until answered). */
export function SuggestionActionButtons({ suggestion, onAct }: { suggestion: JudicialSuggestion; onAct: (a: LawsuitActing) => void }) {
  return SUGGESTION_ACTIONS[suggestion.status].map((a) => (
    <Button key={a} size="small" onClick={() => onAct({ action: a, suggestion })}>{LAWSUIT_ACTION_LABELS[a]}</Button>
  ));
}

interface Values {
  heldAt?: Dayjs;
  headAppeared?: boolean;
  appearedRole?: RecordHearingBody['appearedRole'];
  decidedAt?: Dayjs;
  outcome?: RecordJudgmentBody['outcome'];
  judgmentEffectiveAt?: Dayjs;
  startedAt?: Dayjs;
  concludedAt?: Dayjs;
  result?: keyof typeof PERFORMANCE_RESULT_LABELS;
  court?: string;
  receivedAt?: Dayjs;
  supervisedAt?: Dayjs;
  answeredAt?: Dayjs;
}

/** The service path (under the lawsuit) and body of an action, from the dialog's values. */
function request(acting: LawsuitActing, v: Values): [string, object] {
  const t = (d: Dayjs | undefined) => d!.format(TIME);
  const s = acting.suggestion ? `judicial-suggestions/${acting.suggestion.id}` : '';
  switch (acting.action) {
    case 'hear':
      return ['hearings', { heldAt: t(v.heldAt), headAppeared: v.headAppeared!, ...(v.headAppeared ? { appearedRole: v.appearedRole } : {}) }];
    case 'judge':
      return ['judgment', { decidedAt: t(v.decidedAt), outcome: v.outcome! }];
    case 'supervise':
      return ['performance-supervision', { judgmentEffectiveAt: t(v.judgmentEffectiveAt), startedAt: t(v.startedAt) }];
    case 'conclude-supervision':
      return ['performance-supervision/conclusion', { concludedAt: t(v.concludedAt), result: v.result! }];
    case 'suggest':
      return ['judicial-suggestions', { receivedAt: t(v.receivedAt), court: v.court ?? '' }];
    case 'supervise-suggestion':
      return [`${s}/supervision`, { supervisedAt: t(v.supervisedAt) }];
    case 'answer-suggestion':
      return [`${s}/answer`, { answeredAt: t(v.answeredAt) }];
  }
}

/** A required date-and-time field. */
const when = (name: keyof Values, label: string) => (
  <Form.Item name={name} label={label} rules={[{ required: true, message: `请选择${label}` }]}>
    <DatePicker showTime style={{ width: '100%' }} />
  </Form.Item>
);

/** The fields of each action's dialog. Who appeared is asked only when the head appeared, as the service requires. */
function Fields({ action, appeared }: { action: LawsuitAction; appeared?: boolean }) {
  switch (action) {
    case 'hear':
      return (
        <>
          {when('heldAt', '开庭时间')}
          <Form.Item name="headAppeared" label="行政机关负责人是否出庭" rules={[{ required: true, message: '请选择负责人是否出庭' }]}>
            <Radio.Group options={[{ value: true, label: '出庭' }, { value: false, label: '未出庭' }]} />
          </Form.Item>
          {appeared === true && (
            <Form.Item name="appearedRole" label="出庭人员" rules={[{ required: true, message: '请选择出庭人员' }]}>
              <Select options={options(APPEARED_ROLE_LABELS)} placeholder="请选择" />
            </Form.Item>
          )}
        </>
      );
    case 'judge':
      return (
        <>
          {when('decidedAt', '裁判时间')}
          <Form.Item name="outcome" label="裁判结果" rules={[{ required: true, message: '请选择裁判结果' }]}>
            <Select options={options(OUTCOME_LABELS)} placeholder="请选择" />
          </Form.Item>
        </>
      );
    case 'supervise':
      return (
        <>
          {when('judgmentEffectiveAt', '判决生效时间')}
          {when('startedAt', '督促开始时间')}
        </>
      );
    case 'conclude-supervision':
      return (
        <>
          {when('concludedAt', '督促结束时间')}
          <Form.Item name="result" label="履行结果" rules={[{ required: true, message: '请选择履行结果' }]}>
            <Select options={options(PERFORMANCE_RESULT_LABELS)} placeholder="请选择" />
          </Form.Item>
        </>
      );
    case 'suggest':
      return (
        <>
          <Form.Item name="court" label="提出建议的法院" rules={[{ required: true, whitespace: true, message: '请填写提出建议的法院' }]}>
            <Input maxLength={200} />
          </Form.Item>
          {when('receivedAt', '收到时间')}
        </>
      );
    case 'supervise-suggestion':
      return when('supervisedAt', '督办时间');
    case 'answer-suggestion':
      return when('answeredAt', '回复时间');
  }
}

/** The dialog of one lawsuit action; a 400 shows beside its field, a 409 refreshes the page. */
export function LawsuitActionModal({ acting: current, lawsuit, onClose, onDone }: { acting?: LawsuitActing; lawsuit: Lawsuit; onClose: () => void; onDone: () => void }) {
  // While it closes, the dialog keeps its title and fields: the last action it was opened for.
  const [last, setLast] = useState(current);
  if (current && last !== current) setLast(current);
  const acting = current ?? last;
  const [form] = Form.useForm<Values>();
  const appeared = Form.useWatch('headAppeared', form);
  const [busy, setBusy] = useState(false);
  const { message } = App.useApp();
  const [key, setKey] = useState(idempotencyKey);
  useEffect(() => setKey(idempotencyKey()), [current, lawsuit]);
  const submit = async (v: Values) => {
    if (!current) return;
    setBusy(true);
    try {
      const [path, body] = request(current, v);
      await api('POST', svc('administrative-review', `/v1/lawsuits/${lawsuit.id}/${path}`), body, { 'idempotency-key': key });
      message.success(`${LAWSUIT_ACTION_LABELS[current.action]}完成`);
      onClose();
      onDone();
    } catch (e) {
      if (showFieldProblems(form, e, LAWSUIT_WORDS)) return;
      if (e instanceof ApiError && e.status === 409) {
        message.error(`${failure(e, { ...LAWSUIT_STATUS_LABELS, ...SUGGESTION_STATUS_LABELS })}，已刷新为最新状态`);
        onClose();
        onDone();
        return;
      }
      message.error(failure(e, LAWSUIT_STATUS_LABELS));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={current !== undefined}
      title={acting ? LAWSUIT_ACTION_LABELS[acting.action] : undefined}
      okText="保存"
      cancelText="取消"
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={busy}
      destroyOnHidden
    >
      {acting && (
        <Form
          form={form}
          layout="vertical"
          onFinish={submit}
          preserve={false}
          initialValues={acting.action === 'suggest' ? { court: lawsuit.court } : undefined}
          onValuesChange={() => setKey(idempotencyKey())}
        >
          <Fields action={acting.action} appeared={appeared} />
        </Form>
      )}
    </Modal>
  );
}
