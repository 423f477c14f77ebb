import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/account/sign-in-form";
import { Callout } from "@/components/ui/callout";
import { Card } from "@/components/ui/card";
import { safeNext } from "@/lib/auth/next-param";
import { getCurrentUser } from "@/lib/dal/current-user";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

type Search = Promise<{ next?: string; reset?: string; signedOut?: string }>;

const notices: Record<string, string> = {
  reset: "Your password is changed. Sign in with your new password.",
  everywhere: "You are signed out on every device.",
  signedOut: "You are signed out.",
};

export default async function SignInPage({ searchParams }: { searchParams: Search }) {
  const params = await searchParams;
  const next = params.next ? safeNext(params.next) : undefined;
  if (await getCurrentUser()) redirect(next ?? "/results");
  const notice = params.reset
    ? notices.reset
    : params.signedOut === "everywhere"
      ? notices.everywhere
      : params.signedOut
        ? notices.signedOut
        : null;
  return (
    <>
      <h1 className="text-3xl font-bold">Sign in</h1>
      {notice && (
        <Callout>
          <p>{notice}</p>
        </Callout>
      )}
      {next?.startsWith("/results/save") && (
        <p className="text-lg">
          Sign in to save the result you just finished. It stays on this device until then.
        </p>
      )}
      <Card>
        <SignInForm next={next} />
      </Card>
    </>
  );
}
