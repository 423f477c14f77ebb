import { getCurrentUser } from "@/lib/dal/current-user";
import { getExportData } from "@/lib/dal/export";
import { downloadHeaders, signedOut } from "../download";

/** Everything the signed-in person saved, as importable JSON. */
export async function GET() {
  if (!(await getCurrentUser())) return signedOut();
  const data = await getExportData();
  return new Response(`${JSON.stringify(data, null, 2)}\n`, {
    headers: downloadHeaders("application/json; charset=utf-8", "json"),
  });
}
