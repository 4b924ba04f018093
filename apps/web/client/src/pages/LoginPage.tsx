import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { ApiError } from '../api';
import { homeOf } from '../labels';
import { useSession } from '../session';

export function LoginPage() {
  const { account, signIn } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  if (account) return <Navigate to={account.mustChangePassword ? '/password' : homeOf(account.role)} replace />;
  const from = (location.state as { from?: string } | null)?.from;

  const submit = async (v: { username: string; password: string }) => {
    setBusy(true);
    setError(undefined);
    try {
      const signedIn = await signIn(v.username, v.password);
      const to = from && !['/login', '/password'].includes(from) ? from : undefined;
      // A one-time password: 设置新密码 first, then the page asked for (or the role's home).
      if (signedIn.mustChangePassword) navigate('/password', { replace: true, state: { from: to } });
      else navigate(to ?? homeOf(signedIn.role), { replace: true });
    } catch (e) {
      // The API's own words: 用户名或密码错误 (401), or how long to wait (429).
      setError(e instanceof ApiError ? e.message : '无法连接服务器，请稍后重试');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex justify="center" align="center" style={{ minHeight: '100vh', padding: 16, background: '#f0f2f5' }}>
      <Card style={{ width: '100%', maxWidth: 380 }}>
        <Typography.Title level={3} style={{ textAlign: 'center', marginTop: 0 }}>司法行政案件管理</Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>请使用工作账号登录</Typography.Paragraph>
        {error && <Alert type="error" title={error} showIcon style={{ marginBottom: 16 }} role="alert" />}
        <Form layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item name="username" label="用户名" rules={[{ required: true, message: '请输入用户名' }]}>
            <Input autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item name="password" label="密码" rules={[{ required: true, message: '请输入密码' }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>登录</Button>
        </Form>
      </Card>
    </Flex>
  );
}
