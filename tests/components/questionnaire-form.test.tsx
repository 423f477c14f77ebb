import { fireEvent, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { QuestionnaireForm } from "@/components/reflect/questionnaire-form";
import { progressKey } from "@/components/reflect/use-saved-progress";
import { attachmentV1 } from "@/lib/attachment";

const first = attachmentV1.items[0]!;
const second = attachmentV1.items[1]!;

function renderForm() {
  return render(
    <QuestionnaireForm instrument={attachmentV1} action="/reflect/score" initialAnswers={{}} />,
  );
}

describe("QuestionnaireForm", () => {
  beforeEach(() => localStorage.clear());

  it("answers with number keys and moves on with Enter", async () => {
    const user = userEvent.setup();
    renderForm();
    const firstGroup = screen.getByRole("group", { name: new RegExp(first.text.slice(0, 30)) });
    (firstGroup.querySelector("input") as HTMLInputElement).focus();
    await user.keyboard("6");
    expect(screen.getByRole("radio", { name: "6 Agree", checked: true })).toBeTruthy();
    expect(screen.getByText("1 of 28 answered")).toBeTruthy();
    await user.keyboard("{Enter}");
    // Focus lands in the next question's group.
    const secondGroup = screen.getByRole("group", { name: new RegExp(second.text.slice(0, 30)) });
    expect(secondGroup.contains(document.activeElement)).toBe(true);
  });

  it("keeps progress on the device as the person goes", async () => {
    const user = userEvent.setup();
    renderForm();
    await user.click(screen.getAllByRole("radio", { name: "3 Somewhat disagree" })[0]!);
    const saved = JSON.parse(localStorage.getItem(progressKey(attachmentV1.id)) ?? "{}") as {
      answers: Record<string, number>;
    };
    expect(saved.answers[first.id]).toBe(3);
  });

  it("offers to resume saved progress, or to start over", async () => {
    localStorage.setItem(
      progressKey(attachmentV1.id),
      JSON.stringify({
        version: 1,
        answers: { [first.id]: 2, [second.id]: 5 },
        index: 2,
        updatedAt: 0,
      }),
    );
    const user = userEvent.setup();
    renderForm();
    expect(await screen.findByText(/You answered 2 of 28 questions/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Resume" }));
    expect(screen.getByText("2 of 28 answered")).toBeTruthy();
    expect(screen.getByText("Question 3 of 28", { selector: "span[aria-hidden]" })).toBeTruthy();
  });

  it("shows unanswered questions at review and lets the person jump back", async () => {
    const user = userEvent.setup();
    renderForm();
    for (let i = 0; i < attachmentV1.items.length; i++) {
      fireEvent.click(screen.getByRole("button", { name: "Skip" }));
    }
    expect(screen.getByRole("heading", { name: "Review your answers" })).toBeTruthy();
    expect(screen.getByText("28 questions are unanswered.", { exact: false })).toBeTruthy();
    expect(screen.getByRole("alert").textContent).toMatch(
      /Please answer 11 more questions about attachment anxiety/,
    );
    await user.click(screen.getByRole("button", { name: new RegExp(`Answer question 2:`) }));
    expect(screen.getByText("Question 2 of 28", { selector: "span[aria-hidden]" })).toBeTruthy();
  });
});
