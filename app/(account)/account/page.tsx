import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { DeleteAccountForm } from "@/components/account/delete-account-form";
import { formatDate } from "@/components/account/format";
import { ReplaceCodesForm } from "@/components/account/replace-codes-form";
import { ResendVerificationForm } from "@/components/account/resend-verification-form";
import { SubmitButton } from "@/components/account/submit-button";
import { Callout } from "@/components/ui/callout";
import { Card } from "@/components/ui/card";
import { signOutAction, signOutEverywhereAction } from "@/lib/auth/actions";
import { emailEnabled } from "@/lib/auth/mail";
import { getAccountSummary } from "@/lib/dal/account";
import { getCurrentUser } from "@/lib/dal/current-user";
import { buttonClasses } from "@/components/ui/button-styles";

export const metadata: Metadata = { title: "Account", robots: { index: false } };

type Search = Promise<{
  imported?: string;
  skipped?: string;
  importError?: string;
  verified?: string;
}>;

function Section({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: React.ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-4">
      <h2 id={id} className="text-2xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

// Codes rather than text in the URL, so a crafted link cannot put words on this page.
const importErrors: Record<string, string> = {
  "too-large": "That file is too large (over 5 MB).",
  "no-file": "Choose a JSON export file first.",
  "not-json": "That file could not be read as JSON.",
  invalid:
    "That file is not a Secure Base export, or one of its results could not be read. Nothing was imported.",
};

function importNotice(params: Awaited<Search>) {
  if (params.importError)
    return {
      tone: "warning" as const,
      text: importErrors[params.importError] ?? importErrors.invalid!,
    };
  if (params.imported === undefined) return null;
  const added = Number(params.imported) || 0;
  const skipped = Number(params.skipped) || 0;
  return {
    tone: "info" as const,
    text: `Imported ${added} result${added === 1 ? "" : "s"}${skipped ? `; ${skipped} ${skipped === 1 ? "was" : "were"} already here` : ""}.`,
  };
}

export default async function AccountPage({ searchParams }: { searchParams: Search }) {
  if (!(await getCurrentUser())) redirect("/sign-in?next=/account");
  const [account, params] = await Promise.all([getAccountSummary(), searchParams]);
  const notice = importNotice(params);
  return (
    <div className="flex max-w-3xl flex-col gap-12">
      <header className="flex flex-col gap-3">
        <h1 className="text-3xl font-bold">Your account</h1>
        <p className="text-lg text-muted">
          Signed in as <strong className="text-ink">{account.email}</strong> since{" "}
          {formatDate(account.createdAt)}. {account.resultCount} saved result
          {account.resultCount === 1 ? "" : "s"}.
        </p>
        {params.verified && (
          <Callout>
            <p>Thank you, your email address is confirmed.</p>
          </Callout>
        )}
        {emailEnabled && !account.emailVerified && (
          <Card className="flex flex-col gap-3">
            <p>
              Please confirm your email address with the link we sent, so a reset email can reach
              you.
            </p>
            <ResendVerificationForm />
          </Card>
        )}
      </header>

      <Section id="password-title" title="Change password">
        <Card>
          <ChangePasswordForm />
        </Card>
      </Section>

      <Section id="recovery-title" title="Recovery codes">
        <p>
          {account.unusedRecoveryCodes
            ? `You have ${account.unusedRecoveryCodes} unused recovery code${account.unusedRecoveryCodes === 1 ? "" : "s"}.`
            : "You have no unused recovery codes."}{" "}
          A code lets you choose a new password if you forget yours
          {emailEnabled ? ", even without access to your email" : ""}. Making new codes cancels the
          old ones.
        </p>
        <ReplaceCodesForm />
      </Section>

      <Section id="sessions-title" title="Sign out">
        <div className="flex flex-wrap gap-3">
          <form action={signOutAction}>
            <SubmitButton variant="secondary">Sign out</SubmitButton>
          </form>
          <form action={signOutEverywhereAction}>
            <SubmitButton variant="secondary">Sign out of all devices</SubmitButton>
          </form>
        </div>
      </Section>

      <Section id="data-title" title="Your data">
        <p>Download everything you have saved: every result with its answers, scores and note.</p>
        <div className="flex flex-wrap gap-3">
          {/* Plain links: downloads need no client-side routing. */}
          <a href="/api/export/json" download className={buttonClasses("secondary")}>
            Download as JSON
          </a>
          <a href="/api/export/csv" download className={buttonClasses("secondary")}>
            Download as CSV (spreadsheet)
          </a>
        </div>
        {notice && (
          <Callout tone={notice.tone}>
            <p role="status">{notice.text}</p>
          </Callout>
        )}
        <form
          action="/api/import"
          method="post"
          encType="multipart/form-data"
          className="flex flex-col gap-3"
        >
          <label htmlFor="import-file" className="font-semibold">
            Import a JSON export
          </label>
          <p id="import-help" className="text-base text-muted">
            Adds the results from a Secure Base JSON export to this account. Results already here
            are skipped.
          </p>
          <input
            id="import-file"
            name="file"
            type="file"
            accept="application/json,.json"
            required
            aria-describedby="import-help"
            className="min-h-11 rounded-lg border border-line bg-surface px-3 py-2"
          />
          <div>
            <SubmitButton variant="secondary">Import</SubmitButton>
          </div>
        </form>
      </Section>

      <Section id="delete-title" title="Delete your account">
        <Card className="border-danger">
          <DeleteAccountForm />
        </Card>
      </Section>
    </div>
  );
}
