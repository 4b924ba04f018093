/** Reads typed settings from the environment and reports every bad one at once, by name. */
export class EnvReader {
  private readonly problems: string[] = [];

  constructor(private readonly env: NodeJS.ProcessEnv = process.env) {}

  string(name: string, fallback: string): string {
    const value = this.env[name];
    return value === undefined || value === '' ? fallback : value;
  }

  int(name: string, fallback: number, range: { min?: number; max?: number } = {}): number {
    const raw = this.env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || (range.min !== undefined && value < range.min) || (range.max !== undefined && value > range.max)) {
      this.problems.push(`${name} must be an integer${range.min !== undefined ? ` from ${range.min}` : ''}${range.max !== undefined ? ` to ${range.max}` : ''}, got "${raw}"`);
      return fallback;
    }
    return value;
  }

  bool(name: string, fallback: boolean): boolean {
    const raw = this.env[name];
    if (raw === undefined || raw === '') return fallback;
    if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
    if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
    this.problems.push(`${name} must be true or false, got "${raw}"`);
    return fallback;
  }

  /** A string that must satisfy `check`; `describe` says what was expected. */
  matching(name: string, fallback: string, check: (value: string) => boolean, expected: string): string {
    const value = this.string(name, fallback);
    if (!check(value)) this.problems.push(`${name} must be ${expected}, got "${value}"`);
    return value;
  }

  /** A secret of at least `minLength` characters; a bad one is reported without its value. */
  secret(name: string, fallback: string, minLength: number): string {
    const value = this.string(name, fallback);
    if (value.length < minLength) this.problems.push(`${name} must be at least ${minLength} characters long`);
    return value;
  }

  /**
   * A secret that must be set (no fallback), must not be `forbidden` (a published default) and must
   * have at least `minLength` characters; reported without its value.
   */
  requiredSecret(name: string, forbidden: string, minLength: number): string {
    const value = this.string(name, '');
    if (value === '') this.problems.push(`${name} must be set (at least ${minLength} characters)`);
    else if (value === forbidden) this.problems.push(`${name} must not be the local development default`);
    else if (value.length < minLength) this.problems.push(`${name} must be at least ${minLength} characters long`);
    return value;
  }

  /** Records a problem found by a check of the caller's own (the message names the setting). */
  report(problem: string): void {
    this.problems.push(problem);
  }

  /** Throws one error naming every malformed setting; call after reading them all. */
  done(): void {
    if (this.problems.length > 0) throw new Error(`invalid configuration: ${this.problems.join('; ')}`);
  }
}
