import type { WebSchemas } from './schemas';
import { createContext, ReactNode, useCallback, useContext, useEffect, useRef, useState } from 'react';
import { api, setCsrfToken, setOnUnauthenticated } from './api';

/** The roles of the web app's accounts, as its OpenAPI document gives them (a new role stops the pages compiling until it has a label). */
export type Role = WebSchemas['AccountView']['role'];

export interface Account {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  unit: string | null;
  mustChangePassword: boolean;
}

interface SessionView {
  account: Account;
  csrfToken: string;
}

interface SessionState {
  /** undefined while the first GET /api/session is under way; null when nobody is signed in. */
  account: Account | null | undefined;
  signIn(username: string, password: string): Promise<Account>;
  signOut(): Promise<void>;
  /** Reads the session again (after the holder changed their one-time password). */
  refresh(): Promise<Account>;
  /** Forgets the session (after a 401). */
  ended(): void;
}

const Ctx = createContext<SessionState | null>(null);

export function SessionProvider({ children, onEnded }: { children: ReactNode; onEnded: () => void }) {
  const [account, setAccount] = useState<Account | null | undefined>(undefined);
  const ended = useCallback(() => {
    setCsrfToken(undefined);
    setAccount(null);
  }, []);

  // The router's navigate changes with the location: hold the latest in a ref, so the session is read once, not per page.
  const onEndedRef = useRef(onEnded);
  onEndedRef.current = onEnded;

  useEffect(() => {
    setOnUnauthenticated(() => {
      ended();
      onEndedRef.current();
    });
    api<SessionView>('GET', '/api/session')
      .then((s) => {
        setCsrfToken(s.csrfToken);
        setAccount(s.account);
      })
      .catch(() => setAccount(null));
  }, [ended]);

  const signIn = useCallback(async (username: string, password: string) => {
    const s = await api<SessionView>('POST', '/api/session', { username, password });
    setCsrfToken(s.csrfToken);
    setAccount(s.account);
    return s.account;
  }, []);

  const refresh = useCallback(async () => {
    const s = await api<SessionView>('GET', '/api/session');
    setCsrfToken(s.csrfToken);
    setAccount(s.account);
    return s.account;
  }, []);

  const signOut = useCallback(async () => {
    try {
      await api('DELETE', '/api/session');
    } finally {
      ended();
    }
  }, [ended]);

  return <Ctx.Provider value={{ account, signIn, signOut, ended, refresh }}>{children}</Ctx.Provider>;
}

export function useSession(): SessionState {
  const s = useContext(Ctx);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}
