import type { Placement } from "@/lib/attachment";
import { formatScore } from "./describe";

const SIZE = 360;
const PAD = { left: 52, right: 14, top: 14, bottom: 52 };
const W = SIZE - PAD.left - PAD.right;
const H = SIZE - PAD.top - PAD.bottom;
const x = (avoidance: number) => PAD.left + ((avoidance - 1) / 6) * W;
const y = (anxiety: number) => PAD.top + ((7 - anxiety) / 6) * H;

const regions = [
  { name: "Anxious", cls: "fill-clay-soft", x: 1, y: 7 },
  { name: "Disorganized", cls: "fill-danger-soft", x: 4, y: 7 },
  { name: "Secure", cls: "fill-accent-soft", x: 1, y: 4 },
  { name: "Avoidant", cls: "fill-sunken", x: 4, y: 4 },
] as const;

type Props = { placement: Placement; id: string };

/**
 * The anxiety × avoidance plane, server-rendered: avoidance across, anxiety up, the four regions
 * shaded and named, and the person's point with a 95% band for measurement error.
 */
export function AttachmentPlot({ placement, id }: Props) {
  const { anxiety, avoidance, sem } = placement;
  const rx = ((1.96 * sem.avoidance) / 6) * W;
  const ry = ((1.96 * sem.anxiety) / 6) * H;
  return (
    <svg
      viewBox={`0 0 ${SIZE} ${SIZE}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      className="h-auto w-full max-w-md font-sans"
    >
      <title id={`${id}-title`}>Where your answers sit on the two dimensions</title>
      <desc id={`${id}-desc`}>
        {`A square chart with avoidance from 1 to 7 across and anxiety from 1 to 7 upward, split at 4 into four regions: secure at low anxiety and low avoidance, anxious at high anxiety and low avoidance, avoidant at low anxiety and high avoidance, disorganized at both high. Your point is at avoidance ${formatScore(avoidance)} and anxiety ${formatScore(anxiety)}, in the ${placement.pattern} region, with a shaded ellipse showing the range it could fall in if measured again.`}
      </desc>
      {regions.map((r) => (
        <g key={r.name}>
          <rect x={x(r.x)} y={y(r.y)} width={W / 2} height={H / 2} className={r.cls} />
          <text
            x={x(r.x) + W / 4}
            y={y(r.y) + 22}
            textAnchor="middle"
            className="fill-ink text-[13px] font-semibold"
          >
            {r.name}
          </text>
        </g>
      ))}
      <rect
        x={PAD.left}
        y={PAD.top}
        width={W}
        height={H}
        className="fill-none stroke-line"
        strokeWidth={1.5}
      />
      <line
        x1={x(4)}
        x2={x(4)}
        y1={PAD.top}
        y2={PAD.top + H}
        className="stroke-muted"
        strokeDasharray="4 4"
      />
      <line
        x1={PAD.left}
        x2={PAD.left + W}
        y1={y(4)}
        y2={y(4)}
        className="stroke-muted"
        strokeDasharray="4 4"
      />
      {[1, 4, 7].map((v) => (
        <g key={v} className="fill-muted text-[12px]">
          <text x={x(v)} y={PAD.top + H + 18} textAnchor="middle">
            {v}
          </text>
          <text x={PAD.left - 10} y={y(v) + 4} textAnchor="end">
            {v}
          </text>
        </g>
      ))}
      <text
        x={PAD.left + W / 2}
        y={SIZE - 10}
        textAnchor="middle"
        className="fill-ink text-[13px] font-semibold"
      >
        Avoidance →
      </text>
      <text
        transform={`translate(16 ${PAD.top + H / 2}) rotate(-90)`}
        textAnchor="middle"
        className="fill-ink text-[13px] font-semibold"
      >
        Anxiety →
      </text>
      <ellipse
        cx={x(avoidance)}
        cy={y(anxiety)}
        rx={rx}
        ry={ry}
        className="fill-accent/20 stroke-accent"
        strokeWidth={1.5}
      />
      <circle
        cx={x(avoidance)}
        cy={y(anxiety)}
        r={7}
        className="fill-ink stroke-paper"
        strokeWidth={2.5}
      />
    </svg>
  );
}
