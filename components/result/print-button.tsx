"use client";

import { Button } from "@/components/ui/button";

/** Needs JavaScript, so it renders only once hydrated; browsers' own Print works regardless. */
export function PrintButton() {
  return (
    <Button variant="secondary" data-js-only onClick={() => window.print()}>
      Print
    </Button>
  );
}
