import type { Metadata } from "next";
import { SignUpForm } from "@/components/account/sign-up-form";
import { Card } from "@/components/ui/card";
import { emailEnabled } from "@/lib/auth/mail";
import { safeNext } from "@/lib/auth/next-param";

export const metadata: Metadata = { title: "Create an account", robots: { index: false } };

// Unlike /sign-in, this page does not send signed-in visitors away: right after signing up, the
// form on this page shows the recovery codes, and the new session must not redirect them away.
export default async function SignUpPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string }>;
}) {
  const { next: rawNext } = await searchParams;
  const next = rawNext ? safeNext(rawNext) : undefined;
  return (
    <>
      <h1 className="text-3xl font-bold">Create an account</h1>
      <p className="text-lg text-muted">
        {next?.startsWith("/results/save")
          ? "Create a free account to save the result you just finished. It stays on this device until it is saved."
          : "An account keeps your results and notes private to you, so you can come back to them over time."}{" "}
        You can export or delete everything at any time.
      </p>
      <Card>
        <SignUpForm next={next} emailEnabled={emailEnabled} />
      </Card>
    </>
  );
}
