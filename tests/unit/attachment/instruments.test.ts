import { describe, expect, it } from "vitest";
import {
  agreementScale,
  areV1,
  attachmentV1,
  getInstrument,
  instruments,
  itemsFor,
  latestInstrument,
} from "../../../lib/attachment";
import type { Instrument } from "../../../lib/attachment";

function checkStructure(instrument: Instrument) {
  const ids = instrument.items.map((item) => item.id);
  expect(new Set(ids).size).toBe(ids.length);
  const dimensionIds = instrument.dimensions.map((d) => d.id);
  for (const item of instrument.items) expect(dimensionIds).toContain(item.dimension);
  for (const [a, b] of instrument.consistencyPairs ?? []) {
    const itemA = instrument.items.find((item) => item.id === a);
    const itemB = instrument.items.find((item) => item.id === b);
    expect(itemA, a).toBeDefined();
    expect(itemB, b).toBeDefined();
    expect(itemA?.dimension).toBe(itemB?.dimension);
  }
  for (const def of instrument.dimensions) {
    expect(def.params.sd).toBeGreaterThan(0);
    expect(def.params.reliability).toBeGreaterThan(0);
    expect(def.params.reliability).toBeLessThan(1);
    expect(def.params.source).toMatch(/provisional/i);
  }
  const texts = instrument.items.map((item) => item.text.toLowerCase());
  expect(new Set(texts).size).toBe(texts.length);
  for (const item of instrument.items) {
    // A rough stand-in for a grade-8 reading level: short single sentences.
    expect(item.text.split(/\s+/).length, item.id).toBeLessThanOrEqual(20);
  }
}

describe("attachment instrument v1", () => {
  it("has the expected id, version and 1-7 labelled scale", () => {
    expect(attachmentV1.id).toBe("secure-base-attachment");
    expect(attachmentV1.version).toBe(1);
    expect(attachmentV1.scale).toBe(agreementScale);
    expect(agreementScale.points.map((p) => p.value)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(agreementScale.points[0]?.label).toBe("Strongly disagree");
    expect(agreementScale.points[6]?.label).toBe("Strongly agree");
  });

  it("has unique ids, known dimensions, valid pairs and short items", () => {
    checkStructure(attachmentV1);
  });

  it("has at least 12 items per dimension, a few of them reverse-keyed", () => {
    for (const dimension of ["anxiety", "avoidance"]) {
      const items = itemsFor(attachmentV1, dimension);
      expect(items.length).toBeGreaterThanOrEqual(12);
      const reversed = items.filter((item) => item.reverse).length;
      expect(reversed).toBeGreaterThanOrEqual(1);
      // Few, not half (van Sonderen et al. 2013).
      expect(reversed).toBeLessThan(items.length / 2);
      expect(items.every((item) => item.id.startsWith(dimension.slice(0, 3) + "-"))).toBe(true);
    }
  });

  it("interleaves anxiety and avoidance in presentation order", () => {
    attachmentV1.items.forEach((item, i) => {
      const next = attachmentV1.items[i + 1];
      if (next) expect(next.dimension).not.toBe(item.dimension);
    });
  });

  it("includes a consistency pair that mixes a reverse-keyed and a forward item", () => {
    const mixed = (attachmentV1.consistencyPairs ?? []).filter(([a, b]) => {
      const reverseA = attachmentV1.items.find((item) => item.id === a)?.reverse;
      const reverseB = attachmentV1.items.find((item) => item.id === b)?.reverse;
      return reverseA !== reverseB;
    });
    expect(mixed.length).toBeGreaterThanOrEqual(1);
  });

  it("can be answered by someone who is single", () => {
    for (const item of attachmentV1.items) expect(item.text).not.toMatch(/\b(my )?partner\b/i);
  });

  it("asks for 75% of each dimension", () => {
    for (const def of attachmentV1.dimensions) expect(def.minAnsweredShare).toBe(0.75);
  });
});

describe("A.R.E. check-in v1", () => {
  it("has six dimensions with two items each, asked about 'this person'", () => {
    expect(areV1.id).toBe("are-checkin");
    expect(areV1.dimensions.map((d) => d.id)).toEqual([
      "self-accessibility",
      "self-responsiveness",
      "self-engagement",
      "partner-accessibility",
      "partner-responsiveness",
      "partner-engagement",
    ]);
    for (const def of areV1.dimensions) {
      expect(itemsFor(areV1, def.id)).toHaveLength(2);
      expect(def.minAnsweredShare).toBe(0.5);
    }
    for (const item of areV1.items) expect(item.text).toMatch(/this person/i);
  });

  it("has unique ids, known dimensions, valid pairs and short items", () => {
    checkStructure(areV1);
  });
});

describe("instrument registry", () => {
  it("finds instruments by id and version", () => {
    expect(instruments).toContain(attachmentV1);
    expect(getInstrument("secure-base-attachment", 1)).toBe(attachmentV1);
    expect(getInstrument("are-checkin", 1)).toBe(areV1);
    expect(getInstrument("secure-base-attachment", 2)).toBeUndefined();
    expect(getInstrument("nope", 1)).toBeUndefined();
  });

  it("returns the latest version of an id", () => {
    expect(latestInstrument("secure-base-attachment")).toBe(attachmentV1);
    expect(latestInstrument("nope")).toBeUndefined();
  });
});
