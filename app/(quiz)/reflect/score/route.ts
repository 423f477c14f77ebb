import { encodeAnswers, draftCookie, resultCookie } from "@/lib/reflect/answer-code";
import { answerCookieOptions } from "@/lib/reflect/cookies";
import { flowFor } from "@/lib/reflect/flows";
import { labelCookie, relationshipLabelSchema } from "@/lib/reflect/label";
import { readSubmission } from "@/lib/reflect/submission";

function seeOther(location: string, cookies: string[] = []) {
  const headers = new Headers({ Location: location, "Cache-Control": "no-store" });
  for (const cookie of cookies) headers.append("Set-Cookie", cookie);
  return new Response(null, { status: 303, headers });
}

function cookie(name: string, value: string, maxAge = answerCookieOptions.maxAge) {
  const secure = answerCookieOptions.secure ? "; Secure" : "";
  return `${name}=${value}; Path=/; Max-Age=${maxAge}; HttpOnly; SameSite=Lax${secure}`;
}

/**
 * Scores a questionnaire (attachment or check-in). Form posts get a redirect to the result,
 * with the answers in a cookie on the person's device; JSON gets the result as JSON.
 * Nothing is stored on the server.
 */
export async function POST(request: Request) {
  const submission = await readSubmission(request);
  if (submission.kind === "rejected") {
    return Response.json({ errors: [submission.message] }, { status: submission.status });
  }
  const { checked } = submission;

  if (submission.kind === "json") {
    if (!checked.ok) return Response.json({ errors: checked.errors }, { status: 400 });
    const flow = flowFor(checked.instrument.id);
    return Response.json({ result: flow?.score(checked.answers) });
  }

  const instrument = checked.ok ? checked.instrument : submission.instrument;
  const flow = instrument && flowFor(instrument.id);
  if (!instrument || !flow) {
    return Response.json(
      { errors: checked.ok ? ["Unknown questionnaire."] : checked.errors },
      { status: 400 },
    );
  }
  const label = relationshipLabelSchema.safeParse(submission.fields.get("label") ?? "");
  if (!checked.ok || !label.success) {
    // Keep every answer that was valid so the person loses nothing, and show what to fix.
    const valid = Object.fromEntries(
      instrument.items
        .map((item) => [item.id, Number(submission.fields.get(`q:${item.id}`))] as const)
        .filter(
          ([, v]) => Number.isInteger(v) && v >= instrument.scale.min && v <= instrument.scale.max,
        ),
    );
    return seeOther(`${flow.base}/questions?problem=${label.success ? "1" : "label"}`, [
      cookie(draftCookie(instrument.id), encodeAnswers(instrument, valid)),
    ]);
  }
  return seeOther(`${flow.base}/result`, [
    cookie(resultCookie(instrument.id), encodeAnswers(instrument, checked.answers)),
    cookie(draftCookie(instrument.id), "", 0),
    // The relationship's name stays on the device too, until the person saves the check-in.
    ...(flow.hasLabel
      ? [
          cookie(
            labelCookie(instrument.id),
            encodeURIComponent(label.data),
            label.data ? undefined : 0,
          ),
        ]
      : []),
  ]);
}
