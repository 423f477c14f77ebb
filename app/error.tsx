"use client";

import Link from "next/link";
import { Button } from "@/components/ui/button";

export default function ErrorPage({
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <div role="alert" className="flex max-w-2xl flex-col gap-5 py-8">
      <p className="font-semibold text-clay">Something went wrong</p>
      <h1 className="text-3xl font-bold">This page didn&rsquo;t load</h1>
      <p className="text-lg text-muted">
        It&rsquo;s our fault, not yours. Answers kept on this device are still there. Please try
        again in a moment.
      </p>
      <div className="flex flex-wrap gap-3">
        <Button onClick={reset}>Try again</Button>
        <Link href="/" className="inline-flex min-h-11 items-center font-semibold">
          Go to the home page
        </Link>
      </div>
    </div>
  );
}
