import { App, Button, DatePicker, Descriptions, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { api, ApiError, idempotencyKey, svc } from '../api';
import { failure, showFieldProblems } from '../form-problems';
import { options } from '../labels';
import { yuanToFen } from '../money';
import type { AcceptAidBody, AidCase, AssignAidBody, CloseAidBody, RejectAidBody } from '../schemas';
import {
  AID_ACTION_LABELS, AID_ACTIONS, AID_STATUS_LABELS, AID_WORDS, AidAction, APPLICANT_GROUP_LABELS, MATTER_LABELS, REJECTION_REASON_LABELS, RESULT_LABELS,
} from './legal-aid-labels';

const TIME = 'YYYY-MM-DDTHH:mm:ssZ';
const when = (t: string | null) => (t ? dayjs(t).format('YYYY-MM-DD HH:mm') : '—');

export const yuanRule = {
  validator: (_: unknown, v?: string) => (v === undefined || v === '' || yuanToFen(v) !== undefined ? Promise.resolve() : Promise.reject(new Error('请输入不超过两位小数的金额（元）'))),
};

/** The buttons of the actions the case's status allows, and only those: links in a list row, buttons on the case's page. */
export function AidActionButtons({ aidCase, onAct, size = 'small' }: { aidCase: AidCase; onAct: (a: AidAction) => void; size?: 'small' | 'middle' }) {
  const link = size === 'small';
  return AID_ACTIONS[aidCase.status].map((a) => (
    <Button key={a} size={size} type={link ? 'link' : 'default'} danger={a === 'reject'} style={link ? { padding: 0, height: 'auto' } : undefined} onClick={() => onAct(a)}>
      {AID_ACTION_LABELS[a]}
    </Button>
  ));
}

type TimeField = 'acceptedAt' | 'rejectedAt' | 'assignedAt' | 'closedAt';

/** The dialog's fields: named as the API names them, except the amount, typed in yuan. */
type Values = Partial<Record<TimeField, Dayjs>> & {
  reason?: RejectAidBody['reason'];
  lawFirm?: string;
  lawyer?: string;
  result?: CloseAidBody['result'];
  benefitYuan?: string;
};

// Per action: the route, the dialog's words, its time field, and the body it sends (the form's rules have checked every field).
const ACTIONS: Record<AidAction, { path: string; title: string; at: TimeField; atLabel: string; body: (v: Values, at: string) => AcceptAidBody | RejectAidBody | AssignAidBody | CloseAidBody }> = {
  accept: { path: 'acceptance', title: '受理申请', at: 'acceptedAt', atLabel: '受理时间', body: (_, at) => ({ acceptedAt: at }) },
  reject: { path: 'rejection', title: '不予受理', at: 'rejectedAt', atLabel: '不予受理时间', body: (v, at) => ({ rejectedAt: at, reason: v.reason! }) },
  assign: {
    path: 'assignment', title: '指派律师事务所', at: 'assignedAt', atLabel: '指派时间',
    body: (v, at) => ({ assignedAt: at, lawFirm: v.lawFirm!, ...(v.lawyer ? { lawyer: v.lawyer } : {}) }),
  },
  close: {
    path: 'closure', title: '结案', at: 'closedAt', atLabel: '结案时间',
    // Exact fen from the digits typed, never yuan × 100.
    body: (v, at) => ({ closedAt: at, result: v.result!, benefitFen: yuanToFen(v.benefitYuan!)! }),
  },
};

/**
 * The dialog of one action on one case. A 400 shows beside the field it names; a 409 (the case
 * changed since the page read it) says the status does not allow it, and the page reloads the case.
 */
export function AidActionModal({ action, aidCase, onClose, onDone }: { action?: AidAction; aidCase?: AidCase; onClose: () => void; onDone: () => void }) {
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const { message } = App.useApp();
  // One key per opened dialog: a double click or a retry after a lost answer acts once.
  const [key, setKey] = useState(idempotencyKey);
  useEffect(() => setKey(idempotencyKey()), [action, aidCase]);
  const spec = action ? ACTIONS[action] : undefined;
  const submit = async (v: Values) => {
    if (!spec || !aidCase) return;
    setBusy(true);
    try {
      await api('POST', svc('legal-aid', `/v1/cases/${aidCase.id}/${spec.path}`), spec.body(v, v[spec.at]!.format(TIME)), { 'idempotency-key': key });
      message.success(`${AID_ACTION_LABELS[action!]}完成`);
      onClose();
      onDone();
    } catch (e) {
      if (showFieldProblems(form, e, AID_WORDS)) return;
      if (e instanceof ApiError && e.status === 409) {
        message.error(`${failure(e, AID_STATUS_LABELS)}，已刷新为最新状态`);
        onClose();
        onDone();
        return;
      }
      message.error(failure(e, AID_STATUS_LABELS));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={spec !== undefined && aidCase !== undefined}
      title={spec?.title}
      okText={action ? AID_ACTION_LABELS[action] : undefined}
      okButtonProps={{ danger: action === 'reject' }}
      cancelText="取消"
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={busy}
      destroyOnHidden
    >
      {aidCase && <AidCaseSummary aidCase={aidCase} />}
      {spec && (
        <Form form={form} layout="vertical" onFinish={submit} preserve={false} onValuesChange={() => setKey(idempotencyKey())}>
          <Form.Item name={spec.at} label={spec.atLabel} rules={[{ required: true, message: `请选择${spec.atLabel}` }]}>
            <DatePicker showTime style={{ width: '100%' }} />
          </Form.Item>
          {action === 'reject' && (
            <Form.Item name="reason" label="不予受理理由" rules={[{ required: true, message: '请选择不予受理理由' }]}>
              <Select options={options(REJECTION_REASON_LABELS)} placeholder="请选择" />
            </Form.Item>
          )}
          {action === 'assign' && (
            <>
              <Form.Item name="lawFirm" label="承办律师事务所" rules={[{ required: true, whitespace: true, message: '请输入承办律师事务所' }, { max: 100, message: '不超过 100 字' }]}>
                <Input placeholder="如 重庆某某律师事务所" />
              </Form.Item>
              <Form.Item name="lawyer" label="承办律师" rules={[{ max: 50, message: '不超过 50 字' }]}>
                <Input autoComplete="off" />
              </Form.Item>
            </>
          )}
          {action === 'close' && (
            <>
              <Form.Item name="result" label="结案结果" rules={[{ required: true, message: '请选择结案结果' }]}>
                <Select options={options(RESULT_LABELS)} placeholder="请选择" />
              </Form.Item>
              <Form.Item
                name="benefitYuan"
                label="挽回损失或取得利益（元）"
                extra="没有时填 0"
                rules={[{ required: true, message: '请输入金额（元），没有时填 0' }, yuanRule]}
              >
                <Input inputMode="decimal" placeholder="如 1234.56" />
              </Form.Item>
            </>
          )}
        </Form>
      )}
    </Modal>
  );
}

/** The few facts of a case an action dialog shows, personal data as the API masked it. */
export function AidCaseSummary({ aidCase: c }: { aidCase: AidCase }) {
  return (
    <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
      <Descriptions.Item label="申请人">{c.applicantName ?? '—'}</Descriptions.Item>
      <Descriptions.Item label="援助事项">{MATTER_LABELS[c.matter]}</Descriptions.Item>
      <Descriptions.Item label="受援人群">{c.applicantGroups.map((g) => APPLICANT_GROUP_LABELS[g]).join('、')}</Descriptions.Item>
      <Descriptions.Item label="申请时间">{when(c.appliedAt)}</Descriptions.Item>
      {c.acceptedAt && <Descriptions.Item label="受理时间">{when(c.acceptedAt)}</Descriptions.Item>}
      {c.assignedAt && <Descriptions.Item label="指派时间">{when(c.assignedAt)}</Descriptions.Item>}
    </Descriptions>
  );
}
