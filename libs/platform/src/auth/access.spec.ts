import { Controller, ExecutionContext, Get } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { readAuthConfig } from '../config/auth-config';
import { EnvReader } from '../config/env';
import { ServiceConfig } from '../config/service-config';
import { runAsActor } from './actor-context';
import { DomainError } from '../errors/domain-error';
import { AuthGuard, bearerToken } from './auth.guard';
import { Public, Roles } from './roles.decorator';
import { Actor, Role, roleAllowed, ROLES } from './roles';
import { issueToken } from './issue-token';
import { assertRole } from './require-role';
import { assertMayActFor, scopeToUnit } from './unit-scope';

@Controller('things')
class ThingsController {
  @Get()
  list() {}

  @Roles('report-reader')
  @Get('report')
  report() {}

  @Public()
  @Get('open')
  open() {}
}

@Roles('admin')
@Controller('settings')
class SettingsController {
  @Get()
  read() {}
}

const guard = new AuthGuard(new Reflector(), { auth: readAuthConfig(new EnvReader({}), {}) } as ServiceConfig, { roles: ['legal-aid-officer'] });

/** What the guard answers to `handler` of `controller` called with `authorization`: 'ok' or the error code. */
async function decide(controller: Function, handler: string, authorization?: string): Promise<string> {
  const request = { method: 'GET', url: `/${handler}?x=1`, headers: { authorization } };
  const context = {
    getHandler: () => controller.prototype[handler],
    getClass: () => controller,
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext;
  try {
    return (await guard.canActivate(context)) ? 'ok' : 'false';
  } catch (err) {
    return (err as DomainError).code;
  }
}
const as = (role: Role, unit?: string) => `Bearer ${issueToken({ sub: `u-${role}`, role, unit })}`;

describe('the role table', () => {
  it('lets admin use every route and any other role only routes that list it', () => {
    for (const role of ROLES) expect(roleAllowed(role, ['legal-aid-officer'])).toBe(role === 'admin' || role === 'legal-aid-officer');
  });

  it('leaves a route that lists no role to admin alone', () => {
    expect(ROLES.filter((role) => roleAllowed(role, []))).toEqual(['admin']);
  });
});

describe('AuthGuard', () => {
  it('opens a route without @Roles to the service\'s roles and admin only', async () => {
    const decisions = await Promise.all(ROLES.map(async (role) => [role, await decide(ThingsController, 'list', as(role, role === 'mediation-clerk' ? 'C-1' : undefined))]));
    expect(decisions).toEqual([
      ['mediation-clerk', 'AUTH.FORBIDDEN_ROLE'],
      ['legal-aid-officer', 'ok'],
      ['review-officer', 'AUTH.FORBIDDEN_ROLE'],
      ['legal-affairs-officer', 'AUTH.FORBIDDEN_ROLE'],
      ['enforcement-supervisor', 'AUTH.FORBIDDEN_ROLE'],
      ['report-reader', 'AUTH.FORBIDDEN_ROLE'],
      ['admin', 'ok'],
      ['public-legal-services-officer', 'AUTH.FORBIDDEN_ROLE'],
      ['legal-education-officer', 'AUTH.FORBIDDEN_ROLE'],
    ]);
  });

  it('lets @Roles on a route or its controller replace the service\'s roles', async () => {
    expect(await Promise.all([decide(ThingsController, 'report', as('report-reader')), decide(ThingsController, 'report', as('legal-aid-officer'))])).toEqual(['ok', 'AUTH.FORBIDDEN_ROLE']);
    expect(await Promise.all([decide(SettingsController, 'read', as('legal-aid-officer')), decide(SettingsController, 'read', as('admin'))])).toEqual(['AUTH.FORBIDDEN_ROLE', 'ok']);
  });

  it('lets anyone call a @Public() route, token or not', async () => {
    expect(await Promise.all([decide(ThingsController, 'open'), decide(ThingsController, 'open', 'Bearer garbage')])).toEqual(['ok', 'ok']);
  });

  it('answers a missing token with AUTH.MISSING_TOKEN and a bad one with AUTH.INVALID_TOKEN', async () => {
    expect(await decide(ThingsController, 'list')).toBe('AUTH.MISSING_TOKEN');
    expect(await decide(ThingsController, 'list', 'Bearer nonsense')).toBe('AUTH.INVALID_TOKEN');
  });

  it('names the role, the route without its query and who may use it in a 403', async () => {
    try {
      await guard.canActivate({
        getHandler: () => SettingsController.prototype.read,
        getClass: () => SettingsController,
        switchToHttp: () => ({ getRequest: () => ({ method: 'GET', url: '/v1/settings?x=1', headers: { authorization: as('report-reader') } }) }),
      } as unknown as ExecutionContext);
      throw new Error('allowed');
    } catch (err) {
      expect((err as DomainError).message).toBe('role report-reader may not use GET /v1/settings; open to: admin');
      expect((err as DomainError).details).toEqual({ role: 'report-reader', allowed: ['admin'] });
    }
  });
});

describe('bearerToken', () => {
  it('takes the token from "Bearer <token>", whatever the case of the scheme', () => {
    expect(bearerToken('Bearer abc.def.ghi')).toBe('abc.def.ghi');
    expect(bearerToken('bearer abc')).toBe('abc');
  });

  it.each([['Basic dXNlcjpwYXNz'], ['Bearer'], ['Bearer a b'], ['abc.def.ghi']])('refuses the header "%s" as AUTH.INVALID_TOKEN', (header) => {
    expect(() => bearerToken(header)).toThrow(expect.objectContaining({ code: 'AUTH.INVALID_TOKEN' }));
  });

  it('calls an absent header AUTH.MISSING_TOKEN', () => {
    expect(() => bearerToken(undefined)).toThrow(expect.objectContaining({ code: 'AUTH.MISSING_TOKEN' }));
  });
});

describe('unit scope', () => {
  const clerk: Actor = { id: 'u-1', role: 'mediation-clerk', unit: 'C-1' };
  const admin: Actor = { id: 'u-2', role: 'admin' };

  it('lets a clerk act for their own committee only, with AUTH.FORBIDDEN_UNIT naming only their own', () => {
    runAsActor(clerk, () => {
      expect(() => assertMayActFor('C-1')).not.toThrow();
      expect(() => assertMayActFor('C-2')).toThrow(expect.objectContaining({ code: 'AUTH.FORBIDDEN_UNIT', details: { unit: 'C-1' } }));
      try {
        assertMayActFor('C-2');
      } catch (err) {
        expect((err as Error).message).not.toContain('C-2');
      }
    });
  });

  it('lets only the listed roles (and admin) past assertRole, with AUTH.FORBIDDEN_ROLE naming the role', () => {
    runAsActor(admin, () => expect(() => assertRole(['report-reader'], 'against')).not.toThrow());
    runAsActor({ id: 'u-3', role: 'report-reader' }, () => expect(() => assertRole(['report-reader'], 'against')).not.toThrow());
    runAsActor(clerk, () =>
      expect(() => assertRole(['report-reader'], 'against')).toThrow(
        expect.objectContaining({ code: 'AUTH.FORBIDDEN_ROLE', details: { role: 'mediation-clerk', allowed: ['report-reader', 'admin'] } }),
      ),
    );
  });

  it('lets an unbound user, and system work outside any request, act for every unit', () => {
    runAsActor(admin, () => expect(() => assertMayActFor('C-2')).not.toThrow());
    expect(() => assertMayActFor('C-2')).not.toThrow();
  });

  it('narrows a clerk\'s list to their committee and refuses another one named in the filter', () => {
    runAsActor(clerk, () => {
      expect([scopeToUnit(undefined), scopeToUnit('C-1')]).toEqual(['C-1', 'C-1']);
      expect(() => scopeToUnit('C-2')).toThrow(expect.objectContaining({ code: 'AUTH.FORBIDDEN_UNIT' }));
    });
    runAsActor(admin, () => expect([scopeToUnit(undefined), scopeToUnit('C-2')]).toEqual([undefined, 'C-2']));
  });

  it('keeps the actor across awaits', async () => {
    await runAsActor(clerk, async () => {
      await new Promise((r) => setTimeout(r, 5));
      expect(() => assertMayActFor('C-2')).toThrow();
    });
  });
});
