"use client";

import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import type { Answers, Instrument } from "@/lib/attachment";
import { Button } from "@/components/ui/button";
import { LikertScale } from "@/components/ui/likert-scale";
import { ReviewPanel } from "./review-panel";
import { ResumePrompt } from "./resume-prompt";
import { clearProgress, useStoredProgress, writeProgress } from "./use-saved-progress";

type Props = {
  instrument: Instrument;
  action: string;
  initialAnswers: Answers;
  /** Extra fields posted with the answers (e.g. a relationship label). */
  children?: React.ReactNode;
};

/**
 * The questionnaire as one native form posting to the server. Without JavaScript every question
 * shows in a list with one submit button; with it, the same form becomes one question at a time
 * with progress, back/next, number-key shortcuts, a review step and resume on this device.
 */
export function QuestionnaireForm({ instrument, action, initialAnswers, children }: Props) {
  const total = instrument.items.length;
  const [answers, setAnswers] = useState<Answers>(initialAnswers);
  const [index, setIndex] = useState(0);
  const [stored, setStored] = useStoredProgress(
    instrument.id,
    instrument.version,
    Object.keys(initialAnswers).length > 0,
  );
  const formRef = useRef<HTMLFormElement>(null);
  const reviewHeading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const answered = instrument.items.filter((i) => answers[i.id] !== undefined).length;
  const resuming = stored !== null;

  useEffect(() => {
    if (resuming || (answered === 0 && index === 0)) return;
    writeProgress(instrument.id, {
      version: instrument.version,
      answers,
      index,
      updatedAt: Date.now(),
    });
  }, [answers, index, answered, resuming, instrument.id, instrument.version]);

  // Move focus with the step so keyboard and screen-reader users land on the new question.
  useEffect(() => {
    if (!moved.current) return;
    if (index >= total) {
      reviewHeading.current?.focus();
      return;
    }
    const item = instrument.items[index];
    const group = formRef.current?.querySelectorAll<HTMLInputElement>(
      `input[name="q:${item?.id}"]`,
    );
    const target = [...(group ?? [])].find((input) => input.checked) ?? group?.[0];
    target?.focus();
  }, [index, total, instrument.items]);

  function go(next: number) {
    moved.current = true;
    setIndex(Math.max(0, Math.min(total, next)));
  }

  function answer(itemId: string, value: number) {
    setAnswers((prev) => ({ ...prev, [itemId]: value }));
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    const target = event.target as HTMLElement;
    if (target instanceof HTMLInputElement && target.type === "text") return;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const item = instrument.items[index];
    const digit = Number(event.key);
    if (
      item &&
      Number.isInteger(digit) &&
      digit >= instrument.scale.min &&
      digit <= instrument.scale.max
    ) {
      event.preventDefault();
      answer(item.id, digit);
      formRef.current
        ?.querySelector<HTMLInputElement>(`#${CSS.escape(`q:${item.id}-${digit}`)}`)
        ?.focus();
    } else if (event.key === "Enter" && item && target.tagName !== "BUTTON") {
      event.preventDefault();
      go(index + 1);
    }
  }

  function restart() {
    clearProgress(instrument.id);
    setStored(null);
    setAnswers({});
    go(0);
  }

  if (stored) {
    return (
      <ResumePrompt
        answered={Object.keys(stored.answers).length}
        total={total}
        onResume={() => {
          setAnswers(stored.answers);
          setStored(null);
          go(Math.min(stored.index, total));
        }}
        onRestart={restart}
      />
    );
  }

  return (
    <form
      ref={formRef}
      method="post"
      action={action}
      onKeyDown={onKeyDown}
      className="flex flex-col gap-6"
      noValidate
    >
      <input type="hidden" name="instrumentId" value={instrument.id} />
      <input type="hidden" name="version" value={instrument.version} />
      {children}

      <div data-js-only className="flex flex-col gap-2">
        <p className="flex flex-wrap justify-between gap-2 text-base text-muted">
          <span aria-hidden="true">
            {index < total ? `Question ${index + 1} of ${total}` : "Review"}
          </span>
          <span>
            {answered} of {total} answered
          </span>
        </p>
        <progress
          max={total}
          value={answered}
          aria-label={`${answered} of ${total} answered`}
          className="h-2 w-full overflow-hidden rounded-full bg-sunken [&::-moz-progress-bar]:bg-accent [&::-webkit-progress-bar]:bg-sunken [&::-webkit-progress-value]:bg-accent"
        />
      </div>

      <ol className="flex flex-col gap-6">
        {instrument.items.map((item, i) => (
          <li
            key={item.id}
            data-q
            data-active={i === index ? "" : undefined}
            className="rounded-card border border-line bg-surface p-5 sm:p-6"
          >
            <LikertScale
              name={`q:${item.id}`}
              legendPrefix={`Question ${i + 1} of ${total}`}
              legend={item.text}
              points={instrument.scale.points}
              value={answers[item.id]}
              onChange={(value) => answer(item.id, value)}
            />
          </li>
        ))}
      </ol>

      <section data-review data-active={index >= total ? "" : undefined} aria-label="Review">
        <ReviewPanel
          instrument={instrument}
          answers={answers}
          onJump={go}
          headingRef={reviewHeading}
        />
      </section>

      <div data-js-only className="flex flex-wrap items-center justify-between gap-3">
        <Button variant="secondary" onClick={() => go(index - 1)} disabled={index === 0}>
          Back
        </Button>
        {index < total ? (
          <div className="flex flex-wrap items-center gap-3">
            {answers[instrument.items[index]?.id ?? ""] === undefined && (
              <Button variant="quiet" onClick={() => go(index + 1)}>
                Skip
              </Button>
            )}
            <Button onClick={() => go(index + 1)}>{index === total - 1 ? "Review" : "Next"}</Button>
          </div>
        ) : (
          <Button type="submit">See my result</Button>
        )}
      </div>
      <p data-js-only className="hidden text-base text-muted sm:block">
        Tip: press 1 to 7 to answer, Enter for the next question.
      </p>

      <div data-nojs-only className="flex flex-col gap-3">
        <p>You can leave a few questions blank. Your answers are scored, not stored.</p>
        <Button type="submit" className="self-start">
          See my result
        </Button>
      </div>
    </form>
  );
}
