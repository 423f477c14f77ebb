import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = {
  title: "Privacy",
  description: "What Secure Base stores, where, and how to export or delete it.",
  alternates: { canonical: "/privacy" },
};

export default function PrivacyPage() {
  return (
    <div className="prose">
      <h1 className="font-sans text-3xl font-bold">Privacy</h1>
      <p>
        What you share here is intimate. Secure Base collects as little as it can and keeps it with
        whoever runs this site, nobody else.
      </p>
      <h2>Without an account</h2>
      <p>
        Your questionnaire answers stay in this browser&rsquo;s storage on this device. They are
        sent to the server only to be scored, and are not stored there. Clearing your browser data,
        or choosing &ldquo;start over&rdquo;, removes them.
      </p>
      <h2>With an account</h2>
      <p>
        The server stores your email address, a securely hashed password, the results you choose to
        save, their answers and any notes you write. Sessions use a cookie that scripts cannot read.
        You can export everything as JSON or CSV, and delete a result or your whole account at any
        time; deletion removes the rows, it does not hide them.
      </p>
      <h2>What we never do</h2>
      <ul>
        <li>No analytics, trackers or advertising.</li>
        <li>
          No third-party scripts, fonts or content delivery networks: every file comes from this
          site.
        </li>
        <li>No selling or sharing of your data.</li>
      </ul>
      <p>
        Your theme choice is kept in this browser only. Questions? Ask whoever runs this site; see{" "}
        <Link href="/learn/find-support">Find support</Link>.
      </p>
    </div>
  );
}
