import type { Metadata } from "next";
import { LinkButton } from "@/components/ui/link-button";

export const metadata: Metadata = { title: "Account deleted", robots: { index: false } };

export default function GoodbyePage() {
  return (
    <>
      <h1 className="text-3xl font-bold">Your account is deleted</h1>
      <p className="text-lg">
        Your account, every saved result and every note are gone from this site&rsquo;s database. We
        hope the reflection was useful, and you are always welcome back.
      </p>
      <div className="flex flex-wrap gap-3">
        <LinkButton href="/">Go to the home page</LinkButton>
        <LinkButton href="/support" variant="secondary">
          Get support
        </LinkButton>
      </div>
    </>
  );
}
