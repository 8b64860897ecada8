/**
 * @jest-environment jsdom
 */
/**
 * The pane's revert over the Office fake names the reviewer's entries as `pse revert` does: a
 * 复核得分 typed over the tool's formula is removed with the tool's cells, a 复核扣分原因 the tool
 * never wrote is left; in Chinese and in English.
 */
import "./dom";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { displayRef } from "../../src/core/cellRef";
import { App } from "../../src/taskpane/App";
import { actionsFor } from "../../src/taskpane/actions";
import { strings } from "../../src/taskpane/strings";
import { reviewedSample } from "../workbook/office/fixtures";

async function reviewedWorkbook() {
  const { host, score, reason } = await reviewedSample(true);
  return { host, score: displayRef(score), reason: displayRef(reason) };
}

test("after a revert in review mode, the notice names the reviewer's entries removed and left", async () => {
  const { host, score, reason } = await reviewedWorkbook();
  render(
    <App
      mode="excel"
      actions={actionsFor(host)}
      initialSettings={{ rules: "mof2020", review: true }}
      initialLang="zh-CN"
    />,
  );
  await waitFor(() => expect(screen.getByRole("button", { name: "撤销写入" })).toBeEnabled());
  fireEvent.click(screen.getByRole("button", { name: "撤销写入" }));
  const confirm = await waitFor(() =>
    within(screen.getByRole("alertdialog")).getByRole("button", { name: "撤销写入" }),
  );
  fireEvent.click(confirm);
  const notice = await screen.findByTestId("notice");
  await waitFor(() => expect(notice).toHaveAttribute("data-kind", "reverted"));
  expect(notice).toHaveTextContent(`复核人在本工具单元格中填写的 1 个值已随之撤销：${score}。`);
  expect(notice).toHaveTextContent(`复核人填写的 1 项内容不是本工具写入的，已保留：${reason}。`);
});

test("the English words, one and many", () => {
  const en = strings["en-US"];
  expect(en.reviewerRemoved(["绩效指标!M4"])).toBe(
    "1 reviewer's value typed over the tool's review cells was removed with them: 绩效指标!M4.",
  );
  expect(en.reviewerLeft(["A!N4", "A!N5"])).toBe(
    "2 reviewer's entries the tool never wrote were left in place: A!N4, A!N5.",
  );
  const many = Array.from({ length: 7 }, (_, i) => `A!N${i + 1}`);
  expect(strings["zh-CN"].reviewerLeft(many)).toBe(
    "复核人填写的 7 项内容不是本工具写入的，已保留：A!N1、A!N2、A!N3、A!N4、A!N5 等。",
  );
});
