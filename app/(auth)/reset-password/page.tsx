import type { Metadata } from "next";
import Link from "next/link";
import { ResetWithTokenForm } from "@/components/account/reset-with-token-form";
import { Card } from "@/components/ui/card";

export const metadata: Metadata = { title: "Choose a new password", robots: { index: false } };

type Search = Promise<{ token?: string; error?: string }>;

// Reached from the link in a reset email (better-auth checks the token, then redirects here).
export default async function ResetPasswordPage({ searchParams }: { searchParams: Search }) {
  const { token, error } = await searchParams;
  return (
    <>
      <h1 className="text-3xl font-bold">Choose a new password</h1>
      {token && !error ? (
        <Card>
          <ResetWithTokenForm token={token} />
        </Card>
      ) : (
        <p className="text-lg">
          This reset link has expired or was already used.{" "}
          <Link href="/forgot-password">Ask for a new one</Link>.
        </p>
      )}
    </>
  );
}
