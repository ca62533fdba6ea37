// Summaries and the printed/Markdown tables.

/** Linear-interpolated quantile of sorted numbers. */
function quantile(sorted, q) {
  if (sorted.length === 0) return NaN;
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}

export function summarize(values) {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  return {
    median: quantile(sorted, 0.5),
    p25: quantile(sorted, 0.25),
    p75: quantile(sorted, 0.75),
    min: sorted[0] ?? NaN,
    max: sorted.at(-1) ?? NaN,
    n: sorted.length,
    values,
  };
}

const nf = (digits) => new Intl.NumberFormat('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** Formats one value of a metric: bytes as whole numbers, ms with one decimal, CLS with three. */
export function format(metric, value) {
  if (value === undefined || Number.isNaN(value)) return '–';
  return nf(metric.digits ?? 0).format(value);
}

/**
 * "median (p25–p75)", or the single value when every run gave the same one. A metric with
 * `spread: 'max'` (CLS, where any shift matters) shows "median (max …)" instead.
 */
export function cell(metric, summary) {
  if (!summary || summary.n === 0) return '–';
  const median = format(metric, summary.median);
  if (summary.min === summary.max) return median;
  if (metric.spread === 'max') return `${median} (max ${format(metric, summary.max)})`;
  return `${median} (${format(metric, summary.p25)}–${format(metric, summary.p75)})`;
}

export function ratio(a, b) {
  if (!a || !b || a.n === 0 || b.n === 0) return '–';
  if (b.median === 0) return a.median === 0 ? '=' : '∞';
  return `${(a.median / b.median).toFixed(2)}×`;
}

/**
 * Rows of [label, suostumus, vanilla, ratio, no widget] for one scenario; with a second build of suostumus
 * (`bench/run.mjs --against`), two more cells: that build, and this build's ratio to it.
 */
export function rows(metrics, scenario) {
  return metrics.map((metric) => [
    `${metric.label}${metric.unit ? ` (${metric.unit})` : ''}`,
    cell(metric, scenario.suostumus?.[metric.key]),
    cell(metric, scenario.vanilla?.[metric.key]),
    ratio(scenario.suostumus?.[metric.key], scenario.vanilla?.[metric.key]),
    metric.baseline === false ? '' : cell(metric, scenario.none?.[metric.key]),
    ...(scenario.against ? [cell(metric, scenario.against[metric.key]), ratio(scenario.suostumus?.[metric.key], scenario.against[metric.key])] : []),
  ]);
}

export const HEADER = ['', 'suostumus', 'vanilla-cookieconsent', 'ratio s/v', 'page alone'];
/** The columns `rows` adds for a second build (`--against`). */
const AGAINST_HEADER = ['other build', 'ratio s/other'];
/** The header for `body`: with the other build's columns when its rows have them. */
const headerFor = (body) => ((body[0]?.length ?? 0) > HEADER.length ? [...HEADER, ...AGAINST_HEADER] : HEADER);

export function textTable(title, body) {
  const header = headerFor(body);
  const all = [header, ...body];
  const widths = header.map((_, i) => Math.max(...all.map((row) => [...row[i]].length)));
  const line = (row) => row.map((value, i) => (i === 0 ? value.padEnd(widths[i]) : value.padStart(widths[i]))).join('  ');
  return [title, line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

export function markdownTable(body) {
  const escape = (value) => value.replaceAll('|', '\\|');
  const header = headerFor(body);
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`,
    ...body.map((row) => `| ${row.map(escape).join(' | ')} |`),
  ].join('\n');
}
