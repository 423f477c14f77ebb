import { getCurrentUser } from "@/lib/dal/current-user";
import { getExportData } from "@/lib/dal/export";
import { exportToCsv } from "@/lib/dal/export-csv";
import { downloadHeaders, signedOut } from "../download";

/** Everything the signed-in person saved, one row per result, for spreadsheets. */
export async function GET() {
  if (!(await getCurrentUser())) return signedOut();
  // The byte-order mark makes spreadsheet apps read the file as UTF-8.
  return new Response(`\uFEFF${exportToCsv(await getExportData())}`, {
    headers: downloadHeaders("text/csv; charset=utf-8", "csv"),
  });
}
