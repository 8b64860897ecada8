/**
 * The pane's revert names the reviewer's entries as `pse revert` does (core reviewerEntries), from
 * what the Office fake holds before the revert: a 复核得分 typed over the tool's formula goes with the
 * tool's cells, a 复核扣分原因 the tool never wrote stays; no round trip is added for them.
 */
import { displayRef, parseA1 } from "../../../src/core/cellRef";
import { reviewedSample } from "./fixtures";

async function reviewed(type: boolean) {
  const { ctx, host, score, reason: reasonCell } = await reviewedSample(type);
  const reviewScore = displayRef(score);
  const reason = displayRef(reasonCell);
  const before = ctx.syncs;
  const outcome = await host.revert();
  return { outcome, syncs: ctx.syncs - before, reviewScore, reason, ctx };
}

test("revert says which reviewer's entries it removed and which it left", async () => {
  const { outcome, reviewScore, reason, ctx } = await reviewed(true);
  expect(outcome).toMatchObject({ kind: "reverted", reviewer: { removed: [reviewScore], left: [reason] } });
  // What it says is what it did: the typed score is gone, the reason is there.
  const cell = (ref: string) => {
    const [sheet, addr] = ref.split("!");
    const { row, col } = parseA1(addr)!;
    return ctx.state.sheets.find((x) => x.name === sheet)!.cells.get(`${row},${col}`);
  };
  expect(cell(reviewScore)?.value ?? null).toBeNull();
  expect(cell(reason)?.value).toBe("佐证不足");
});

test("nothing is named when the reviewer typed nothing, and the revert takes the same syncs", async () => {
  const plain = await reviewed(false);
  const typed = await reviewed(true);
  expect(plain.outcome).toEqual({ kind: "reverted", cells: expect.any(Number) });
  expect(typed.syncs).toBe(plain.syncs);
});
