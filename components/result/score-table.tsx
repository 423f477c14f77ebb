import type { AttachmentResult } from "@/lib/attachment";
import { attachmentV1 } from "@/lib/attachment";
import { formatScore } from "./describe";

/** The plot's data as a table, for screen readers and for anyone who prefers numbers. */
export function ScoreTable({ result }: { result: AttachmentResult }) {
  const { placement, scores } = result;
  const rows = (["anxiety", "avoidance"] as const).map((dim) => {
    const score = placement[dim];
    const margin = 1.96 * placement.sem[dim];
    return {
      dim,
      label: attachmentV1.dimensions.find((d) => d.id === dim)?.label ?? dim,
      score,
      low: Math.max(1, score - margin),
      high: Math.min(7, score + margin),
      answered: `${scores[dim]?.answered ?? 0} of ${scores[dim]?.total ?? 0}`,
    };
  });
  return (
    <table className="w-full border-collapse text-left text-base">
      <caption className="mb-2 text-left font-semibold">Your scores (1 to 7, midpoint 4)</caption>
      <thead>
        <tr className="border-b border-line">
          <th scope="col" className="py-2 pr-3">
            Dimension
          </th>
          <th scope="col" className="py-2 pr-3">
            Score
          </th>
          <th scope="col" className="py-2 pr-3">
            Likely range
          </th>
          <th scope="col" className="py-2">
            Answered
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.dim} className="border-b border-line">
            <th scope="row" className="py-2 pr-3 font-medium">
              {r.label}
            </th>
            <td className="py-2 pr-3">{formatScore(r.score)}</td>
            <td className="py-2 pr-3">
              {formatScore(r.low)} to {formatScore(r.high)}
            </td>
            <td className="py-2">{r.answered}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
