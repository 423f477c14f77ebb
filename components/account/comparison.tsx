import { compareResults, type DimensionChange, type Instrument } from "@/lib/attachment";
import { formatDate, formatScore } from "./format";

type Side = { createdAt: Date; anxiety: number; avoidance: number };

function sentence(label: string, change: DimensionChange) {
  const moved = Math.abs(change.difference);
  const direction =
    change.difference > 0 ? "went up" : change.difference < 0 ? "went down" : "stayed the same";
  const amount =
    change.difference === 0
      ? ""
      : ` by ${formatScore(moved)} point${moved.toFixed(1) === "1.0" ? "" : "s"}`;
  if (change.reliable) {
    return {
      headline: `${label} ${direction}${amount}: larger than measurement noise.`,
      detail: `A change this size (more than ${formatScore(change.threshold)} points) is unlikely to come from answering a little differently on another day, so it probably reflects a real shift in how you see this part of yourself.`,
    };
  }
  return {
    headline: `${label} ${direction}${amount}: within measurement noise.`,
    detail: `Changes smaller than about ${formatScore(change.threshold)} points can come from mood, the day, or reading a question differently, so this one doesn't tell us much either way.`,
  };
}

/** Per dimension, in plain words, whether the change between two results is more than noise. */
export function Comparison({
  instrument,
  before,
  after,
}: {
  instrument: Instrument;
  before: Side;
  after: Side;
}) {
  const changes = compareResults(
    instrument,
    { anxiety: before.anxiety, avoidance: before.avoidance },
    { anxiety: after.anxiety, avoidance: after.avoidance },
  );
  return (
    <section aria-labelledby="comparison-title" className="flex flex-col gap-4">
      <h2 id="comparison-title" className="text-2xl font-bold">
        From {formatDate(before.createdAt)} to {formatDate(after.createdAt)}
      </h2>
      <ul className="flex flex-col gap-4">
        {instrument.dimensions.map((def) => {
          const change = changes[def.id];
          if (!change) return null;
          const words = sentence(def.label, change);
          return (
            <li
              key={def.id}
              className={`rounded-card border-l-4 bg-surface p-5 ${change.reliable ? "border-accent" : "border-line"}`}
            >
              <p className="text-lg font-semibold">{words.headline}</p>
              <p>
                {formatScore(before[def.id as "anxiety" | "avoidance"])} →{" "}
                {formatScore(after[def.id as "anxiety" | "avoidance"])} of 7. {words.detail}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
