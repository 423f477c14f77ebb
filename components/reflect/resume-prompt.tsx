import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

type Props = { answered: number; total: number; onResume: () => void; onRestart: () => void };

export function ResumePrompt({ answered, total, onResume, onRestart }: Props) {
  return (
    <Card className="flex flex-col gap-4">
      <h2 className="text-2xl font-bold">Welcome back</h2>
      <p>
        You answered {answered} of {total} questions on this device. Would you like to pick up where
        you left off?
      </p>
      <div className="flex flex-wrap gap-3">
        <Button onClick={onResume} autoFocus>
          Resume
        </Button>
        <Button variant="secondary" onClick={onRestart}>
          Start over
        </Button>
      </div>
    </Card>
  );
}
