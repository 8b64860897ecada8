/** Fuzz pass: 10,000 cases per property unless FUZZ_RUNS says otherwise. */
process.env.FUZZ_RUNS = process.env.FUZZ_RUNS || "10000";
