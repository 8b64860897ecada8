/**
 * npm run bench: for workbooks of 100, 1,000, 10,000 and 50,000 indicator rows (and a fifth as many
 * budget lines), generated in out/bench/ by generate.ts when missing:
 *  - the engine's time per phase (engine.ts, in a child process), and per 1,000 rows;
 *  - the command line's whole-process time against the floor (floor.ts: ExcelJS load and save of
 *    the same file), run interleaved REPS times, alternating which goes first; the median of the
 *    per-pair ratios; peak memory (maxRSS, from /usr/bin/time) of each process; and against its own
 *    I/O (floorPackage.ts: the package adapter's load and save with no plan), run in the same rounds;
 *  - context.sync() calls and the largest request through the recording Office fake (office.ts);
 * then the task pane (taskpane.ts): gzipped production JavaScript and first render against a
 * plain React + Fluent UI page. Results go to out/bench/results.json and a Markdown table to stdout.
 *
 *   node build/bench/bench/run.js [--sizes 100,1000] [--reps N] [--no-taskpane]
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { generate } from "./generate";

const ROOT = path.resolve(__dirname, "../../..");
const OUT = path.join(ROOT, "out/bench");
const BENCH = __dirname;
const CLI = path.join(ROOT, "build/cli/src/cli/main.js");
const TIME = "/usr/bin/time";

/** Interleaved floor/CLI pairs and engine repetitions per size (fewer where one run is long). */
const PLAN: Record<number, { pairs: number; engineReps: number }> = {
  100: { pairs: 7, engineReps: 7 },
  1000: { pairs: 5, engineReps: 5 },
  10000: { pairs: 5, engineReps: 3 },
  50000: { pairs: 2, engineReps: 1 },
};

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

interface Timed {
  readonly seconds: number;
  readonly maxRssMB: number;
}

/** Runs `node args` under /usr/bin/time; wall time from here, peak memory from time's %M. */
function timed(args: string[]): Timed {
  const rssFile = path.join(os.tmpdir(), `bench-rss-${process.pid}.txt`);
  const t = process.hrtime.bigint();
  const r = spawnSync(TIME, ["-f", "%M", "-o", rssFile, process.execPath, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  const seconds = Number(process.hrtime.bigint() - t) / 1e9;
  if (r.status !== 0)
    throw new Error(`node ${args.join(" ")} failed (${r.status}): ${r.stderr.slice(0, 500)}`);
  const kb = Number(fs.readFileSync(rssFile, "utf8").trim().split("\n").pop());
  fs.rmSync(rssFile, { force: true });
  return { seconds, maxRssMB: kb / 1024 };
}

function childJson(script: string, args: string[]): Record<string, unknown> {
  const r = spawnSync(
    process.execPath,
    [...(script === "engine.js" ? ["--expose-gc"] : []), path.join(BENCH, script), ...args],
    {
      cwd: ROOT,
      encoding: "utf8",
      maxBuffer: 1 << 28,
    },
  );
  if (r.status !== 0) return { error: (r.stderr || r.stdout).trim().split("\n")[0] };
  return JSON.parse(r.stdout.trim().split("\n").pop() as string) as Record<string, unknown>;
}

async function benchSize(rows: number, pairs: number, engineReps: number) {
  const file = path.join(OUT, `rows-${rows}.xlsx`);
  if (!fs.existsSync(file)) {
    process.stderr.write(`generating ${rows} rows... `);
    await generate(rows, file);
    process.stderr.write("done\n");
  }
  process.stderr.write(`${rows} rows: engine`);
  const engine = childJson("engine.js", [file, String(engineReps)]);
  process.stderr.write(", office fake");
  const office = childJson("office.js", [file]);
  process.stderr.write(`, ${pairs} floor/CLI pairs`);
  const floorOut = path.join(OUT, `floor-${rows}.xlsx`);
  const cliOut = path.join(OUT, `cli-${rows}.xlsx`);
  const cliReport = path.join(OUT, `cli-${rows}.report.json`);
  const ownOut = path.join(OUT, `own-${rows}.xlsx`);
  const floor: Timed[] = [];
  const cli: Timed[] = [];
  const own: Timed[] = [];
  for (let i = 0; i < pairs; i++) {
    const runFloor = () => floor.push(timed([path.join(BENCH, "floor.js"), file, floorOut]));
    const runCli = () =>
      cli.push(timed([CLI, "evaluate", file, "--out", cliOut, "--report", cliReport, "--force"]));
    const runOwn = () => own.push(timed([path.join(BENCH, "floorPackage.js"), file, ownOut]));
    const order = i % 2 === 0 ? [runFloor, runCli, runOwn] : [runOwn, runCli, runFloor];
    for (const run of order) run();
    process.stderr.write(".");
  }
  process.stderr.write("\n");
  const ratios = cli.map((c, i) => c.seconds / floor[i].seconds);
  const ownRatios = cli.map((c, i) => c.seconds / own[i].seconds);
  const perK = (ms: unknown) => (typeof ms === "number" ? (ms * 1000) / rows : null);
  return {
    rows,
    budgetLines: Math.max(8, Math.round(rows / 5)),
    fileBytes: fs.statSync(file).size,
    engine: {
      ...engine,
      msPer1000Rows: {
        detect: perK(engine.detect),
        evaluate: perK(engine.evaluate),
        plan: perK(engine.plan),
        narrative: perK(engine.narrative),
        detectEvaluatePlan:
          typeof engine.detect === "number"
            ? perK((engine.detect as number) + (engine.evaluate as number) + (engine.plan as number))
            : null,
        total: perK(engine.total),
      },
    },
    cli: {
      pairs,
      floorSeconds: floor.map((t) => t.seconds),
      cliSeconds: cli.map((t) => t.seconds),
      ratios,
      medianRatio: median(ratios),
      medianFloorSeconds: median(floor.map((t) => t.seconds)),
      medianCliSeconds: median(cli.map((t) => t.seconds)),
      peakFloorMB: Math.max(...floor.map((t) => t.maxRssMB)),
      peakCliMB: Math.max(...cli.map((t) => t.maxRssMB)),
      ownIoSeconds: own.map((t) => t.seconds),
      medianOwnIoSeconds: median(own.map((t) => t.seconds)),
      medianRatioToOwnIo: median(ownRatios),
      peakOwnIoMB: Math.max(...own.map((t) => t.maxRssMB)),
    },
    office,
  };
}

const f1 = (x: unknown, d = 1) => (typeof x === "number" ? x.toFixed(d) : "–");

function table(results: Awaited<ReturnType<typeof benchSize>>[]): string {
  const lines = [
    "| rows | engine ms / 1,000 rows (detect + evaluate + plan) | + narrative | CLI s | floor s | CLI / floor (median) | own I/O s | CLI / own I/O | peak MB (CLI / floor) | syncs | largest request |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  ];
  for (const r of results) {
    const k = r.engine.msPer1000Rows;
    const o = r.office as { syncs?: number; maxRequestBytes?: number; error?: string };
    lines.push(
      `| ${r.rows.toLocaleString("en-US")} | ${f1(k.detectEvaluatePlan)} (${f1(k.detect)} + ${f1(k.evaluate)} + ${f1(k.plan)}) | ${f1(k.narrative)} | ${f1(r.cli.medianCliSeconds, 2)} | ${f1(r.cli.medianFloorSeconds, 2)} | ${f1(r.cli.medianRatio, 2)} | ${f1(r.cli.medianOwnIoSeconds, 2)} | ${f1(r.cli.medianRatioToOwnIo, 2)} | ${f1(r.cli.peakCliMB, 0)} / ${f1(r.cli.peakFloorMB, 0)} | ${o.syncs ?? o.error ?? "–"} | ${o.maxRequestBytes !== undefined ? `${(o.maxRequestBytes / 1024 / 1024).toFixed(2)} MB` : "–"} |`,
    );
  }
  return lines.join("\n");
}

async function main(argv: string[]): Promise<void> {
  const arg = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const sizes = (arg("--sizes") ?? "100,1000,10000,50000").split(",").map(Number);
  const reps = arg("--reps") ? Number(arg("--reps")) : undefined;
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} missing: run tsc -p tsconfig.cli.json first`);
  fs.mkdirSync(OUT, { recursive: true });
  const started = Date.now();
  const machine = {
    cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? "?"}`,
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
    loadAverageAtStart: os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(" "),
  };
  const results = [];
  for (const rows of sizes) {
    const p = PLAN[rows] ?? { pairs: 3, engineReps: 3 };
    results.push(await benchSize(rows, reps ?? p.pairs, reps ?? p.engineReps));
  }
  let taskpane: Record<string, unknown> | null = null;
  if (!argv.includes("--no-taskpane")) {
    process.stderr.write("task pane: build, gzip, first render\n");
    taskpane = childJson("taskpane.js", []);
  }
  const seconds = (Date.now() - started) / 1000;
  fs.writeFileSync(
    path.join(OUT, "results.json"),
    JSON.stringify(
      { date: new Date().toISOString(), machine, seconds, loadAverageAtEnd: os.loadavg(), results, taskpane },
      null,
      2,
    ) + "\n",
  );
  console.log(
    `Machine: ${machine.cpus}, ${machine.memoryGB} GiB, Node ${machine.node}, ${machine.platform}; load average at start ${machine.loadAverageAtStart}; bench ${seconds.toFixed(0)} s\n`,
  );
  console.log(table(results));
  if (taskpane) console.log(`\nTask pane: ${JSON.stringify(taskpane)}`);
  console.log(`\n(details: out/bench/results.json)`);
}

main(process.argv.slice(2)).catch((e) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exitCode = 1;
});
