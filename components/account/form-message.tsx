import { cn } from "@/components/ui/cn";

/** A form-level message, announced when it appears. `tone="error"` for failures. */
export function FormMessage({
  message,
  tone = "error",
  id,
}: {
  message?: string;
  tone?: "error" | "success";
  id?: string;
}) {
  return (
    // Takes no room while empty, so forms keep their spacing until there is something to say.
    <div
      id={id}
      role={tone === "error" ? "alert" : "status"}
      aria-live="polite"
      className="empty:hidden"
    >
      {message && (
        <p
          className={cn(
            "rounded-lg border-l-4 px-4 py-3 font-medium",
            tone === "error"
              ? "border-danger bg-danger-soft text-ink"
              : "border-accent bg-accent-soft text-ink",
          )}
        >
          {message}
        </p>
      )}
    </div>
  );
}
