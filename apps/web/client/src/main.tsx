import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { lazy, StrictMode, Suspense, useCallback } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Navigate, Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { homeOf } from './labels';
import { DisputePage } from './pages/DisputePage';
import { LoginPage } from './pages/LoginPage';
import { MediationPage } from './pages/MediationPage';
import { NotBuiltPage } from './pages/NotBuiltPage';
import { SessionProvider, useSession } from './session';
import { Shell } from './Shell';

dayjs.locale('zh-cn');

// ECharts is most of the report page's weight: loaded when a report is first opened, not at sign-in.
const ReportPage = lazy(() => import('./pages/ReportPage').then((m) => ({ default: m.ReportPage })));

function Guarded({ children }: { children: React.ReactNode }) {
  const { account } = useSession();
  const location = useLocation();
  if (account === undefined) return null;
  if (account === null) return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  return <Shell>{children}</Shell>;
}

function Home() {
  const { account } = useSession();
  if (account === undefined) return null;
  return <Navigate to={account ? homeOf(account.role) : '/login'} replace />;
}

function Routed() {
  const navigate = useNavigate();
  // A 401 anywhere: the session has ended, sign in again.
  const onEnded = useCallback(() => navigate('/login', { replace: true }), [navigate]);
  return (
    <SessionProvider onEnded={onEnded}>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route path="/" element={<Home />} />
        <Route path="/reports" element={<Guarded><Navigate to={`/reports/${new Date().getFullYear() - 1}`} replace /></Guarded>} />
        <Route path="/reports/:year" element={<Guarded><Suspense fallback={null}><ReportPage /></Suspense></Guarded>} />
        <Route path="/mediation" element={<Guarded><MediationPage /></Guarded>} />
        <Route path="/mediation/disputes/:id" element={<Guarded><DisputePage /></Guarded>} />
        <Route path="*" element={<Guarded><NotBuiltPage /></Guarded>} />
      </Routes>
    </SessionProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConfigProvider locale={zhCN} button={{ autoInsertSpace: false }} theme={{ token: { colorPrimary: '#1d4e89', fontFamily: "'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif" } }}>
      <AntApp>
        <BrowserRouter>
          <Routed />
        </BrowserRouter>
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
