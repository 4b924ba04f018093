import { RunningApp, startMediation } from './support/apps';
import { uniqueDistrict } from './support/test-env';

describe('security headers', () => {
  let mediation: RunningApp;

  beforeAll(async () => {
    mediation = await startMediation(uniqueDistrict(), { relayEnabled: false });
  }, 60_000);

  afterAll(async () => {
    await mediation?.close();
  }, 30_000);

  it('sends helmet headers on API responses and on errors', async () => {
    for (const path of ['/health', '/no-such-route']) {
      const res = await fetch(`${mediation.url}${path}`);
      // Read every body: an unread response keeps its connection busy, and closing the app waits for it.
      await res.arrayBuffer();
      expect([path, res.headers.get('x-content-type-options')]).toEqual([path, 'nosniff']);
      expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    }
  });

  it('still serves the Swagger UI at /docs, its assets allowed by the content security policy', async () => {
    const page = await fetch(`${mediation.url}/docs`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await page.text();
    expect(html).toContain('swagger-ui');
    const csp = page.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self' https: 'unsafe-inline'");
    expect(csp).not.toContain('upgrade-insecure-requests');
    // Every script the page loads comes from this origin, so script-src 'self' lets it run.
    const scripts = [...html.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const src of scripts) {
      expect(src).not.toMatch(/^https?:/);
      const asset = await fetch(new URL(src, `${mediation.url}/docs`));
      await asset.arrayBuffer();
      expect([src, asset.status]).toEqual([src, 200]);
    }
    const spec = await fetch(`${mediation.url}/docs-json`);
    expect(spec.status).toBe(200);
    expect(((await spec.json()) as { openapi: string }).openapi).toMatch(/^3\./);
  });
});
