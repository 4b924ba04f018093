import { parseArgs } from 'node:util';

/** A command line the script cannot run with; the script prints it with its usage and exits 2. */
export class UsageError extends Error {}

export type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

export interface CommandLine {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/**
 * Parses a command line strictly with node:util parseArgs: an unknown option, an option without its
 * value, a repeated option or more than `maxPositionals` bare words is a UsageError. `--help` is
 * always known.
 */
export function parseCommandLine(argv: readonly string[], options: OptionSpec, maxPositionals = 0): CommandLine {
  let parsed: CommandLine;
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: maxPositionals > 0,
    });
    parsed = { values: values as CommandLine['values'], positionals };
  } catch (err) {
    // parseArgs says e.g. "Unknown option '--areas-x'. To specify a positional…": keep the first sentence.
    throw new UsageError((err as Error).message.split(/\.( |$)/)[0]);
  }
  if (parsed.positionals.length > maxPositionals) throw new UsageError(`unexpected argument ${JSON.stringify(parsed.positionals[maxPositionals])}`);
  const repeated = argv.filter((a) => a.startsWith('--')).map((a) => a.slice(2).split('=')[0]).find((name, i, all) => all.indexOf(name) !== i);
  if (repeated) throw new UsageError(`--${repeated} is given more than once`);
  return parsed;
}

/** The string value of an option, or `fallback` when absent. */
export function stringOption(line: CommandLine, name: string, fallback: string): string;
export function stringOption(line: CommandLine, name: string): string | undefined;
export function stringOption(line: CommandLine, name: string, fallback?: string): string | undefined {
  const value = line.values[name];
  return typeof value === 'string' ? value : fallback;
}

/** A number in [min, max] (integer unless `fractional`), else a UsageError naming the option. */
export function numberOption(name: string, raw: string, range: { min: number; max: number; fractional?: boolean; minExclusive?: boolean }): number {
  const value = /^-?(\d+(\.\d+)?|\.\d+)$/.test(raw.trim()) ? Number(raw) : NaN;
  const low = range.minExclusive ? value > range.min : value >= range.min;
  if (Number.isNaN(value) || !low || value > range.max || (!range.fractional && !Number.isInteger(value))) {
    const kind = range.fractional ? 'a number' : 'a whole number';
    throw new UsageError(`--${name} must be ${kind} in ${range.minExclusive ? '(' : '['}${range.min}, ${range.max}], got ${JSON.stringify(raw)}`);
  }
  return value;
}

/** A comma-separated list whose every item is one of `known` (duplicates dropped), else a UsageError naming the unknown ones. */
export function listOption<T extends string>(name: string, raw: string, known: readonly T[]): T[] {
  const items = raw.split(',').map((s) => s.trim());
  const unknown = items.filter((s) => !(known as readonly string[]).includes(s));
  if (items.length === 0 || unknown.length > 0)
    throw new UsageError(`--${name}: unknown ${unknown.map((u) => JSON.stringify(u)).join(', ')}; known: ${known.join(', ')}`);
  return [...new Set(items as T[])];
}

/** A report year: four digits in 1949–2200 (the years a report can be read for). */
export function yearOption(name: string, raw: string): number {
  if (!/^\d{4}$/.test(raw)) throw new UsageError(`--${name} must be a four-digit year such as 2019, got ${JSON.stringify(raw)}`);
  return numberOption(name, raw, { min: 1949, max: 2200 });
}

/** A value matching `pattern`, else a UsageError saying what it must be. */
export function matchingOption(name: string, raw: string, pattern: RegExp, what: string): string {
  if (!pattern.test(raw)) throw new UsageError(`--${name} must be ${what}, got ${JSON.stringify(raw)}`);
  return raw;
}

/**
 * Runs a script's main: `--help` prints the usage (exit 0), a UsageError prints the script's name,
 * the problem and the usage (exit 2), any other error prints the name and message (exit
 * `failureCode`); otherwise exits with what main returns (0 when nothing).
 */
export function runCli(name: string, usage: string, main: (argv: string[]) => Promise<number | void> | number | void, failureCode = 1): void {
  const argv = process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(usage);
    process.exit(0);
  }
  Promise.resolve()
    .then(() => main(argv))
    .then(
      (code) => process.exit(code ?? 0),
      (err) => {
        if (err instanceof UsageError) {
          console.error(`${name}: ${err.message}\n${usage}`);
          process.exit(2);
        }
        console.error(`${name}: ${(err as Error).message}`);
        process.exit(failureCode);
      },
    );
}
