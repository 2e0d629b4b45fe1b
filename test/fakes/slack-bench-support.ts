/** Bench settings from `--seconds= --rate= --warmup=` or SLACK_BENCH_SECONDS / _RATE / _WARMUP; bounded. */
export function readBenchArgs(
  argv: string[],
  env: Record<string, string | undefined>,
): { seconds: number; rate: number; warmup: number } {
  const flag = (name: string): string | undefined => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const num = (value: string | undefined, fallback: number, max: number): number => {
    const n = Number(value);
    return value !== undefined && Number.isFinite(n) && n >= 0 ? Math.min(n, max) : fallback;
  };
  return {
    seconds: num(flag('seconds') ?? env.SLACK_BENCH_SECONDS, 30, 600),
    rate: Math.max(1, num(flag('rate') ?? env.SLACK_BENCH_RATE, 200, 2000)),
    warmup: num(flag('warmup') ?? env.SLACK_BENCH_WARMUP, 2, 60),
  };
}

/** The q-quantile (0..1) of the values, in ms with one decimal; 0 for no values. */
export function percentile(values: number[], q: number): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const at = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return Number((sorted[at] ?? 0).toFixed(1));
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
