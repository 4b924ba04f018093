import { DomainError } from '@casetrack/platform';
import { Inject, Injectable } from '@nestjs/common';
import { WEB_CONFIG, WebConfig } from '../../../config';
import { mintAccessToken } from '../../../forwarding/access-token';
import { Account } from '../../domain/account';

const TIMEOUT_MS = 10_000;
// 500 a page (the services' largest); a district has tens of committees, a city a few hundred.
const MAX_PAGES = 40;

/** The mediation service's committees, as the admin adding a clerk sees them (GET /v1/committees with the admin's token). */
@Injectable()
export class MediationCommittees {
  constructor(@Inject(WEB_CONFIG) private readonly config: WebConfig) {}

  /** True when a committee has exactly this code; 503 WEB.SERVICE_UNAVAILABLE when the mediation service cannot say. */
  async exists(code: string, asAccount: Pick<Account, 'id' | 'role' | 'unit'>): Promise<boolean> {
    const authorization = `Bearer ${mintAccessToken(asAccount, this.config.tokenSigning)}`;
    let cursor: string | null = null;
    for (let page = 0; page < MAX_PAGES; page++) {
      const url = `${this.config.serviceUrls.mediation}/v1/committees?limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      let body: { items: { code: string }[]; nextCursor: string | null };
      try {
        const res = await fetch(url, { headers: { authorization, accept: 'application/json' }, signal: AbortSignal.timeout(TIMEOUT_MS) });
        if (!res.ok) throw new Error(`it answered ${res.status}`);
        body = (await res.json()) as typeof body;
      } catch (err) {
        throw new DomainError('WEB.SERVICE_UNAVAILABLE', `cannot check the unit: the mediation service did not list its committees (${(err as Error).message})`, 'unavailable', { service: 'mediation' });
      }
      if (body.items.some((c) => c.code === code)) return true;
      cursor = body.nextCursor;
      if (!cursor) return false;
    }
    return false;
  }
}
