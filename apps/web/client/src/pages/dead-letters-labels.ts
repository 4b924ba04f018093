// The dead-letter desk's words (死信队列). The kinds and outcomes are the reporting service's
// fixed words (DeadLetterView.kind, ReplayView.outcome); the full reason stays as the service wrote it.

export const KIND_LABELS: Record<string, string> = {
  'not-json': '不是 JSON',
  'no-value': '消息为空',
  'invalid-envelope': '信封格式错误',
  'unknown-type': '未知事件类型',
  'invalid-payload': '内容不符合契约',
  'no-handler': '无处理程序',
  'projection-failed': '统计写入失败',
};

export const DEAD_LETTER_STATUS_LABELS: Record<string, string> = { open: '待处理', resolved: '已解决' };
export const DEAD_LETTER_STATUS_COLORS: Record<string, string> = { open: 'error', resolved: 'success' };

export const OUTCOME_LABELS: Record<string, string> = { applied: '已计入报告', 'already-applied': '此前已计入（未重复计入）', 'dead-lettered': '仍无法应用' };
export const OUTCOME_COLORS: Record<string, string> = { applied: 'success', 'already-applied': 'processing', 'dead-lettered': 'warning' };

export const MASK_RULE_LABELS: Record<string, string> = {
  'personal-key': '字段名像姓名、证件号、电话、地址或自由文本',
  'not-in-contract': '事件契约中没有该字段',
  'looks-like-id-or-phone': '内容像身份证号或手机号',
  text: '非 JSON 文本：个人信息字段的值已遮盖',
};

export const FORM_LABELS: Record<string, string> = { json: 'JSON', text: '文本', none: '无内容' };
