import { z } from "zod";
import { validateSubmission } from "@/lib/attachment";
import { getCurrentUser, SignedOutError } from "@/lib/dal/current-user";
import { RELATIONSHIP_LABEL_MAX } from "@/lib/dal/limits";
import { saveResult } from "@/lib/dal/results";
import { env } from "@/lib/env";
import { BodyTooLargeError, readBodyText } from "@/lib/http/read-body";

// A full questionnaire is about 1 KB of JSON; anything near this limit is not a submission.
const MAX_BYTES = 16 * 1024;

// The submission itself ({ instrumentId, version, answers }) is checked by validateSubmission.
const envelopeSchema = z.object(
  {
    clientRequestId: z
      .string()
      .regex(/^[\w:.-]{8,100}$/, "clientRequestId must be 8-100 letters, digits or _ : . -")
      .optional(),
    relationshipLabel: z
      .string()
      .max(
        RELATIONSHIP_LABEL_MAX,
        `The relationship label can be up to ${RELATIONSHIP_LABEL_MAX} characters.`,
      )
      .nullish(),
  },
  { error: "The submission is not in the expected format." },
);

const json = (body: unknown, status: number) =>
  Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

/**
 * Saves a finished questionnaire for the signed-in person, for clients that speak JSON.
 * Answers are scored on the server. With a clientRequestId a retried save lands once:
 * 201 `{ id }` the first time, 200 with the same id afterwards.
 */
export async function POST(request: Request) {
  // Session cookies are SameSite=Lax; refusing foreign origins is the second line against CSRF.
  const origin = request.headers.get("origin");
  if (origin && origin !== new URL(env.SITE_URL).origin)
    return json({ errors: ["Forbidden."] }, 403);
  if (!(await getCurrentUser())) return json({ errors: ["Sign in to save results."] }, 401);

  let body: unknown;
  try {
    body = JSON.parse(await readBodyText(request, MAX_BYTES));
  } catch (error) {
    if (error instanceof BodyTooLargeError) return json({ errors: [error.message] }, 413);
    return json({ errors: ["The request body must be JSON."] }, 400);
  }
  const envelope = envelopeSchema.safeParse(body);
  const submission = validateSubmission(body);
  const errors = new Set([
    ...(envelope.success ? [] : envelope.error.issues.map((issue) => issue.message)),
    ...(submission.ok ? [] : submission.errors),
  ]);
  if (!envelope.success || !submission.ok) return json({ errors: [...errors] }, 400);

  try {
    const saved = await saveResult({
      instrumentId: submission.instrument.id,
      version: submission.instrument.version,
      answers: submission.answers,
      clientRequestId: envelope.data.clientRequestId,
      relationshipLabel: envelope.data.relationshipLabel,
    });
    if (!saved.ok) return json({ errors: saved.errors }, 400);
    return json({ id: saved.id }, saved.created ? 201 : 200);
  } catch (error) {
    // The session ended between the check above and the save.
    if (error instanceof SignedOutError) return json({ errors: ["Sign in to save results."] }, 401);
    throw error;
  }
}
