import Link from "next/link";
import { LinkButton } from "@/components/ui/link-button";

export default function NotFound() {
  return (
    <div className="flex max-w-2xl flex-col gap-5 py-8">
      <p className="font-semibold text-clay">Page not found</p>
      <h1 className="text-3xl font-bold">We couldn&rsquo;t find that page</h1>
      <p className="text-lg text-muted">
        The link may be old, or the page may have moved. Nothing you saved has been lost.
      </p>
      <div className="flex flex-wrap gap-3">
        <LinkButton href="/">Go to the home page</LinkButton>
        <LinkButton href="/learn" variant="secondary">
          Browse the readings
        </LinkButton>
      </div>
      <p>
        Need to talk to someone now? <Link href="/support">Get support</Link>.
      </p>
    </div>
  );
}
