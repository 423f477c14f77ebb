import { LinkButton } from "@/components/ui/link-button";

/** Recovery codes shown once, with a download that works without JavaScript. */
export function RecoveryCodes({
  codes,
  next,
  headingLevel = 2,
}: {
  codes: string[];
  next?: string;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const file = `Secure Base recovery codes\nEach code resets your password once. Keep them somewhere private.\n\n${codes.join("\n")}\n`;
  return (
    <section aria-labelledby="recovery-codes-title" className="flex flex-col gap-4">
      <Heading id="recovery-codes-title" className="text-xl font-bold">
        Save your recovery codes
      </Heading>
      <p>
        If you forget your password, one of these codes lets you choose a new one. Each code works
        once. <strong>This is the only time they are shown</strong>: we keep only a scrambled
        version we cannot read back. Write them down or save them in your password manager.
      </p>
      <ol
        className="grid grid-cols-1 gap-2 font-mono text-lg sm:grid-cols-2"
        aria-label="Recovery codes"
      >
        {codes.map((code) => (
          <li
            key={code}
            className="rounded-lg border border-line bg-sunken px-3 py-1.5 tracking-wider"
          >
            {code}
          </li>
        ))}
      </ol>
      <div className="flex flex-wrap gap-3">
        <a
          href={`data:text/plain;charset=utf-8,${encodeURIComponent(file)}`}
          download="secure-base-recovery-codes.txt"
          className="inline-flex min-h-11 items-center font-semibold"
        >
          Download the codes as a text file
        </a>
      </div>
      {next && (
        <div>
          <LinkButton href={next}>I&rsquo;ve saved my codes, continue</LinkButton>
        </div>
      )}
    </section>
  );
}
