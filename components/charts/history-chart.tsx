import { reliableChange, type DimensionDef } from "@/lib/attachment";
import { formatDate, formatScore } from "@/components/account/format";

/** One saved result on the chart. */
export interface TrendPoint {
  id: string;
  createdAt: Date;
  anxiety: number | null;
  avoidance: number | null;
}

const W = 640;
const H = 260;
const M = { top: 16, right: 20, bottom: 44, left: 44 };
const plotW = W - M.left - M.right;
const plotH = H - M.top - M.bottom;
const ticks = [1, 2, 3, 4, 5, 6, 7];
const y = (v: number) => M.top + ((7 - v) / 6) * plotH;

function xPositions(points: TrendPoint[]) {
  if (points.length === 1) return [M.left + plotW / 2];
  const first = points[0]!.createdAt.getTime();
  const span = points.at(-1)!.createdAt.getTime() - first;
  // Spaced by date, so the gaps show how much time passed; evenly when all share one moment.
  return points.map(
    (p, i) =>
      M.left +
      (span > 0
        ? ((p.createdAt.getTime() - first) / span) * plotW
        : (i / (points.length - 1)) * plotW),
  );
}

type Key = "anxiety" | "avoidance";

function DimensionChart({
  points,
  def,
  dimension,
  tone,
}: {
  points: TrendPoint[];
  def: DimensionDef;
  dimension: Key;
  tone: "accent" | "clay";
}) {
  const values = points.map((p) => p[dimension]!);
  const baseline = values[0]!;
  const { threshold } = reliableChange(def.params, baseline, baseline);
  const xs = xPositions(points);
  const beyond = values.slice(1).filter((v) => Math.abs(v - baseline) > threshold).length;
  const titleId = `chart-${dimension}-title`;
  const descId = `chart-${dimension}-desc`;
  const last = values.at(-1)!;
  const description =
    points.length === 1
      ? `One result so far: ${formatScore(baseline)} of 7 on ${formatDate(points[0]!.createdAt)}.`
      : `${def.label} went from ${formatScore(baseline)} on ${formatDate(points[0]!.createdAt)} to ${formatScore(last)} on ${formatDate(points.at(-1)!.createdAt)}, on a scale of 1 to 7. ` +
        `The shaded band covers ${formatScore(threshold)} points either side of your first result here: a change inside it is within measurement noise. ` +
        `${beyond} of ${points.length - 1} later result${points.length === 2 ? "" : "s"} ${beyond === 1 ? "lies" : "lie"} outside the band.`;
  const stroke = tone === "accent" ? "stroke-accent" : "stroke-clay";
  const fill = tone === "accent" ? "fill-accent" : "fill-clay";
  return (
    <figure className="flex flex-col gap-2">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descId}
        className="h-auto w-full rounded-card border border-line bg-surface"
      >
        <title id={titleId}>{`${def.label} over time`}</title>
        <desc id={descId}>{description}</desc>
        <rect
          x={M.left}
          width={plotW}
          y={y(Math.min(7, baseline + threshold))}
          height={y(Math.max(1, baseline - threshold)) - y(Math.min(7, baseline + threshold))}
          className="fill-accent-soft stroke-accent"
          strokeDasharray="4 4"
          strokeWidth={1}
        />
        {ticks.map((t) => (
          <g key={t}>
            <line
              x1={M.left}
              x2={W - M.right}
              y1={y(t)}
              y2={y(t)}
              className="stroke-line"
              strokeDasharray={t === 4 ? "6 4" : undefined}
            />
            <text
              x={M.left - 12}
              y={y(t)}
              dy="0.35em"
              textAnchor="end"
              fontSize={16}
              className="fill-muted"
            >
              {t}
            </text>
          </g>
        ))}
        <polyline
          points={xs.map((x, i) => `${x},${y(values[i]!)}`).join(" ")}
          fill="none"
          strokeWidth={3}
          className={stroke}
        />
        {xs.map((x, i) => (
          <circle
            key={points[i]!.id}
            cx={x}
            cy={y(values[i]!)}
            r={6}
            strokeWidth={2.5}
            className={`${stroke} ${i > 0 && Math.abs(values[i]! - baseline) > threshold ? fill : "fill-surface"}`}
          />
        ))}
        <text x={M.left} y={H - 14} fontSize={16} className="fill-muted">
          {formatDate(points[0]!.createdAt)}
        </text>
        {points.length > 1 && (
          <text x={W - M.right} y={H - 14} fontSize={16} textAnchor="end" className="fill-muted">
            {formatDate(points.at(-1)!.createdAt)}
          </text>
        )}
      </svg>
      <figcaption className="text-base text-muted">
        <span className="font-semibold text-ink">{def.label}</span> (1 to 7). The shaded band is ±
        {formatScore(threshold)} around your first result shown: filled dots lie outside it, a
        change larger than measurement noise.
      </figcaption>
    </figure>
  );
}

function changeWords(value: number, baseline: number, threshold: number) {
  const d = value - baseline;
  if (Math.abs(d) <= threshold) return "within noise";
  return d > 0 ? "higher, beyond noise" : "lower, beyond noise";
}

/**
 * Both attachment dimensions over time as server-rendered SVG, each with its reliable-change
 * band (Jacobson–Truax, from the dimension's own parameters), plus the same data as a table.
 */
export function HistoryChart({
  points,
  dimensions,
}: {
  points: TrendPoint[];
  dimensions: DimensionDef[];
}) {
  const usable = points.filter((p) => p.anxiety !== null && p.avoidance !== null);
  const anxiety = dimensions.find((d) => d.id === "anxiety");
  const avoidance = dimensions.find((d) => d.id === "avoidance");
  if (!usable.length || !anxiety || !avoidance) return null;
  const thresholds = {
    anxiety: reliableChange(anxiety.params, 0, 0).threshold,
    avoidance: reliableChange(avoidance.params, 0, 0).threshold,
  };
  const first = usable[0]!;
  return (
    <div className="flex flex-col gap-6">
      <div className="grid gap-6 lg:grid-cols-2">
        <DimensionChart points={usable} def={anxiety} dimension="anxiety" tone="accent" />
        <DimensionChart points={usable} def={avoidance} dimension="avoidance" tone="clay" />
      </div>
      <details className="rounded-card border border-line bg-surface px-5 py-3">
        <summary className="min-h-11 cursor-pointer py-2 font-semibold">
          Show the chart as a table
        </summary>
        <div className="overflow-x-auto">
          <table className="mt-3 w-full border-collapse text-left">
            <caption className="mb-2 text-left text-muted">
              Your scores over time, compared with your first result in the chart.
            </caption>
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="py-2 pr-4">
                  Date
                </th>
                <th scope="col" className="py-2 pr-4">
                  {anxiety.label}
                </th>
                <th scope="col" className="py-2">
                  {avoidance.label}
                </th>
              </tr>
            </thead>
            <tbody>
              {usable.map((p, i) => (
                <tr key={p.id} className="border-b border-line last:border-0">
                  <th scope="row" className="py-2 pr-4 font-normal">
                    {formatDate(p.createdAt)}
                  </th>
                  <td className="py-2 pr-4">
                    {formatScore(p.anxiety)}
                    {i > 0 && (
                      <span className="text-muted">
                        {" "}
                        ({changeWords(p.anxiety!, first.anxiety!, thresholds.anxiety)})
                      </span>
                    )}
                  </td>
                  <td className="py-2">
                    {formatScore(p.avoidance)}
                    {i > 0 && (
                      <span className="text-muted">
                        {" "}
                        ({changeWords(p.avoidance!, first.avoidance!, thresholds.avoidance)})
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
}
