import { toCsv } from "./csv";
import type { ExportData } from "./export";

const header = [
  "result_id",
  "created_at",
  "instrument_id",
  "instrument_version",
  "relationship_label",
  "anxiety",
  "avoidance",
  "nearest_pattern",
  "scores_json",
  "answers_json",
  "note",
];

/** One row per result; nested data (scores per dimension, answers) as JSON cells. */
export function exportToCsv(data: ExportData): string {
  return toCsv(
    header,
    data.results.map((r) => [
      r.id,
      r.createdAt,
      r.instrumentId,
      r.instrumentVersion,
      r.relationshipLabel,
      r.anxiety,
      r.avoidance,
      r.pattern,
      JSON.stringify(Object.fromEntries(Object.entries(r.scores).map(([k, s]) => [k, s.mean]))),
      JSON.stringify(r.answers),
      r.note?.body ?? null,
    ]),
  );
}
