import { MenuOutlined } from '@ant-design/icons';
import { App, Button, Drawer, Flex, Form, Grid, Input, Layout, Menu, Modal, Typography } from 'antd';
import { ReactNode, useState } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { api } from './api';
import { failure, showFieldProblems } from './form-problems';
import { navFor, ROLE_LABELS } from './labels';
import { NEW_PASSWORD_RULES, PASSWORD_WORDS, REPEAT_PASSWORD_RULES } from './password-words';
import { useSession } from './session';

/** The frame of every signed-in page: the services the role works in, who is signed in, password and sign-out. */
export function Shell({ children }: { children: ReactNode }) {
  const { account, signOut } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const screens = Grid.useBreakpoint();
  const [menuOpen, setMenuOpen] = useState(false);
  const [passwordOpen, setPasswordOpen] = useState(false);
  if (!account) return null;
  const items = navFor(account.role).map((n) => ({ key: n.path, label: n.label }));
  const selected = items.filter((i) => location.pathname.startsWith(i.key)).map((i) => i.key);
  const go = ({ key }: { key: string }) => {
    setMenuOpen(false);
    navigate(key);
  };
  const out = async () => {
    await signOut().catch(() => undefined);
    navigate('/login', { replace: true });
  };
  const wide = screens.md !== false;
  const userBox = (
    <Flex gap={8} align="center" wrap={false} vertical={!wide}>
      <Typography.Text strong={!wide} style={{ color: wide ? '#fff' : undefined, whiteSpace: 'nowrap' }} data-testid="display-name">
        {account.displayName}
        <Typography.Text type="secondary" style={{ color: wide ? 'rgba(255,255,255,0.65)' : undefined, marginLeft: 6 }}>{ROLE_LABELS[account.role]}{account.unit ? ` · ${account.unit}` : ''}</Typography.Text>
      </Typography.Text>
      <Flex gap={8}>
        <Button size="small" ghost={wide} onClick={() => setPasswordOpen(true)}>修改密码</Button>
        <Button size="small" ghost={wide} onClick={out}>退出</Button>
      </Flex>
    </Flex>
  );
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 16, paddingInline: wide ? 24 : 12 }}>
        <Typography.Text style={{ color: '#fff', fontSize: 16, fontWeight: 600, whiteSpace: 'nowrap' }}>司法行政案件管理</Typography.Text>
        {wide ? (
          <>
            <Menu theme="dark" mode="horizontal" selectedKeys={selected} items={items} onClick={go} style={{ flex: 1, minWidth: 0 }} aria-label="主导航" />
            {userBox}
          </>
        ) : (
          <>
            <div style={{ flex: 1 }} />
            <Button type="text" aria-label="菜单" icon={<MenuOutlined style={{ color: '#fff' }} />} onClick={() => setMenuOpen(true)} />
            <Drawer open={menuOpen} onClose={() => setMenuOpen(false)} title="菜单" placement="right" size={260}>
              <Menu mode="vertical" selectedKeys={selected} items={items} onClick={go} style={{ borderInlineEnd: 0 }} aria-label="主导航" />
              <div style={{ marginTop: 24 }}>{userBox}</div>
            </Drawer>
          </>
        )}
      </Layout.Header>
      <Layout.Content style={{ padding: wide ? 24 : 12, maxWidth: 1400, width: '100%', marginInline: 'auto' }}>{children}</Layout.Content>
      <ChangePassword open={passwordOpen} onClose={() => setPasswordOpen(false)} />
    </Layout>
  );
}

function ChangePassword({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm();
  const [busy, setBusy] = useState(false);
  const { message } = App.useApp();
  const submit = async (v: { currentPassword: string; newPassword: string }) => {
    setBusy(true);
    try {
      await api('POST', '/api/account/password', { currentPassword: v.currentPassword, newPassword: v.newPassword });
      message.success('密码已修改');
      form.resetFields();
      onClose();
    } catch (e) {
      if (!showFieldProblems(form, e, PASSWORD_WORDS)) message.error(failure(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open={open} title="修改密码" onCancel={onClose} okText="保存" cancelText="取消" confirmLoading={busy} onOk={() => form.submit()} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="currentPassword" label="当前密码" rules={[{ required: true, message: '请输入当前密码' }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item name="newPassword" label="新密码" rules={NEW_PASSWORD_RULES}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="repeatPassword" label="确认新密码" dependencies={['newPassword']} rules={REPEAT_PASSWORD_RULES}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
