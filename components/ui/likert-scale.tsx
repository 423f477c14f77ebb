import type { ScalePoint } from "@/lib/attachment";
import { cn } from "./cn";

type LikertScaleProps = {
  name: string;
  legend: string;
  legendPrefix?: string;
  points: ScalePoint[];
  value: number | undefined;
  onChange?: (value: number) => void;
  describedBy?: string;
};

/**
 * A labelled agreement scale built from native radio inputs: arrow keys move between points,
 * and every point has its own visible label for screen readers and touch.
 */
export function LikertScale({
  name,
  legend,
  legendPrefix,
  points,
  value,
  onChange,
  describedBy,
}: LikertScaleProps) {
  return (
    <fieldset aria-describedby={describedBy} className="flex flex-col gap-4">
      <legend className="mb-4 text-lg leading-snug font-semibold sm:text-xl">
        {legendPrefix && (
          <span className="mb-1 block text-base font-normal text-muted">{legendPrefix}</span>
        )}
        {legend}
      </legend>
      <div className="grid gap-2 sm:grid-cols-7 sm:gap-1.5">
        {points.map((point) => {
          const id = `${name}-${point.value}`;
          return (
            <label
              key={point.value}
              htmlFor={id}
              className={cn(
                "flex min-h-12 cursor-pointer items-center gap-3 rounded-xl border border-line bg-surface px-3 py-2 text-base leading-tight",
                "hover:border-accent has-checked:border-accent has-checked:bg-accent-soft has-focus-visible:outline-3 has-focus-visible:outline-offset-2 has-focus-visible:outline-focus",
                "sm:flex-col sm:justify-start sm:gap-2 sm:px-1.5 sm:py-3 sm:text-center",
              )}
            >
              <input
                id={id}
                type="radio"
                name={name}
                value={point.value}
                checked={onChange ? value === point.value : undefined}
                defaultChecked={onChange ? undefined : value === point.value}
                onChange={onChange ? () => onChange(point.value) : undefined}
                className="size-5 shrink-0 accent-accent focus-visible:outline-none"
              />
              <span>
                <span className="font-semibold">{point.value}</span>{" "}
                <span className="sm:block">{point.label}</span>
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
