import { draftCookie, resultCookie } from "@/lib/reflect/answer-code";
import { flows } from "@/lib/reflect/flows";
import { labelCookie } from "@/lib/reflect/label";

/** Removes every questionnaire answer kept in cookies on this device. */
export function POST() {
  const headers = new Headers({ Location: "/reflect?forgotten=1", "Cache-Control": "no-store" });
  for (const id of Object.keys(flows)) {
    for (const name of [resultCookie(id), draftCookie(id), labelCookie(id)]) {
      headers.append("Set-Cookie", `${name}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax`);
    }
  }
  return new Response(null, { status: 303, headers });
}
