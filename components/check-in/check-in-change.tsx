import { areQualities, areV1, compareResults, type DimensionScore } from "@/lib/attachment";
import { qualityCopy } from "./quality-copy";

type Scores = Record<string, DimensionScore>;
type Props = { before: Scores; after: Scores; beforeDate: string; label: string };

function means(scores: Scores) {
  const out: Record<string, number> = {};
  for (const [id, s] of Object.entries(scores))
    if (s.minimumMet && s.mean !== null) out[id] = s.mean;
  return out;
}

/**
 * Change since the previous check-in about the same relationship, per quality and direction,
 * said in plain words against measurement noise (Jacobson-Truax, the instrument's parameters).
 */
export function CheckInChange({ before, after, beforeDate, label }: Props) {
  const changes = compareResults(areV1, means(before), means(after));
  const rows = areQualities.flatMap((quality) =>
    (["self", "partner"] as const).map((side) => {
      const change = changes[`${side}-${quality}`];
      const who = side === "self" ? `You toward ${label}` : `${label} toward you`;
      return { key: `${side}-${quality}`, quality, who, change };
    }),
  );
  return (
    <section aria-labelledby="change-title" className="flex max-w-3xl flex-col gap-4">
      <h2 id="change-title" className="text-xl font-bold">
        Since your check-in on {beforeDate}
      </h2>
      <p className="text-muted">
        With two statements per quality, small moves are within measurement noise. A change is
        called larger than noise only when it passes the reliable-change test.
      </p>
      <table className="w-full border-collapse text-left text-base">
        <caption className="mb-2 text-left font-semibold">Change on the 1 to 7 scale</caption>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="py-2 pr-3">
              Quality
            </th>
            <th scope="col" className="py-2 pr-3">
              Direction
            </th>
            <th scope="col" className="py-2 pr-3">
              Change
            </th>
            <th scope="col" className="py-2">
              What it means
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ key, quality, who, change }) => (
            <tr key={key} className="border-b border-line">
              <th scope="row" className="py-2 pr-3 font-medium">
                {qualityCopy[quality].name}
              </th>
              <td className="py-2 pr-3">{who}</td>
              <td className="py-2 pr-3">
                {change
                  ? `${change.difference > 0 ? "+" : ""}${change.difference.toFixed(1)}`
                  : "–"}
              </td>
              <td className="py-2">
                {!change
                  ? "Not enough answers to compare."
                  : change.reliable
                    ? `Larger than measurement noise: a real ${change.direction === "up" ? "rise" : "drop"}.`
                    : `Within measurement noise (a change of ${change.threshold.toFixed(1)} or more would stand out).`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
