import type { Metadata } from "next";
import { RequestResetForm } from "@/components/account/request-reset-form";
import { ResetWithCodeForm } from "@/components/account/reset-with-code-form";
import { Card } from "@/components/ui/card";
import { emailEnabled } from "@/lib/auth/mail";

export const metadata: Metadata = { title: "Forgot your password?", robots: { index: false } };
// Whether email is offered depends on the server's configuration at run time, not at build time.
export const dynamic = "force-dynamic";

export default function ForgotPasswordPage() {
  return (
    <>
      <h1 className="text-3xl font-bold">Forgot your password?</h1>
      {emailEnabled ? (
        <section aria-labelledby="by-email" className="flex flex-col gap-4">
          <h2 id="by-email" className="text-xl font-bold">
            Get a reset link by email
          </h2>
          <Card>
            <RequestResetForm />
          </Card>
        </section>
      ) : (
        <p className="text-lg">
          This site does not send email, so we can&rsquo;t send you a reset link. You can still get
          back in with a recovery code.
        </p>
      )}
      <section aria-labelledby="by-code" className="flex flex-col gap-4">
        <h2 id="by-code" className="text-xl font-bold">
          {emailEnabled ? "Or use a recovery code" : "Use a recovery code"}
        </h2>
        <p>
          When you created your account, we showed you recovery codes. Each one lets you choose a
          new password once.
        </p>
        <Card>
          <ResetWithCodeForm />
        </Card>
      </section>
      <section aria-labelledby="no-code" className="flex flex-col gap-3">
        <h2 id="no-code" className="text-xl font-bold">
          No codes?
        </h2>
        <p>
          Ask the person who runs this site. They can give you a one-time code by running{" "}
          <code className="rounded bg-sunken px-1.5 py-0.5 text-base">
            npm run user:reset-password -- your@email
          </code>{" "}
          on the server; enter it above as your recovery code. They never see or choose your
          password.
        </p>
      </section>
    </>
  );
}
