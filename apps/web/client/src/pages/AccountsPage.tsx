import { App, Button, Card, Flex, Form, Grid, Input, Modal, Result, Select, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { api, ApiError, svc } from '../api';
import { failure, showFieldProblems } from '../form-problems';
import { options, ROLE_LABELS } from '../labels';
import { AccountList, AccountView, AddAccountBody, Committee, OneTimePassword, Paged } from '../schemas';
import { useSession } from '../session';
import { ACCOUNT_ERRORS, ACCOUNT_WORDS, USERNAME_RULE } from './accounts-labels';

/** Why an account call failed, in words for the page: the web app's own codes in Chinese, else the common wording. */
const accountFailure = (e: unknown) => (e instanceof ApiError && e.code && ACCOUNT_ERRORS[e.code]) || failure(e);

/** 账号管理 (admin only): every account; add one, disable or enable it, reset its password. */
export function AccountsPage() {
  const { account: me } = useSession();
  const { message, modal } = App.useApp();
  const [rows, setRows] = useState<AccountView[]>([]);
  const [committees, setCommittees] = useState<Committee[]>([]);
  const [busy, setBusy] = useState(false);
  const [adding, setAdding] = useState(false);
  const [issued, setIssued] = useState<{ kind: 'added' | 'reset'; answer: OneTimePassword }>();
  const admin = me?.role === 'admin';
  const narrow = Grid.useBreakpoint().md === false;

  const load = useCallback(async () => {
    setBusy(true);
    try {
      setRows((await api<AccountList>('GET', '/api/accounts')).items);
    } catch (e) {
      message.error(accountFailure(e));
    } finally {
      setBusy(false);
    }
  }, [message]);

  useEffect(() => {
    if (!admin) return;
    void load();
    api<Paged<Committee>>('GET', svc('mediation', '/v1/committees?limit=500')).then((p) => setCommittees(p.items)).catch(() => setCommittees([]));
  }, [admin, load]);

  if (!admin) return <Result status="403" title="403" subTitle="账号管理仅供系统管理员使用。" />;

  const committeeName = (code: string) => {
    const c = committees.find((x) => x.code === code);
    return c ? `${c.name}（${code}）` : code;
  };

  const act = async (path: string, done: string) => {
    try {
      await api<AccountView>('POST', path);
      message.success(done);
    } catch (e) {
      message.error(accountFailure(e));
    }
    await load();
  };

  const disable = (a: AccountView) =>
    modal.confirm({
      title: `停用账号 ${a.username}`,
      content: `${a.displayName}将立即退出登录，并且在再次启用之前无法登录。`,
      okText: '停用',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: () => act(`/api/accounts/${a.id}/disable`, `已停用 ${a.username}`),
    });

  const reset = (a: AccountView) =>
    modal.confirm({
      title: `重置 ${a.username} 的密码`,
      content: '将生成新的一次性密码，原密码立即失效，该账号的所有会话结束；本人下次登录时须设置新密码。',
      okText: '重置密码',
      cancelText: '取消',
      onOk: async () => {
        try {
          setIssued({ kind: 'reset', answer: await api<OneTimePassword>('POST', `/api/accounts/${a.id}/password-reset`) });
        } catch (e) {
          message.error(accountFailure(e));
        }
        await load();
      },
    });

  const own = (a: AccountView) => a.id === me!.id;
  const statusTags = (a: AccountView) => (
    <Space size={4} wrap>
      {a.disabled ? <Tag color="default">已停用</Tag> : <Tag color="success">正常</Tag>}
      {a.mustChangePassword && !a.disabled && <Tag color="warning">待设置密码</Tag>}
    </Space>
  );
  const actions = (a: AccountView) => (
    <Space size={0} wrap orientation={narrow ? 'vertical' : 'horizontal'} align={narrow ? 'start' : undefined}>
      {a.disabled ? (
        <Button size="small" type="link" onClick={() => act(`/api/accounts/${a.id}/enable`, `已启用 ${a.username}`)} aria-label={`启用 ${a.username}`}>启用</Button>
      ) : (
        // One's own account is not offered: the server refuses it too (ACCOUNT.CANNOT_DISABLE_SELF).
        !own(a) && <Button size="small" type="link" danger onClick={() => disable(a)} aria-label={`停用 ${a.username}`}>停用</Button>
      )}
      <Button size="small" type="link" onClick={() => reset(a)} aria-label={`重置 ${a.username} 的密码`}>重置密码</Button>
    </Space>
  );
  const usernameCell = (a: AccountView) => (
    <Space size={4} wrap>
      <Typography.Text strong={narrow}>{a.username}</Typography.Text>
      {own(a) && <Tag color="blue">当前登录</Tag>}
    </Space>
  );
  const wideColumns = [
    { title: '用户名', key: 'username', render: (_: unknown, a: AccountView) => usernameCell(a) },
    { title: '姓名', dataIndex: 'displayName' },
    { title: '角色', dataIndex: 'role', render: (r: AccountView['role']) => ROLE_LABELS[r] ?? r },
    { title: '所在调委会', dataIndex: 'unit', render: (u: string | null) => (u ? committeeName(u) : '—') },
    { title: '状态', key: 'status', width: 150, render: (_: unknown, a: AccountView) => statusTags(a) },
    { title: '操作', key: 'actions', width: 170, render: (_: unknown, a: AccountView) => actions(a) },
  ];
  // A phone: one column of who the account is, and its actions beside it (no sideways scrolling).
  const narrowColumns = [
    {
      title: '账号',
      key: 'account',
      render: (_: unknown, a: AccountView) => (
        <Space orientation="vertical" size={2}>
          {usernameCell(a)}
          <Typography.Text>{a.displayName} · {ROLE_LABELS[a.role] ?? a.role}</Typography.Text>
          {a.unit && <Typography.Text type="secondary">{committeeName(a.unit)}</Typography.Text>}
          {statusTags(a)}
        </Space>
      ),
    },
    { title: '操作', key: 'actions', width: 96, render: (_: unknown, a: AccountView) => actions(a) },
  ];

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Typography.Title level={2} style={{ margin: 0 }}>账号管理</Typography.Title>
        <Button type="primary" onClick={() => setAdding(true)}>新增账号</Button>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        新账号和重置密码的账号获得一次性密码（只显示一次），本人首次登录时须设置自己的新密码。停用的账号立即退出且无法登录，再次启用后用原密码登录。调解员须属于一个调委会。
      </Typography.Paragraph>
      <Card size="small">
        <Table<AccountView>
          size="small"
          rowKey="id"
          dataSource={rows}
          loading={busy}
          pagination={false}
          {...(narrow ? {} : { scroll: { x: 860 } })}
          columns={narrow ? narrowColumns : wideColumns}
        />
      </Card>
      <AddAccountModal
        open={adding}
        committees={committees}
        onClose={() => setAdding(false)}
        onAdded={(answer) => {
          setAdding(false);
          setIssued({ kind: 'added', answer });
          void load();
        }}
      />
      <OneTimePasswordModal issued={issued} onClose={() => setIssued(undefined)} />
    </Space>
  );
}

interface AddValues {
  username: string;
  displayName?: string;
  role: AddAccountBody['role'];
  unit?: string;
}

function AddAccountModal({ open, committees, onClose, onAdded }: { open: boolean; committees: Committee[]; onClose: () => void; onAdded: (a: OneTimePassword) => void }) {
  const [form] = Form.useForm<AddValues>();
  const [busy, setBusy] = useState(false);
  const { message } = App.useApp();
  const role = Form.useWatch('role', form);
  const submit = async (v: AddValues) => {
    setBusy(true);
    try {
      const body: AddAccountBody = {
        username: v.username.trim(),
        role: v.role,
        ...(v.displayName?.trim() ? { displayName: v.displayName.trim() } : {}),
        ...(v.role === 'mediation-clerk' && v.unit ? { unit: v.unit } : {}),
      };
      onAdded(await api<OneTimePassword>('POST', '/api/accounts', body));
    } catch (e) {
      if (e instanceof ApiError && e.code === 'ACCOUNT.USERNAME_TAKEN') form.setFields([{ name: 'username', errors: ['该用户名已被使用（不区分大小写）'] }]);
      else if (!showFieldProblems(form, e, ACCOUNT_WORDS)) message.error(accountFailure(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open={open} title="新增账号" okText="新增" cancelText="取消" onCancel={onClose} onOk={() => form.submit()} confirmLoading={busy} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
        <Form.Item name="username" label="用户名" extra="登录时使用：字母、数字、点、下划线或连字符，以字母或数字开头" rules={[{ required: true, message: '请输入用户名' }, USERNAME_RULE]}>
          <Input autoComplete="off" maxLength={64} />
        </Form.Item>
        <Form.Item name="displayName" label="姓名" rules={[{ max: 100, message: '不超过 100 个字' }]}>
          <Input placeholder="不填则与用户名相同" maxLength={100} />
        </Form.Item>
        <Form.Item name="role" label="角色" rules={[{ required: true, message: '请选择角色' }]}>
          <Select options={options(ROLE_LABELS)} placeholder="请选择" />
        </Form.Item>
        {role === 'mediation-clerk' && (
          <Form.Item name="unit" label="所在调委会" rules={[{ required: true, message: '调解员须选择所在调委会' }]} extra={committees.length === 0 ? '还没有调委会：请先在“人民调解 → 调委会管理”中添加' : undefined}>
            <Select showSearch={{ optionFilterProp: 'label' }} options={committees.map((c) => ({ value: c.code, label: `${c.name}（${c.code}）` }))} placeholder="请选择" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

function OneTimePasswordModal({ issued, onClose }: { issued?: { kind: 'added' | 'reset'; answer: OneTimePassword }; onClose: () => void }) {
  const a = issued?.answer.account;
  return (
    <Modal
      open={issued !== undefined}
      title={issued?.kind === 'added' ? '账号已创建' : '密码已重置'}
      onCancel={onClose}
      footer={<Button type="primary" onClick={onClose}>我已记下</Button>}
      maskClosable={false}
      destroyOnHidden
    >
      {issued && a && (
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          <Typography.Text>
            {a.displayName}（{a.username}，{ROLE_LABELS[a.role]}）的一次性密码：
          </Typography.Text>
          <Typography.Text code copyable={{ text: issued.answer.oneTimePassword, tooltips: ['复制', '已复制'] }} style={{ fontSize: 18 }}>
            <span data-testid="one-time-password">{issued.answer.oneTimePassword}</span>
          </Typography.Text>
          <Typography.Text type="warning">只显示这一次，关闭后无法再次查看。请当面或通过安全渠道告知本人；首次登录时须设置新密码。</Typography.Text>
        </Space>
      )}
    </Modal>
  );
}
