import { areQualities, type DimensionScore } from "@/lib/attachment";
import { formatScore } from "./format";

const names = {
  accessibility: "Accessible",
  responsiveness: "Responsive",
  engagement: "Engaged",
} as const;

/** A saved A.R.E. check-in: each quality from both sides. */
export function CheckInSummary({
  scores,
  relationshipLabel,
}: {
  scores: Record<string, DimensionScore>;
  relationshipLabel: string | null;
}) {
  const them = relationshipLabel ?? "them";
  return (
    <table className="w-full max-w-2xl border-collapse text-left">
      <caption className="mb-2 text-left text-muted">Scores from 1 to 7.</caption>
      <thead>
        <tr className="border-b border-line">
          <th scope="col" className="py-2 pr-4">
            Quality
          </th>
          <th scope="col" className="py-2 pr-4">
            Me toward {them}
          </th>
          <th scope="col" className="py-2">
            {them} toward me
          </th>
        </tr>
      </thead>
      <tbody>
        {areQualities.map((q) => (
          <tr key={q} className="border-b border-line last:border-0">
            <th scope="row" className="py-2 pr-4 font-normal">
              {names[q]}
            </th>
            <td className="py-2 pr-4">{formatScore(scores[`self-${q}`]?.mean)}</td>
            <td className="py-2">{formatScore(scores[`partner-${q}`]?.mean)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
