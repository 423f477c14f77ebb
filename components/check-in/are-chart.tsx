import type { CheckInResult } from "@/lib/attachment";
import { qualityCopy } from "./quality-copy";

const WIDTH = 560;
const LEFT = 150;
const RIGHT = 20;
const ROW = 86;
const TOP = 50;
const plotW = WIDTH - LEFT - RIGHT;
const x = (v: number) => LEFT + ((v - 1) / 6) * plotW;

type Props = { result: CheckInResult; label: string; id: string };

/** The three qualities in both directions as paired bars on the 1–7 scale, server-rendered. */
export function AreChart({ result, label, id }: Props) {
  const height = TOP + result.qualities.length * ROW + 30;
  const summary = result.qualities
    .map(
      (q) =>
        `${qualityCopy[q.quality].name}: you toward ${label} ${q.self?.toFixed(1) ?? "not enough answers"}, ${label} toward you ${q.partner?.toFixed(1) ?? "not enough answers"}`,
    )
    .join("; ");
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      className="h-auto w-full max-w-2xl font-sans"
    >
      <title id={`${id}-title`}>
        Accessibility, responsiveness and engagement, in both directions
      </title>
      <desc id={`${id}-desc`}>{`Scores from 1 to 7. ${summary}.`}</desc>
      <g className="text-[12px]">
        <rect x={LEFT} y={6} width={14} height={10} className="fill-accent" />
        <text x={LEFT + 20} y={15} className="fill-ink">
          You toward {label}
        </text>
        <rect x={LEFT} y={26} width={14} height={10} className="fill-clay" />
        <text x={LEFT + 20} y={35} className="fill-ink">
          {label} toward you
        </text>
      </g>
      {[1, 4, 7].map((v) => (
        <g key={v}>
          <line
            x1={x(v)}
            x2={x(v)}
            y1={TOP}
            y2={height - 24}
            className="stroke-line"
            strokeDasharray={v === 4 ? "4 4" : undefined}
          />
          <text x={x(v)} y={height - 8} textAnchor="middle" className="fill-muted text-[12px]">
            {v}
          </text>
        </g>
      ))}
      {result.qualities.map((q, i) => {
        const top = TOP + i * ROW + 12;
        return (
          <g key={q.quality}>
            <text
              x={LEFT - 12}
              y={top + 30}
              textAnchor="end"
              className="fill-ink text-[14px] font-semibold"
            >
              {qualityCopy[q.quality].name}
            </text>
            {q.self !== null && (
              <rect
                x={LEFT}
                y={top}
                width={x(q.self) - LEFT}
                height={24}
                rx={4}
                className="fill-accent"
              />
            )}
            {q.partner !== null && (
              <rect
                x={LEFT}
                y={top + 30}
                width={x(q.partner) - LEFT}
                height={24}
                rx={4}
                className="fill-clay"
              />
            )}
          </g>
        );
      })}
    </svg>
  );
}
