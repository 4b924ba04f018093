import { Alert, App, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { api } from '../api';
import { failure, showFieldProblems } from '../form-problems';
import { homeOf } from '../labels';
import { NEW_PASSWORD_RULES, PASSWORD_WORDS, REPEAT_PASSWORD_RULES } from '../password-words';
import { useSession } from '../session';

interface Values {
  currentPassword: string;
  newPassword: string;
  repeatPassword: string;
}

/**
 * 设置新密码: where an account holding a one-time password (new, or reset by an admin) lands after
 * signing in. The server opens nothing else to it until it has set its own (ACCOUNT.PASSWORD_CHANGE_REQUIRED).
 */
export function SetPasswordPage() {
  const { account, refresh, signOut } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  if (account === undefined) return null;
  if (account === null) return <Navigate to="/login" replace />;
  if (!account.mustChangePassword) return <Navigate to={homeOf(account.role)} replace />;
  const from = (location.state as { from?: string } | null)?.from;

  const submit = async (v: Values) => {
    setBusy(true);
    setError(undefined);
    try {
      await api('POST', '/api/account/password', { currentPassword: v.currentPassword, newPassword: v.newPassword });
      const now = await refresh();
      message.success('新密码已设置');
      navigate(from && !['/login', '/password'].includes(from) ? from : homeOf(now.role), { replace: true });
    } catch (e) {
      if (!showFieldProblems(form, e, PASSWORD_WORDS)) setError(failure(e));
    } finally {
      setBusy(false);
    }
  };
  const out = async () => {
    await signOut().catch(() => undefined);
    navigate('/login', { replace: true });
  };

  return (
    <Flex justify="center" align="center" style={{ minHeight: '100vh', padding: 16, background: '#f0f2f5' }}>
      <Card style={{ width: '100%', maxWidth: 420 }}>
        <Typography.Title level={3} style={{ textAlign: 'center', marginTop: 0 }}>设置新密码</Typography.Title>
        <Typography.Paragraph type="secondary" data-testid="set-password-intro">
          {account.displayName}（{account.username}），您正在使用管理员提供的一次性密码。请先设置自己的新密码，然后才能进入工作页面。新密码至少 10 个字符，且不能包含用户名。
        </Typography.Paragraph>
        {error && <Alert type="error" title={error} showIcon style={{ marginBottom: 16 }} role="alert" />}
        <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
          {/* The username, for the browser's password manager: it saves the new password under the right account. */}
          <input type="text" name="username" autoComplete="username" value={account.username} readOnly hidden />
          <Form.Item name="currentPassword" label="一次性密码" rules={[{ required: true, message: '请输入一次性密码' }]}>
            <Input.Password autoComplete="current-password" autoFocus />
          </Form.Item>
          <Form.Item name="newPassword" label="新密码" rules={NEW_PASSWORD_RULES}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item name="repeatPassword" label="确认新密码" dependencies={['newPassword']} rules={REPEAT_PASSWORD_RULES}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>设置新密码并进入</Button>
          <Button type="link" block onClick={out} style={{ marginTop: 8 }}>退出登录</Button>
        </Form>
      </Card>
    </Flex>
  );
}
